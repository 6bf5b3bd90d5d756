using System.Globalization;

namespace ThiDua.Core.Shared;

/// <summary>
/// Dates and numbers shown to people are formatted in vi-VN explicitly (dd/MM/yyyy, 1.234.567);
/// storage and exports use the invariant culture.
/// </summary>
public static class VietnameseFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", Culture);

    public static string Date(DateOnly? date) => date is null ? string.Empty : Date(date.Value);

    public static string DateTime(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTimeKinds.AsUtc(utc), zone).ToString("dd/MM/yyyy HH:mm", Culture);

    public static string Number(long value) => value.ToString("#,0", Culture);

    /// <summary>Today's date in Vietnam, whatever the server's own time zone.</summary>
    public static DateOnly Today(TimeProvider clock) => EmulationYear.DateIn(clock.GetUtcNow());

    /// <summary>Vietnam has no daylight saving: UTC+7 all year ("SE Asia Standard Time").</summary>
    public static TimeZoneInfo VietnamTimeZone { get; } = FindVietnamZone();

    private static TimeZoneInfo FindVietnamZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "Giờ Đông Dương", "Giờ Đông Dương");
        }
    }
}

/// <summary>Helpers for UTC <see cref="System.DateTime"/> values read back from providers that drop the kind.</summary>
public static class DateTimeKinds
{
    public static DateTime AsUtc(DateTime value) =>
        value.Kind == DateTimeKind.Utc ? value : System.DateTime.SpecifyKind(value, DateTimeKind.Utc);

    /// <summary>PostgreSQL keeps microseconds; truncating there keeps hashes identical on both providers.</summary>
    public static DateTime TruncateToMicroseconds(DateTime value) =>
        new(value.Ticks - (value.Ticks % 10), DateTimeKind.Utc);
}
