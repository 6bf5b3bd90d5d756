using ThiDua.Core.Shared.Calendar;

namespace ThiDua.Tests.Shared;

public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar Calendar = new(BuiltInCalendar.Days());

    [Fact]
    public void Weekends_AndListedDaysOff_AreNotWorkingDays()
    {
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2026, 2, 13)));   // Friday before Tết
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2026, 2, 14)));  // Saturday
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2026, 2, 16)));  // Tết
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2026, 2, 23)));
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2025, 4, 26)));   // Saturday worked in exchange for 02/5
    }

    [Fact]
    public void AddWorkingDays_SkipsTet()
    {
        // Ten working days after Thursday 12/02/2026: 13/02, then 23–27/02 and 02–05/03 (the Tết week is skipped).
        Assert.Equal(new DateOnly(2026, 3, 5), Calendar.AddWorkingDays(new DateOnly(2026, 2, 12), 10));
        Assert.Equal(new DateOnly(2026, 2, 12), Calendar.AddWorkingDays(new DateOnly(2026, 2, 12), 0));
    }

    [Fact]
    public void WorkingDaysBetween_CountsTheEndButNotTheStart()
    {
        Assert.Equal(10, Calendar.WorkingDaysBetween(new DateOnly(2026, 2, 12), new DateOnly(2026, 3, 5)));
        Assert.Equal(0, Calendar.WorkingDaysBetween(new DateOnly(2026, 3, 5), new DateOnly(2026, 2, 12)));
        // Without the list only the weekend counts: the same span has 15 working days.
        Assert.Equal(15, new WorkingCalendar([]).WorkingDaysBetween(new DateOnly(2026, 2, 12), new DateOnly(2026, 3, 5)));
    }

    [Fact]
    public void Check_RefusesADayOffOnAWeekend_AndAWorkedWeekday()
    {
        Assert.Contains("thứ Bảy và Chủ nhật", CalendarDay.Check(new DateOnly(2026, 2, 14), CalendarDayKind.DayOff, "Tết"), StringComparison.Ordinal);
        Assert.Contains("làm bù", CalendarDay.Check(new DateOnly(2026, 2, 13), CalendarDayKind.WorkedWeekend, "Làm bù"), StringComparison.Ordinal);
        Assert.Contains("Tên ngày", CalendarDay.Check(new DateOnly(2026, 2, 13), CalendarDayKind.DayOff, " "), StringComparison.Ordinal);
        Assert.Null(CalendarDay.Check(new DateOnly(2026, 2, 13), CalendarDayKind.DayOff, "Nghỉ"));
    }

    [Fact]
    public void BuiltInDays_AreValid_AndUnique()
    {
        var days = BuiltInCalendar.Days();
        Assert.Equal(days.Count, days.Select(d => d.Date).Distinct().Count());
    }
}
