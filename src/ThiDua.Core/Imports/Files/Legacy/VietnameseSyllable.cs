using System.Text;

namespace ThiDua.Core.Imports.Files.Legacy;

/// <summary>
/// Whether a word can be one written Vietnamese syllable: an initial consonant, a vowel nucleus from the closed list of
/// Vietnamese vowels and diphthongs, an optional final consonant, at most one tone mark, on the vowel that carries it
/// (old and new styles both accepted: hòa and hoà), and sắc or nặng before a stop (c, ch, p, t). Generous on purpose (loan and minority-language syllables such as "Đắk", "xoong" pass): it only has to tell
/// real words from the letter soup that a legacy encoding makes, never judge spelling.
/// </summary>
internal static class VietnameseSyllable
{
    private static readonly string[] Onsets =
    [
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", string.Empty,
    ];

    private static readonly HashSet<string> OpenNuclei = new(StringComparer.Ordinal)
    {
        "a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
        "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ua", "ui", "ưa", "ưi", "ưu",
        "oa", "oe", "uê", "uy", "uơ", "iêu", "yêu", "oai", "oay", "oao", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyu",
    };

    private static readonly HashSet<string> ClosedNuclei = new(StringComparer.Ordinal)
    {
        "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
        "oa", "oă", "oe", "oo", "uâ", "uê", "uy", "uô", "ươ", "iê", "yê", "uyê",
    };

    /// <summary>
    /// Where the tone mark may sit in a nucleus (0-based); single vowels and nuclei not listed take it on their first vowel.
    /// Glides never carry it (mái, mùa, không *maí); oa, oe, uy and oo take it on either vowel (hòa/hoà).
    /// </summary>
    private static readonly Dictionary<string, int[]> TonePositions = new(StringComparer.Ordinal)
    {
        ["oa"] = [0, 1], ["oe"] = [0, 1], ["uy"] = [0, 1], ["oo"] = [0, 1],
        ["uê"] = [1], ["uơ"] = [1], ["iê"] = [1], ["yê"] = [1], ["uô"] = [1], ["ươ"] = [1], ["uâ"] = [1], ["oă"] = [1],
        ["iêu"] = [1], ["yêu"] = [1], ["uôi"] = [1], ["ươi"] = [1], ["ươu"] = [1], ["uây"] = [1], ["oai"] = [1],
        ["oay"] = [1], ["oao"] = [1], ["oeo"] = [1], ["uya"] = [1], ["uyu"] = [1], ["uyê"] = [2],
    };

    private static readonly HashSet<string> Finals = new(StringComparer.Ordinal) { "c", "ch", "m", "n", "ng", "nh", "p", "t", "k" };

    private enum Tone
    {
        None,
        Acute,
        Dot,
        Other,
    }

    /// <summary>True when <paramref name="word"/> (any case, composed or not) is shaped like a Vietnamese syllable.</summary>
    public static bool IsValid(string word)
    {
        if (!TryStrip(word, out var letters, out var tone, out var toneAt))
        {
            return false;
        }

        foreach (var onset in Onsets)
        {
            if (letters.StartsWith(onset, StringComparison.Ordinal) && IsValidRhyme(letters[onset.Length..], tone, toneAt - onset.Length))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Nucleus and final of what follows the onset; <paramref name="toneAt"/> indexes the toned letter in it.</summary>
    private static bool IsValidRhyme(string rhyme, Tone tone, int toneAt)
    {
        var vowels = 0;
        while (vowels < rhyme.Length && IsVowel(rhyme[vowels]))
        {
            vowels++;
        }

        if (vowels == 0)
        {
            return false;
        }

        var nucleus = rhyme[..vowels];
        var final = rhyme[vowels..];
        if (tone != Tone.None && Array.IndexOf(TonePositions.GetValueOrDefault(nucleus, [0]), toneAt) < 0)
        {
            return false;
        }

        if (final.Length == 0)
        {
            return OpenNuclei.Contains(nucleus);
        }

        var isStop = final is "c" or "ch" or "p" or "t" or "k";
        return Finals.Contains(final) && ClosedNuclei.Contains(nucleus) && (!isStop || tone is Tone.Acute or Tone.Dot)
            && FitsFinal(nucleus, final, tone);
    }

    /// <summary>
    /// -nh and -ch follow only a, ê, i, y (anh, ênh, inh, oanh, uych); -ng and -c never follow ê, i, y (those take -nh, -ch);
    /// oo is a loan rhyme (xoong, soóc) toned only before -c.
    /// </summary>
    private static bool FitsFinal(string nucleus, string final, Tone tone) => final switch
    {
        "nh" or "ch" => nucleus is "a" or "ê" or "i" or "y" or "oa" or "uê" or "uy",
        "ng" or "c" when nucleus is "ê" or "i" or "y" => false,
        _ when nucleus == "oo" => final is "ng" or "c" && (tone == Tone.None || final == "c"),
        _ => true,
    };

    private static bool IsVowel(char c) => "aăâeêioôơuưy".Contains(c, StringComparison.Ordinal);

    /// <summary>Lower-case base letters (â, ơ… kept, tone marks removed), the single tone and the letter it sits on; false on anything else.</summary>
    private static bool TryStrip(string word, out string letters, out Tone tone, out int toneAt)
    {
        letters = string.Empty;
        tone = Tone.None;
        toneAt = -1;
        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case >= 'a' and <= 'z' or 'đ':
                    builder.Append(c);
                    break;
                case 'ð':
                    builder.Append('đ'); // Icelandic eth, a frequent stand-in for đ
                    break;
                case '\u0302' or '\u0306' or '\u031B':
                    if (builder.Length == 0 || !TryAddVowelMark(builder, c))
                    {
                        return false;
                    }

                    break;
                case '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323':
                    if (tone != Tone.None || builder.Length == 0)
                    {
                        return false;
                    }

                    toneAt = builder.Length - 1;
                    tone = c switch { '\u0301' => Tone.Acute, '\u0323' => Tone.Dot, _ => Tone.Other };
                    break;
                default:
                    return false;
            }
        }

        letters = builder.ToString();
        return letters.Length > 0;
    }

    private static bool TryAddVowelMark(StringBuilder builder, char mark)
    {
        var marked = (builder[^1], mark) switch
        {
            ('a', '\u0302') => 'â',
            ('a', '\u0306') => 'ă',
            ('e', '\u0302') => 'ê',
            ('o', '\u0302') => 'ô',
            ('o', '\u031B') => 'ơ',
            ('u', '\u031B') => 'ư',
            _ => '\0',
        };
        if (marked == '\0')
        {
            return false;
        }

        builder[^1] = marked;
        return true;
    }
}
