using System.Globalization;
using System.Text;

namespace ThiDua.Core.Imports.Files;

/// <summary>
/// Numbers written as text, in either convention: Vietnamese (1.234.567,89) or English (1,234,567.89); spaces may group
/// thousands. What decides:
/// <list type="bullet">
/// <item>both "." and "," present: the last one is the decimal separator, the other groups thousands;</item>
/// <item>one of them, several times: it groups thousands (1.234.567);</item>
/// <item>one of them, once, followed by exactly three digits after one to three leading digits ("1.234", "12,500"):
/// ambiguous — 1234 in Vietnamese, 1.234 in English. For an integer only the grouping reading makes sense, so it is taken;
/// for a decimal the text is refused rather than guessed;</item>
/// <item>otherwise, once: it is the decimal separator ("2,5", "8.75", "0.125").</item>
/// </list>
/// Groups must be well formed (first 1–3 digits, then exactly 3): "1.00.000" is refused.
/// </summary>
internal static class NumberText
{
    public enum Outcome
    {
        Number,
        NotANumber,
        Ambiguous,
    }

    public static Outcome Parse(string text, bool groupWhenAmbiguous, out decimal value)
    {
        value = 0;
        var s = text.Trim();
        var negative = s.Length > 0 && s[0] is '-' or '\u2212';
        if (s.Length > 0 && s[0] is '-' or '\u2212' or '+')
        {
            s = s[1..];
        }

        if (s.Length == 0 || !char.IsAsciiDigit(s[0]) || !char.IsAsciiDigit(s[^1]) || s.Any(c => !char.IsAsciiDigit(c) && !IsSeparator(c)))
        {
            return Outcome.NotANumber;
        }

        var hasSpaces = s.Any(IsSpace);
        var decimalSeparator = DecimalSeparator(s, hasSpaces, groupWhenAmbiguous, out var ambiguous);
        if (ambiguous)
        {
            return Outcome.Ambiguous;
        }

        var split = decimalSeparator is { } d ? s.LastIndexOf(d) : -1;
        var integer = split < 0 ? s : s[..split];
        var fraction = split < 0 ? string.Empty : s[(split + 1)..];
        if (!fraction.All(char.IsAsciiDigit) || !TryUngroup(integer, out var digits))
        {
            return Outcome.NotANumber;
        }

        var canonical = fraction.Length == 0 ? digits : digits + "." + fraction;
        if (!decimal.TryParse(canonical, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return Outcome.NotANumber;
        }

        value = negative ? -value : value;
        return Outcome.Number;
    }

    private static char? DecimalSeparator(string s, bool hasSpaces, bool groupWhenAmbiguous, out bool ambiguous)
    {
        ambiguous = false;
        var dots = s.Count(c => c == '.');
        var commas = s.Count(c => c == ',');
        if (dots > 0 && commas > 0)
        {
            return s.LastIndexOf('.') > s.LastIndexOf(',') ? '.' : ',';
        }

        if (dots + commas != 1)
        {
            return null;
        }

        var separator = dots == 1 ? '.' : ',';
        var at = s.IndexOf(separator, StringComparison.Ordinal);
        var looksGrouped = !hasSpaces && at is >= 1 and <= 3 && s[0] != '0' && s.Length - at - 1 == 3;
        if (!looksGrouped)
        {
            return separator;
        }

        ambiguous = !groupWhenAmbiguous;
        return null;
    }

    /// <summary>Digits without their grouping; false when the groups are malformed or mix separators.</summary>
    private static bool TryUngroup(string integer, out string digits)
    {
        digits = string.Empty;
        var builder = new StringBuilder(integer.Length);
        var groupLength = 0;
        var groups = 0;
        char? separator = null;
        foreach (var c in integer)
        {
            if (char.IsAsciiDigit(c))
            {
                builder.Append(c);
                groupLength++;
                continue;
            }

            var kind = IsSpace(c) ? ' ' : c;
            if ((separator is not null && separator != kind) || groupLength == 0 || groupLength > 3 || (groups > 0 && groupLength != 3))
            {
                return false;
            }

            separator = kind;
            groups++;
            groupLength = 0;
        }

        if (groups > 0 && groupLength != 3)
        {
            return false;
        }

        digits = builder.ToString();
        return true;
    }

    private static bool IsSeparator(char c) => c is '.' or ',' || IsSpace(c);

    private static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009';
}
