namespace ThiDua.Core.Shared;

/// <summary>
/// The THADS emulation year (rules.md: the reporting year runs 1 October → 30 September). A year is named by the
/// calendar year in which it <b>ends</b>: emulation year 2025 is 01/10/2024–30/09/2025.
/// </summary>
/// <remarks>
/// "Today" is the date in Vietnam, not in UTC: between 00:00 and 07:00 on 1 October (Vietnam time) the new year has
/// begun although the UTC date is still 30 September.
/// </remarks>
public static class EmulationYears
{
    /// <summary>The emulation year a date falls in: October to December count for the next calendar year.</summary>
    public static int Of(DateOnly date) => date.Month >= 10 ? date.Year + 1 : date.Year;

    /// <summary>First day of emulation year <paramref name="year"/> (1 October of the calendar year before).</summary>
    public static DateOnly Start(int year) => new(year - 1, 10, 1);

    /// <summary>Last day of emulation year <paramref name="year"/> (30 September).</summary>
    public static DateOnly End(int year) => new(year, 9, 30);

    /// <summary>The last emulation year that has ended on <paramref name="today"/>: the one the app assesses.</summary>
    public static int LastFinished(DateOnly today) => Of(today) - 1;

    /// <summary>Today's date in Vietnam by <paramref name="clock"/>.</summary>
    public static DateOnly Today(TimeProvider clock) => DateIn(clock.GetUtcNow());

    /// <summary>The date in Vietnam at <paramref name="instant"/>.</summary>
    public static DateOnly DateIn(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, VietnameseFormat.VietnamTimeZone).DateTime);
}
