using System.Text;

namespace ThiDua.Core.Imports.Files;

/// <summary>
/// Trims and composes text (NFC), so that decomposed input from macOS compares equal to what Windows types.
/// Most cells are already clean: those return the same instance without allocating.
/// </summary>
internal static class TextNormalizer
{
    private static readonly char[] InvisibleEdges = ['\u200B', '\uFEFF'];

    /// <summary>Trimmed (including zero-width spaces and stray BOMs) and NFC; null or empty stays as it is.</summary>
    public static string? Cell(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var trimmed = text.Trim().Trim(InvisibleEdges);
        return IsSurelyComposed(trimmed) ? trimmed : trimmed.Normalize(NormalizationForm.FormC).Trim();
    }

    /// <summary>As <see cref="Cell"/>, and every run of white space (line breaks included) becomes one space.</summary>
    public static string Header(string? text)
    {
        var cell = Cell(text);
        if (string.IsNullOrEmpty(cell))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(cell.Length);
        var pendingSpace = false;
        foreach (var c in cell)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Below U+0300 and in the Vietnamese block U+1E00–U+1EFF every character is precomposed, and without a combining mark
    /// nothing can compose with it: such text is NFC already. Anything else goes through <see cref="string.Normalize()"/>.
    /// </summary>
    private static bool IsSurelyComposed(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\u0300' && (c < '\u1E00' || c > '\u1EFF'))
            {
                return false;
            }
        }

        return true;
    }
}
