using Microsoft.Extensions.Options;

namespace ThiDua.Core.Shared;

/// <summary>
/// The emulation year (năm thi đua) of the sector. In civil judgment enforcement it runs 1 October → 30 September
/// (rules.md §6) and is named by the calendar year in which it ends: year 2027 = 01/10/2026 → 30/09/2027. With a
/// start month of 1 it is the calendar year.
/// </summary>
public static class EmulationYear
{
    public const int DefaultStartMonth = 10;

    /// <summary>The emulation year a day belongs to.</summary>
    public static int Of(DateOnly date, int startMonth = DefaultStartMonth)
    {
        CheckMonth(startMonth);
        return startMonth == 1 || date.Month < startMonth ? date.Year : date.Year + 1;
    }

    /// <summary>First day of the emulation year <paramref name="year"/>.</summary>
    public static DateOnly Start(int year, int startMonth = DefaultStartMonth)
    {
        CheckMonth(startMonth);
        return startMonth == 1 ? new DateOnly(year, 1, 1) : new DateOnly(year - 1, startMonth, 1);
    }

    /// <summary>Last day of the emulation year <paramref name="year"/>.</summary>
    public static DateOnly End(int year, int startMonth = DefaultStartMonth) => Start(year + 1, startMonth).AddDays(-1);

    /// <summary>The last emulation year that has ended on <paramref name="today"/>: the one the app assesses.</summary>
    public static int LastFinished(DateOnly today, int startMonth = DefaultStartMonth) => Of(today, startMonth) - 1;

    /// <summary>The date in Vietnam at <paramref name="instant"/> (the year turns at local midnight, not at 07:00 UTC+7).</summary>
    public static DateOnly DateIn(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, VietnameseFormat.VietnamTimeZone).DateTime);

    private static void CheckMonth(int startMonth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(startMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(startMonth, 12);
    }
}

/// <summary>Setting <c>Emulation:YearStartMonth</c> (environment <c>Emulation__YearStartMonth</c>): the month the emulation year starts.</summary>
public sealed class EmulationOptions
{
    public int YearStartMonth { get; set; } = EmulationYear.DefaultStartMonth;
}

/// <summary>Today's emulation year and the bounds of any year, from the injected clock and the configured start month.</summary>
public sealed class EmulationCalendar(TimeProvider clock, IOptions<EmulationOptions> options)
{
    public int StartMonth => options.Value.YearStartMonth;

    /// <summary>Today in Vietnam (UTC+7): the year turns at midnight local time, not at 07:00.</summary>
    public DateOnly Today => VietnameseFormat.Today(clock);

    public int CurrentYear => EmulationYear.Of(Today, StartMonth);

    /// <summary>The last finished emulation year: the one whose titles are assessed now.</summary>
    public int LastFinished => CurrentYear - 1;

    public DateOnly Start(int year) => EmulationYear.Start(year, StartMonth);

    public DateOnly End(int year) => EmulationYear.End(year, StartMonth);

    /// <summary>The unit exists on at least one day of the year (it may open or close during it).</summary>
    public bool IsActiveIn(DateOnly validFrom, DateOnly? validTo, int year) =>
        validFrom <= End(year) && (validTo is null || validTo >= Start(year));

    /// <summary>The unit exists on every day of the year: only such a unit can lead a cluster for it.</summary>
    public bool IsActiveThroughout(DateOnly validFrom, DateOnly? validTo, int year) =>
        validFrom <= Start(year) && (validTo is null || validTo >= End(year));

    /// <summary>"01/10/2026 – 30/09/2027", for messages.</summary>
    public string Describe(int year) => $"{VietnameseFormat.Date(Start(year))} – {VietnameseFormat.Date(End(year))}";
}
