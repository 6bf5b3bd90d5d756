using Microsoft.Extensions.Time.Testing;
using ThiDua.Core.Shared;

namespace ThiDua.Tests.Shared;

public sealed class EmulationYearTodayTests
{
    [Theory]
    [InlineData("2025-09-30", 2025, 2024)]
    [InlineData("2025-10-01", 2026, 2025)]
    [InlineData("2026-01-01", 2026, 2025)]
    [InlineData("2026-09-30", 2026, 2025)]
    [InlineData("2026-11-27", 2027, 2026)]
    [InlineData("2026-12-31", 2027, 2026)]
    public void Year_EndsOn30September(string date, int year, int lastFinished)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(year, EmulationYear.Of(day));
        Assert.Equal(lastFinished, EmulationYear.LastFinished(day));
        Assert.InRange(day, EmulationYear.Start(year), EmulationYear.End(year));
        Assert.Equal(EmulationYear.End(year - 1).AddDays(1), EmulationYear.Start(year));
    }

    [Fact]
    public void Today_IsTheDateInVietnam()
    {
        // 30/09/2026 20:00 UTC is already 1 October in Vietnam (UTC+7): emulation year 2026 has ended.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 9, 30, 20, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2026, 10, 1), VietnameseFormat.Today(clock));
        Assert.Equal(2026, EmulationYear.LastFinished(VietnameseFormat.Today(clock)));
    }
}
