using ThiDua.Core.Awards.Eligibility.Regimes;

namespace ThiDua.Core.Awards.Eligibility.Criteria;

/// <summary>
/// The run holds CSTĐCS a number of times: 3 times in 5 years for Bằng khen của Thủ tướng (Điều 73) and Huân chương
/// Lao động hạng Ba (Điều 44 Luật Thi đua, khen thưởng 2022). The assessed year's CSTĐCS is derived on merit.
/// </summary>
public sealed class CstdcsTimesInRun(AwardCode form, FormRule rule, FormRoute route) : ICriterion
{
    public CriterionResult Evaluate(EvaluationContext context)
    {
        var window = context.Run(form, rule, route);
        var from = Math.Max(window.CountFrom, context.Year - 99);
        var years = new List<int>();
        for (var k = from; k <= context.Year; k++)
        {
            if (context.HoldsTitle(k, AwardCode.Cstdcs))
            {
                years.Add(k);
            }
        }

        var met = years.Count >= route.CstdcsCount;
        var span = from > context.Year ? context.Year.ToString(VietnameseText.Culture) : VietnameseText.Years(from, context.Year);
        var list = years.Count == 0 ? string.Empty : " (" + string.Join(", ", years) + ")";
        var message = met
            ? string.Create(VietnameseText.Culture, $"Có danh hiệu CSTĐCS {years.Count} lần trong các năm {span}{list}, cần {route.CstdcsCount} lần")
            : string.Create(VietnameseText.Culture, $"Chỉ có danh hiệu CSTĐCS {years.Count} lần trong các năm {span}{list}, cần {route.CstdcsCount} lần");
        var derived = context.Derive(AwardCode.Cstdcs);
        return new CriterionResult
        {
            Criterion = nameof(CstdcsTimesInRun),
            Code = UnmetCode.ConsecutiveYears,
            Met = met,
            Message = message,
            Citation = route.Citation,
            Checked = route.Checked,
            Children = [DerivedTitle.Node(context, derived)],
            Reporting = ChildReporting.None,
        };
    }
}

internal static class DerivedTitle
{
    /// <summary>A title derived for the assessed year, shown in the trace to explain a count; never reported itself.</summary>
    public static CriterionResult Node(EvaluationContext context, TitleVerdict verdict) => new()
    {
        Criterion = "DerivedTitle",
        Met = verdict.Met,
        Message = string.Create(VietnameseText.Culture,
            $"Danh hiệu {VietnameseText.Abbreviation(verdict.Title)} năm {context.Year} xác định theo thành tích năm đang xét (không xét đăng ký): {(verdict.Met ? "đạt" : "không đạt")}"),
        Citation = context.Rules.Title(verdict.Title)?.Citation ?? string.Empty,
        Children = verdict.Results,
        Reporting = ChildReporting.None,
    };
}
