using ThiDua.Core.Awards.Eligibility.Cases;
using ThiDua.Core.Awards.Eligibility.Regimes;

namespace ThiDua.Core.Awards.Eligibility.Criteria;

/// <summary>
/// The years a form's route looks at (rules.md §4): counting starts after the chain's latest award (by period or by
/// decision date, per the regime), and the run of qualifying years ends with the assessed year.
/// </summary>
public sealed class RunWindow
{
    private RunWindow(FormRoute route, int year)
    {
        Route = route;
        Year = year;
    }

    public FormRoute Route { get; }

    /// <summary>The assessed year: the run ends with it.</summary>
    public int Year { get; }

    /// <summary>First counted year after the chain's latest award; null without an earlier award of the chain.</summary>
    public int? FirstCountedYear { get; private set; }

    /// <summary>The chain award that sets <see cref="FirstCountedYear"/>.</summary>
    public AwardRecord? StartingAward { get; private set; }

    /// <summary>First year of the run of qualifying years ending with the assessed year (Year + 1 when empty).</summary>
    public int RunStart { get; private set; }

    public int RunLength => Year - RunStart + 1;

    /// <summary>True when the window since the previous award is shorter than the run the route needs.</summary>
    public bool TooSoon => FirstCountedYear is { } first && Year - first + 1 < Route.Years;

    /// <summary>First year of the span the route needs: the last <c>Years</c> years, cut by the window.</summary>
    public int NeededFrom => Math.Max(FirstCountedYear ?? int.MinValue, Year - Route.Years + 1);

    public bool RunLongEnough => RunLength >= Route.Years;

    /// <summary>Where counts (CSTDCS, HTXS, initiatives) are taken: the whole run when long enough, else the needed span.</summary>
    public int CountFrom => RunLongEnough ? RunStart : NeededFrom;

    internal static RunWindow Compute(EvaluationContext context, AwardCode form, FormRule rule, FormRoute route)
    {
        var window = new RunWindow(route, context.Year);
        var awards = context.Awards;
        for (var i = 0; i < awards.Count; i++)
        {
            var award = awards[i];
            if ((award.Form == form || award.Form == rule.PriorForm) && context.CountsForChain(award))
            {
                var first = context.FirstCountedYearAfter(award);
                if (window.FirstCountedYear is null || first > window.FirstCountedYear)
                {
                    window.FirstCountedYear = first;
                    window.StartingAward = award;
                }
            }
        }

        var floor = window.FirstCountedYear ?? int.MinValue;
        var k = context.Year;
        while (k >= floor && Qualifies(context, route, k))
        {
            k--;
        }

        window.RunStart = k + 1;
        return window;
    }

    /// <summary>Whether a year qualifies for the route's run; years without a record never do.</summary>
    public static bool Qualifies(EvaluationContext context, FormRoute route, int year) =>
        Disqualification(context, route, year, explain: false) is null;

    /// <summary>Why a year does not qualify, in Vietnamese, or null when it does.</summary>
    public static string? Explain(EvaluationContext context, FormRoute route, int year) =>
        Disqualification(context, route, year, explain: true);

    private static string? Disqualification(EvaluationContext context, FormRoute route, int year, bool explain)
    {
        var record = context.YearRecord(year);
        if (record is null)
        {
            return explain ? string.Create(VietnameseText.Culture, $"năm {year} không có dữ liệu") : string.Empty;
        }

        if (route.MinRating is { } min && (record.Rating is not { } rating || rating < min))
        {
            return explain
                ? string.Create(VietnameseText.Culture, $"năm {year} xếp loại {VietnameseText.RatingCode(record.Rating)} (cần {VietnameseText.AtLeast(min)})")
                : string.Empty;
        }

        if (route.CstdcsEachYear && !context.HoldsTitle(year, AwardCode.Cstdcs))
        {
            return explain
                ? string.Create(VietnameseText.Culture, $"năm {year} không {(year == context.Year ? "đạt" : "có")} danh hiệu CSTĐCS")
                : string.Empty;
        }

        if (context.Regime.DisciplineBreaksFormRun.Value && context.ExcludingDisciplineIn(year) is { } d)
        {
            return explain
                ? string.Create(VietnameseText.Culture, $"năm {year} bị kỷ luật {VietnameseText.Name(d.Level)} (quyết định ngày {VietnameseText.Date(d.DecidedOn)})")
                : string.Empty;
        }

        return null;
    }
}
