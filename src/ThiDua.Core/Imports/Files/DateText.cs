using System.Globalization;
using System.Text.RegularExpressions;

namespace ThiDua.Core.Imports.Files;

/// <summary>Dates written as text: day/month/year with /, - or . (the same twice), or ISO year-month-day.</summary>
internal static partial class DateText
{
    public static bool TryParse(string text, out DateOnly date, out string? error)
    {
        date = default;
        error = null;
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            error = $"“{text}” không phải là ngày: hãy viết theo dạng ngày/tháng/năm (dd/MM/yyyy), ví dụ 05/02/2024.";
            return false;
        }

        var first = match.Groups["a"].Value;
        var last = match.Groups["c"].Value;
        var isoOrder = first.Length == 4;
        if (isoOrder ? last.Length > 2 : first.Length > 2)
        {
            error = $"“{text}” không phải là ngày: hãy viết theo dạng ngày/tháng/năm (dd/MM/yyyy), ví dụ 05/02/2024.";
            return false;
        }

        if (!isoOrder && last.Length != 4)
        {
            error = $"“{text}”: năm phải viết đủ 4 chữ số (ví dụ 05/02/2024, không viết 05/02/24).";
            return false;
        }

        var year = Number(isoOrder ? first : last);
        var month = Number(match.Groups["b"].Value);
        var day = Number(isoOrder ? last : first);
        return Validate(text, year, month, day, isoOrder, out date, out error);
    }

    private static bool Validate(string text, int year, int month, int day, bool isoOrder, out DateOnly date, out string? error)
    {
        date = default;
        error = null;
        if (year < ExcelDates.FirstDate.Year || year > ExcelDates.LastDate.Year)
        {
            error = $"“{text}”: năm {year.ToString(CultureInfo.InvariantCulture)} nằm ngoài khoảng {ExcelDates.FirstDate.Year.ToString(CultureInfo.InvariantCulture)}–{ExcelDates.LastDate.Year.ToString(CultureInfo.InvariantCulture)}.";
            return false;
        }

        if (month is < 1 or > 12)
        {
            var shown = month.ToString(CultureInfo.InvariantCulture);
            error = isoOrder
                ? $"“{text}”: tháng {shown} không hợp lệ."
                : $"“{text}”: tháng {shown} không hợp lệ — ngày phải viết theo dạng ngày/tháng/năm (dd/MM/yyyy).";
            return false;
        }

        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            error = $"{text} không phải là ngày có thật.";
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<a>\d{1,4})(?<s>[/.\-])(?<b>\d{1,2})\k<s>(?<c>\d{1,4})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
