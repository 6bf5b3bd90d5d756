using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;

namespace ThiDua.Core.Shared.Calendar;

/// <summary>
/// Working days (ngày làm việc) for deadlines and public postings: Monday to Friday, minus the listed days off, plus
/// the listed weekend days worked in exchange. Immutable: build one with <see cref="LoadAsync"/> for the span a
/// use case needs.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly Dictionary<DateOnly, CalendarDayKind> _exceptions;

    public WorkingCalendar(IEnumerable<CalendarDay> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        _exceptions = days.ToDictionary(d => d.Date, d => d.Kind);
    }

    /// <summary>A calendar with the listed days of <paramref name="from"/> → <paramref name="to"/> (with a margin of a year after, for long deadlines).</summary>
    public static async Task<WorkingCalendar> LoadAsync(AppDbContext db, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var until = to.AddYears(1);
        var days = await db.CalendarDays.AsNoTracking().Where(d => d.Date >= from.AddYears(-1) && d.Date <= until).ToListAsync(ct);
        return new WorkingCalendar(days);
    }

    public bool IsWorkingDay(DateOnly date) => _exceptions.TryGetValue(date, out var kind)
        ? kind == CalendarDayKind.WorkedWeekend
        : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The working day that is <paramref name="days"/> working days after <paramref name="start"/> (the start day not counted).</summary>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var date = start;
        while (days > 0)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                days--;
            }
        }

        return date;
    }

    /// <summary>Working days strictly after <paramref name="from"/> up to and including <paramref name="to"/>; 0 when <paramref name="to"/> is not later.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }
}
