using ThiDua.Core.Targets;

namespace ThiDua.Tests.Targets;

/// <summary>The A/B/C/D grades at their thresholds (rules.md §6: A needs ≥ 180 of 200 points and every key target), and the months of the year.</summary>
public sealed class TargetScoringTests
{
    private static readonly IndicatorDef[] Indicators =
    [
        new(1, "VIEC", "Việc", true, true, 60),
        new(2, "TIEN", "Tiền", true, true, 60),
        new(3, "GIAM_TON", "Giảm tồn", true, true, 40),
        new(4, "QD_DUNG_HAN", "Quyết định đúng hạn", true, false, 40),
    ];

    private static readonly GradeDef[] Grades = [new("A", 1, 180, true), new("B", 2, 150, false), new("C", 3, 100, false), new("D", 4, 0, false)];

    /// <summary>Targets of 100 % everywhere; the results given; judged at month 12.</summary>
    private static UnitScore Rank(decimal cases, decimal money, decimal carryOver, decimal onTime)
    {
        decimal[] results = [cases, money, carryOver, onTime];
        var scores = Indicators.Select((i, k) => TargetScoring.Score(i, 100m, results[k], 12, 12)).ToList();
        return TargetScoring.Rank(scores, Indicators, Grades);
    }

    [Fact]
    public void ExactlyAtTheThreshold_WithEveryKeyTarget_IsGradeA()
    {
        // The non-key indicator at 50 %: 60 + 60 + 40 + 20 = 180 points exactly.
        var score = Rank(100, 100, 100, 50);
        Assert.Equal(18000, score.ScoreX100);
        Assert.Equal("A", score.Grade);
    }

    [Fact]
    public void OneHundredthOfAPointBelow_IsGradeB()
    {
        // 40 × 49.975 % = 19.99 points: 179.99 in all.
        var score = Rank(100, 100, 100, 49.975m);
        Assert.Equal(17999, score.ScoreX100);
        Assert.Equal("B", score.Grade);
        Assert.Contains(score.Reasons, r => r.Contains("dưới ngưỡng 180", StringComparison.Ordinal));
    }

    [Fact]
    public void EnoughPoints_ButAKeyTargetMissed_IsNotA_AndSaysWhich()
    {
        var score = Rank(100, 99, 100, 100);
        Assert.True(score.ScoreX100 >= 18000);
        Assert.Equal("B", score.Grade);
        Assert.Contains(score.Reasons, r => r.Contains("chưa đạt chỉ tiêu chính — Tiền: đạt 99 % / 100 %", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("100", "100", "75", "0", 15000, "B")]
    [InlineData("100", "100", "74.975", "0", 14999, "C")]
    [InlineData("100", "0", "100", "0", 10000, "C")]
    [InlineData("100", "0", "99.975", "0", 9999, "D")]
    public void TheLowerGrades_FollowTheirThresholds(string cases, string money, string carryOver, string onTime, int pointsX100, string grade)
    {
        static decimal D(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var score = Rank(D(cases), D(money), D(carryOver), D(onTime));
        Assert.Equal(pointsX100, score.ScoreX100);
        Assert.Equal(grade, score.Grade);
    }

    [Fact]
    public void TheProRataTarget_GrowsWithTheMonths_AndALateUnitIsJudgedAtTheDueMonth()
    {
        var cases = Indicators[0];
        Assert.Equal(42.25m, TargetScoring.Expected(84.5m, 6, true));
        var early = TargetScoring.Score(cases, 84.5m, 45m, 6, 5);
        Assert.Equal(42.25m, early.Expected);
        Assert.True(early.Met);
        var late = TargetScoring.Score(cases, 84.5m, 45m, 6, 8);
        Assert.Equal(56.33m, late.Expected);
        Assert.False(late.Met);
        Assert.Equal((int)Math.Round(6000m * 45m / 56.33m, MidpointRounding.AwayFromZero), late.PointsX100);
    }

    [Theory]
    [InlineData("10/2026", 2027, 1)]
    [InlineData("2026-11", 2027, 2)]
    [InlineData("9/2027", 2027, 12)]
    [InlineData("01-2027", 2027, 4)]
    public void Months_AreReadInTheEmulationYear(string text, int year, int month) =>
        Assert.Equal((year, month), TargetMonths.Parse(text, 10));

    [Theory]
    [InlineData("13/2026")]
    [InlineData("tháng 10")]
    [InlineData("")]
    public void UnreadableMonths_AreNull(string text) => Assert.Null(TargetMonths.Parse(text, 10));
}
