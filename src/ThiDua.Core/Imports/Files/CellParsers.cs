using System.Globalization;
using System.Text.RegularExpressions;
using ThiDua.Core.Shared;

namespace ThiDua.Core.Imports.Files;

/// <summary>
/// Turns cells into dates, integers, decimals and yes/no, with a Vietnamese message naming the value when it cannot.
/// Text numbers follow the rules of <see cref="NumberText"/>.
/// </summary>
public static partial class CellParsers
{
    private static readonly string[] Yes = ["x", "có", "1", "true", "đúng", "yes", "y", "✓", "✔"];
    private static readonly string[] No = ["0", "false", "không", "sai", "no", "n"];

    /// <summary>
    /// A date from an Excel serial number (1900 system, Excel's fictitious 29/02/1900 refused) or from text:
    /// dd/MM/yyyy, d/M/yyyy, dd-MM-yyyy, dd.MM.yyyy, ISO yyyy-MM-dd (a time after it is ignored), or a serial number
    /// written as text. Day before month, always; two-digit years and years outside 1900–2100 are refused. A whole
    /// number from 1900 to 2100 is taken for a year typed alone and refused, though Excel would read it as a day of 1905.
    /// </summary>
    public static bool TryDate(CellValue cell, out DateOnly date, out string? error)
    {
        date = default;
        if (cell.Number is { } number)
        {
            return ExcelDates.TryFromSerial(number, Shown(number), out date, out error);
        }

        var text = cell.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            error = "Ô trống: cần một ngày theo dạng ngày/tháng/năm (dd/MM/yyyy).";
            return false;
        }

        if (SerialText().IsMatch(text)
            && double.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var serial))
        {
            return ExcelDates.TryFromSerial(serial, text, out date, out error);
        }

        return DateText.TryParse(text, out date, out error);
    }

    /// <summary>A whole number that fits an <see cref="int"/>: an Excel number, or text such as "1234", "1.234", "1 234".</summary>
    public static bool TryInt(CellValue cell, out int value, out string? error)
    {
        value = 0;
        if (!TryNumber(cell, groupWhenAmbiguous: true, out var number, out error))
        {
            return false;
        }

        if (decimal.Truncate(number) != number)
        {
            error = $"“{Shown(cell)}” không phải là số nguyên.";
            return false;
        }

        if (number is < int.MinValue or > int.MaxValue)
        {
            error = $"“{Shown(cell)}” quá lớn.";
            return false;
        }

        value = (int)number;
        return true;
    }

    /// <summary>A decimal: an Excel number, or text such as "8,75", "1.234,5", "1,234.5" (see <see cref="NumberText"/>).</summary>
    public static bool TryDecimal(CellValue cell, out decimal value, out string? error) =>
        TryNumber(cell, groupWhenAmbiguous: false, out value, out error);

    /// <summary>
    /// Yes/no as officers mark it: "x", "có", "1", "true", "đúng", "yes" (any case) are yes; an empty cell, "0",
    /// "không", "sai", "false", "no" are no. Anything else is refused.
    /// </summary>
    public static bool TryBool(CellValue cell, out bool value, out string? error)
    {
        error = null;
        value = false;
        if (cell.Number is { } number && number is 0 or 1)
        {
            value = number == 1;
            return true;
        }

        var text = cell.Number is null ? cell.Text?.Trim().ToLowerInvariant() ?? string.Empty : Shown(cell);
        if (text.Length == 0 || No.Contains(text))
        {
            return true;
        }

        if (Yes.Contains(text))
        {
            value = true;
            return true;
        }

        error = $"“{Shown(cell)}” không phải là giá trị có/không: hãy ghi “x” (hoặc “có”) nếu có, để trống (hoặc ghi “không”) nếu không.";
        return false;
    }

    private static bool TryNumber(CellValue cell, bool groupWhenAmbiguous, out decimal value, out string? error)
    {
        value = 0;
        error = null;
        if (cell.Number is { } number)
        {
            if (!double.IsFinite(number) || Math.Abs(number) >= 7.9e28)
            {
                error = $"“{Shown(number)}” không phải là số dùng được.";
                return false;
            }

            value = (decimal)number;
            return true;
        }

        var text = cell.Text?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            error = "Ô trống: cần một số.";
            return false;
        }

        switch (NumberText.Parse(text, groupWhenAmbiguous, out value))
        {
            case NumberText.Outcome.Number:
                return true;
            case NumberText.Outcome.Ambiguous:
                error = $"“{text}” không rõ là số nguyên có dấu phân cách hàng nghìn hay số thập phân: hãy bỏ dấu phân cách hàng nghìn (ví dụ viết 1234 thay cho 1.234), hoặc nhập ô này dạng số trong Excel.";
                return false;
            default:
                error = $"“{text}” không phải là số.";
                return false;
        }
    }

    private static string Shown(CellValue cell) => cell.Number is { } number ? Shown(number) : cell.Text ?? string.Empty;

    /// <summary>A number quoted back to the officer as Excel shows it in Vietnamese (2,5).</summary>
    private static string Shown(double number) => number.ToString("G15", VietnameseFormat.Culture);

    [GeneratedRegex(@"^\d+(?:[.,]\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SerialText();
}
