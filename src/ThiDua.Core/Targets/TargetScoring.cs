namespace ThiDua.Core.Targets;

/// <summary>An indicator as the scoring reads it.</summary>
public sealed record IndicatorDef(int Id, string Code, string Name, bool HigherIsBetter, bool KeyTarget, int RankingPoints);

/// <summary>A grade as the scoring reads it.</summary>
public sealed record GradeDef(string Code, int Order, int MinPoints, bool RequiresKeyTargets);

/// <summary>
/// One indicator of one unit, judged at the later of its month and the due month: the year's target, the pro-rata target for the
/// months elapsed (target × months / 12), the cumulative result, whether it is met and the points (× 100) it earns out of
/// <paramref name="MaxPointsX100"/>.
/// </summary>
public sealed record IndicatorScore(
    string Code,
    string Name,
    decimal? Target,
    decimal? Expected,
    decimal? Result,
    int? Month,
    bool Met,
    int PointsX100,
    int MaxPointsX100);

/// <summary>A unit's score, grade and the reasons for it.</summary>
public sealed record UnitScore(int ScoreX100, int MaxScoreX100, string Grade, IReadOnlyList<IndicatorScore> Indicators, IReadOnlyList<string> Reasons);

/// <summary>
/// The computation of results against targets (rules.md §6–7), kept pure so that the ranking of hundreds of units is
/// a loop in memory. Points of an indicator: its full points when the result reaches the (pro-rata) target, otherwise in
/// proportion to result ÷ target [unchecked: Decision 1682/QĐ-BTP's own point table was not available; the proportion
/// is the usual reading]. The grade is the first whose minimum points are reached and, where required, every key target met.
/// </summary>
public static class TargetScoring
{
    /// <summary>The pro-rata target after <paramref name="month"/> months of twelve (a lower-is-better target stays as set).</summary>
    public static decimal Expected(decimal target, int month, bool higherIsBetter) =>
        higherIsBetter ? Math.Round(target * month / 12m, 2, MidpointRounding.AwayFromZero) : target;

    public static bool IsMet(decimal result, decimal expected, bool higherIsBetter) => higherIsBetter ? result >= expected : result <= expected;

    /// <summary>Points × 100 of <paramref name="points"/> for a result against an expected value.</summary>
    public static int Points(int points, decimal? result, decimal? expected, bool higherIsBetter)
    {
        if (result is not { } r || expected is not { } e)
        {
            return 0;
        }

        decimal share;
        if (IsMet(r, e, higherIsBetter))
        {
            share = 1m;
        }
        else if (higherIsBetter)
        {
            share = e <= 0 ? 1m : r / e;
        }
        else
        {
            share = r <= 0 ? 1m : e / r;
        }

        return (int)Math.Round(points * 100m * Math.Clamp(share, 0m, 1m), MidpointRounding.AwayFromZero);
    }

    /// <summary>
    /// Judges a cumulative result at the later of its own month and <paramref name="dueMonth"/> (the months whose figures
    /// are due): a unit that reported early is judged at its month, one whose figures are late at the due month.
    /// </summary>
    public static IndicatorScore Score(IndicatorDef indicator, decimal? target, decimal? result, int? resultMonth, int dueMonth)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var month = Math.Max(result is null ? 0 : resultMonth ?? 0, dueMonth);
        var expected = target is { } t ? Expected(t, month, indicator.HigherIsBetter) : (decimal?)null;
        var met = result is { } r && expected is { } e && IsMet(r, e, indicator.HigherIsBetter);
        return new IndicatorScore(indicator.Code, indicator.Name, target, expected, result, resultMonth, met,
            Points(indicator.RankingPoints, result, expected, indicator.HigherIsBetter), indicator.RankingPoints * 100);
    }

    /// <summary>Scores one unit; <paramref name="grades"/> sorted by order.</summary>
    public static UnitScore Rank(IReadOnlyList<IndicatorScore> scores, IReadOnlyList<IndicatorDef> indicators, IReadOnlyList<GradeDef> grades)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(grades);
        var total = 0;
        var max = 0;
        var missed = new List<string>();
        for (var i = 0; i < scores.Count; i++)
        {
            total += scores[i].PointsX100;
            max += scores[i].MaxPointsX100;
            if (indicators[i].KeyTarget && !scores[i].Met)
            {
                missed.Add(scores[i].Target is null ? $"{scores[i].Name}: chưa được giao chỉ tiêu"
                    : scores[i].Result is null ? $"{scores[i].Name}: chưa có số liệu"
                    : $"{scores[i].Name}: đạt {Percent(scores[i].Result!.Value)} / {Percent(scores[i].Expected!.Value)}");
            }
        }

        var reasons = new List<string>();
        var chosen = grades.Count == 0 ? "-" : grades[^1].Code;
        foreach (var grade in grades)
        {
            var enough = total >= grade.MinPoints * 100;
            var targets = !grade.RequiresKeyTargets || missed.Count == 0;
            if (enough && targets)
            {
                chosen = grade.Code;
                reasons.Add($"Loại {grade.Code}: {PointsText(total)}/{PointsText(max)} điểm, đạt ngưỡng {grade.MinPoints} điểm{(grade.RequiresKeyTargets ? " và đạt đủ các chỉ tiêu chính" : string.Empty)}.");
                break;
            }

            if (!enough)
            {
                reasons.Add($"Chưa đạt loại {grade.Code}: {PointsText(total)} điểm, dưới ngưỡng {grade.MinPoints} điểm.");
            }
            else
            {
                reasons.Add($"Chưa đạt loại {grade.Code}: chưa đạt chỉ tiêu chính — {string.Join("; ", missed)}.");
            }
        }

        return new UnitScore(total, max, chosen, scores, reasons);
    }

    /// <summary>"83,25 %" (vi-VN).</summary>
    public static string Percent(decimal value) => value.ToString("0.##", Shared.VietnameseFormat.Culture) + " %";

    /// <summary>Points × 100 shown as "172,5".</summary>
    public static string PointsText(int pointsX100) => (pointsX100 / 100m).ToString("0.##", Shared.VietnameseFormat.Culture);
}
