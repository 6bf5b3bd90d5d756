using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ThiDua.Core.Organisation;

namespace ThiDua.Tests.Shared;

public sealed class EmulationYearTests
{
    [Theory]
    [InlineData("2026-09-30", 2026)]
    [InlineData("2026-10-01", 2027)]
    [InlineData("2026-12-31", 2027)]
    [InlineData("2027-01-01", 2027)]
    [InlineData("2027-09-30", 2027)]
    public void Of_TheSectorsYear_RunsFromOctoberAndIsNamedByItsEnd(string day, int year) =>
        Assert.Equal(year, EmulationYear.Of(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void StartAndEnd_Of2027_Are1October2026And30September2027()
    {
        Assert.Equal(new DateOnly(2026, 10, 1), EmulationYear.Start(2027));
        Assert.Equal(new DateOnly(2027, 9, 30), EmulationYear.End(2027));
    }

    [Fact]
    public void StartMonthOne_IsTheCalendarYear()
    {
        Assert.Equal(2026, EmulationYear.Of(new DateOnly(2026, 12, 31), startMonth: 1));
        Assert.Equal(new DateOnly(2026, 1, 1), EmulationYear.Start(2026, 1));
        Assert.Equal(new DateOnly(2026, 12, 31), EmulationYear.End(2026, 1));
    }

    [Fact]
    public void StartMonthDecember_MatchesTheStatutoryStatisticsYear()
    {
        Assert.Equal(2027, EmulationYear.Of(new DateOnly(2026, 12, 1), startMonth: 12));
        Assert.Equal(2026, EmulationYear.Of(new DateOnly(2026, 11, 30), startMonth: 12));
    }

    [Fact]
    public void Calendar_TurnsTheYear_AtMidnightInVietnam_NotAtMidnightUtc()
    {
        // 30/09/2026 16:30 UTC is 23:30 in Hà Nội; an hour later it is 01/10/2026 00:30 there, still 30/09 in UTC.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 9, 30, 16, 30, 0, TimeSpan.Zero));
        var calendar = new EmulationCalendar(clock, Options.Create(new EmulationOptions()));
        Assert.Equal(2026, calendar.CurrentYear);
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(2027, calendar.CurrentYear);
        Assert.Equal(new DateOnly(2026, 10, 1), calendar.Today);
        Assert.Equal("01/10/2025 – 30/09/2026", calendar.Describe(2026));
    }

    [Fact]
    public void Calendar_ActiveInAndThroughout_FollowTheYearsBounds()
    {
        var calendar = new EmulationCalendar(TimeProvider.System, Options.Create(new EmulationOptions()));
        var opened = new DateOnly(2025, 7, 1);
        Assert.True(calendar.IsActiveIn(opened, null, 2025));
        Assert.False(calendar.IsActiveThroughout(opened, null, 2025));
        Assert.True(calendar.IsActiveThroughout(opened, null, 2026));
        Assert.True(calendar.IsActiveIn(opened, new DateOnly(2027, 3, 1), 2027));
        Assert.False(calendar.IsActiveThroughout(opened, new DateOnly(2027, 3, 1), 2027));
        Assert.False(calendar.IsActiveIn(opened, new DateOnly(2026, 9, 30), 2027));
    }
}
