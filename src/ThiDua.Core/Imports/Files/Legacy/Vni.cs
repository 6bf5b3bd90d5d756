using System.Text;

namespace ThiDua.Core.Imports.Files.Legacy;

/// <summary>
/// VNI Windows (fonts VNI-Times…): a base letter followed by a second byte that carries the marks ("a" + "ù" = "á",
/// "e" + "ã" = "ễ"); i with a tone, ơ, ư, đ and ỵ are single bytes. As with TCVN3, Excel holds the Windows-1252
/// characters of those bytes; this class reads them back as Vietnamese.
/// </summary>
internal static class Vni
{
    private const char Acute = '\u0301';
    private const char Grave = '\u0300';
    private const char Hook = '\u0309';
    private const char Tilde = '\u0303';
    private const char Dot = '\u0323';
    private const char Circumflex = '\u0302';
    private const char Breve = '\u0306';

    /// <summary>The text read as VNI; characters that VNI would not produce there are kept.</summary>
    public static string Decode(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (Single(c) is { } single)
            {
                builder.Append(single);
                c = single;
            }
            else
            {
                builder.Append(c);
            }

            if (i + 1 < text.Length && Marks(c, text[i + 1]) is { } marks)
            {
                builder.Append(marks);
                i++;
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The single-byte letters: i with a tone, ỵ, ơ, ư and đ.</summary>
    private static char? Single(char c) => char.ToLowerInvariant(c) switch
    {
        'í' => Cased(c, 'í'),
        'ì' => Cased(c, 'ì'),
        'æ' => Cased(c, 'ỉ'),
        'ó' => Cased(c, 'ĩ'),
        'ò' => Cased(c, 'ị'),
        'î' => Cased(c, 'ỵ'),
        'ô' => Cased(c, 'ơ'),
        'ö' => Cased(c, 'ư'),
        'ñ' => Cased(c, 'đ'),
        _ => null,
    };

    /// <summary>The combining marks that the byte after a vowel stands for, or null when it is not a mark there.</summary>
    private static string? Marks(char vowel, char next)
    {
        var baseLetter = char.ToLowerInvariant(vowel);
        if ("aeouyơư".IndexOf(baseLetter, StringComparison.Ordinal) < 0)
        {
            return null;
        }

        var mark = char.ToLowerInvariant(next);
        var tone = mark switch
        {
            'ù' => Acute.ToString(),
            'ø' => Grave.ToString(),
            'û' => Hook.ToString(),
            'õ' => Tilde.ToString(),
            'ï' => Dot.ToString(),
            _ => null,
        };
        if (tone is not null)
        {
            return tone;
        }

        if (baseLetter is 'a' or 'e' or 'o' && Circumflexed(mark) is { } circumflexed)
        {
            return circumflexed;
        }

        return baseLetter == 'a' ? Breved(mark) : null;
    }

    private static string? Circumflexed(char mark) => mark switch
    {
        'â' => $"{Circumflex}",
        'á' => $"{Circumflex}{Acute}",
        'à' => $"{Circumflex}{Grave}",
        'å' => $"{Circumflex}{Hook}",
        'ã' => $"{Circumflex}{Tilde}",
        'ä' => $"{Circumflex}{Dot}",
        _ => null,
    };

    private static string? Breved(char mark) => mark switch
    {
        'ê' => $"{Breve}",
        'é' => $"{Breve}{Acute}",
        'è' => $"{Breve}{Grave}",
        'ú' => $"{Breve}{Hook}",
        'ü' => $"{Breve}{Tilde}",
        'ë' => $"{Breve}{Dot}",
        _ => null,
    };

    private static char Cased(char original, char lower) => char.IsUpper(original) ? char.ToUpperInvariant(lower) : lower;
}
