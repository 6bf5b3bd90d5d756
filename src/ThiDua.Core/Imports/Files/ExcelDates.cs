namespace ThiDua.Core.Imports.Files;

/// <summary>
/// Excel's 1900 date system: serial 1 is 01/01/1900 and serial 60 is 29/02/1900, a day that never existed (kept by
/// Excel for compatibility with Lotus 1-2-3), so serials from 61 on are one day ahead of a plain count.
/// </summary>
internal static class ExcelDates
{
    public static readonly DateOnly FirstDate = new(1900, 1, 1);
    public static readonly DateOnly LastDate = new(2100, 12, 31);

    private const int FictitiousLeapDay = 60;
    private static readonly DateOnly SerialZeroBeforeLeapDay = new(1899, 12, 31);
    private static readonly DateOnly SerialZeroAfterLeapDay = new(1899, 12, 30);

    public static int ToSerial(DateOnly date) => date.DayNumber - (date < new DateOnly(1900, 3, 1) ? SerialZeroBeforeLeapDay : SerialZeroAfterLeapDay).DayNumber;

    /// <summary>The date of a serial (its fraction, a time of day, ignored); <paramref name="shown"/> is how the value is quoted.</summary>
    public static bool TryFromSerial(double serial, string shown, out DateOnly date, out string? error)
    {
        date = default;
        error = null;
        if (!double.IsFinite(serial) || serial < 1)
        {
            error = $"“{shown}” không phải là ngày: số ngày kiểu Excel phải từ 1 (01/01/1900) trở lên.";
            return false;
        }

        var day = Math.Floor(serial);
        if (day > ToSerial(LastDate))
        {
            error = $"“{shown}” không phải là ngày hợp lệ: vượt quá năm {LastDate.Year}.";
            return false;
        }

        if (day == FictitiousLeapDay)
        {
            error = $"“{shown}” ứng với ngày 29/02/1900, một ngày không có thật (lỗi cũ của Excel): hãy nhập lại ngày.";
            return false;
        }

        if (day is >= 1900 and <= 2100 && day == serial)
        {
            error = $"“{shown}” giống một năm hơn là một ngày: hãy ghi đủ ngày/tháng/năm (dd/MM/yyyy).";
            return false;
        }

        var zero = day < FictitiousLeapDay ? SerialZeroBeforeLeapDay : SerialZeroAfterLeapDay;
        date = zero.AddDays((int)day);
        return true;
    }
}
