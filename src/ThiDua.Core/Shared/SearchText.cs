using System.Globalization;
using System.Text;

namespace ThiDua.Core.Shared;

/// <summary>
/// Folds Vietnamese text to a lower-case, accent-free form for search columns:
/// "Nguyễn Văn Ân" becomes "nguyen van an". SQLite's LIKE folds only ASCII, so every
/// name people search for is stored beside this folded copy (conventions: Data).
/// </summary>
public static class SearchText
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            // đ/Đ is a letter of its own, not d with a mark: FormD leaves it alone.
            var folded = c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            };
            if (char.IsWhiteSpace(folded))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            builder.Append(folded);
            lastWasSpace = false;
        }

        return builder.ToString().TrimEnd();
    }
}
