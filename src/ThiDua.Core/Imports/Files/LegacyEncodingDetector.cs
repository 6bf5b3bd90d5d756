using System.Text;
using ThiDua.Core.Imports.Files.Legacy;

namespace ThiDua.Core.Imports.Files;

/// <summary>
/// Recognises Vietnamese typed in TCVN3 or VNI fonts, as it looks once the file is read as Unicode ("Hµ Néi",
/// "Haø Noäi"). A word counts as evidence only when it mixes ASCII letters with Latin-1 characters, is not itself a
/// possible Vietnamese syllable, and becomes one when decoded; genuine Unicode Vietnamese, English and foreign names
/// (Müller, François, Peña) therefore never count. Nothing is converted: the officer is asked to convert the file.
/// </summary>
public static class LegacyEncodingDetector
{
    /// <summary>The legacy encoding the text is typed in, or null for Unicode (or text too short to tell).</summary>
    public static LegacyEncoding? Detect(string? text)
    {
        if (string.IsNullOrEmpty(text) || !HasLatin1Supplement(text))
        {
            return null;
        }

        text = text.Normalize(NormalizationForm.FormC);
        var tcvn3 = 0;
        var vni = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && IsWordChar(text[i]))
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0)
            {
                Weigh(text.AsSpan(start, i - start), ref tcvn3, ref vni);
                start = -1;
            }
        }

        // Ties go to TCVN3, the government standard and the more common of the two in public agencies.
        return tcvn3 == 0 && vni == 0 ? null : tcvn3 >= vni ? LegacyEncoding.Tcvn3 : LegacyEncoding.Vni;
    }

    /// <summary>Cheap pre-check: legacy text always has a character in U+00A0–U+00FF.</summary>
    private static bool HasLatin1Supplement(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u00A0' and <= '\u00FF')
            {
                return true;
            }
        }

        return false;
    }

    // TCVN3 spends some codes on what Unicode calls symbols (¨ for ă, ­ for ư, § for Đ): they belong to words here.
    private static bool IsWordChar(char c) => char.IsLetter(c) || Tcvn3.IsCode(c);

    private static void Weigh(ReadOnlySpan<char> span, ref int tcvn3, ref int vni)
    {
        if (!IsCandidate(span))
        {
            return;
        }

        var word = span.ToString();
        if (VietnameseSyllable.IsValid(word))
        {
            return;
        }

        if (VietnameseSyllable.IsValid(Tcvn3.Decode(word)))
        {
            tcvn3++;
        }

        var asVni = Vni.Decode(word);
        if (!string.Equals(asVni, word, StringComparison.Ordinal) && VietnameseSyllable.IsValid(asVni))
        {
            vni++;
        }
    }

    /// <summary>
    /// A legacy word keeps some plain ASCII letters (the consonants) beside the Latin-1 codes. "µm" (micrometre) is the
    /// one everyday non-Vietnamese token that would decode to a syllable ("àm"), so it is left out.
    /// </summary>
    private static bool IsCandidate(ReadOnlySpan<char> word)
    {
        var ascii = false;
        var latin1 = false;
        foreach (var c in word)
        {
            ascii |= char.IsAsciiLetter(c);
            latin1 |= c is >= '\u00A0' and <= '\u00FF';
        }

        return ascii && latin1 && !word.SequenceEqual("µm");
    }
}
