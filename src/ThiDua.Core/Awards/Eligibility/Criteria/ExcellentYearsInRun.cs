using ThiDua.Core.Awards.Eligibility.Regimes;

namespace ThiDua.Core.Awards.Eligibility.Criteria;

/// <summary>
/// The run holds a number of HTXS years: at least one for Huân chương Lao động hạng Ba (Điều 44 Luật Thi đua, khen
/// thưởng 2022).
/// </summary>
public sealed class ExcellentYearsInRun(AwardCode form, FormRule rule, FormRoute route) : ICriterion
{
    public CriterionResult Evaluate(EvaluationContext context)
    {
        var window = context.Run(form, rule, route);
        var from = Math.Max(window.CountFrom, context.Year - 99);
        var years = new List<int>();
        for (var k = from; k <= context.Year; k++)
        {
            if (context.YearRecord(k)?.Rating == Rating.Htxs)
            {
                years.Add(k);
            }
        }

        var met = years.Count >= route.ExcellentYears;
        var span = from > context.Year ? context.Year.ToString(VietnameseText.Culture) : VietnameseText.Years(from, context.Year);
        var list = years.Count == 0 ? string.Empty : " (" + string.Join(", ", years) + ")";
        var message = string.Create(VietnameseText.Culture,
            $"{(met ? "Có" : "Chỉ có")} {years.Count} năm HTXS trong các năm {span}{list}, cần {route.ExcellentYears} năm");
        return CriterionResult.Of(nameof(ExcellentYearsInRun), UnmetCode.ConsecutiveYears, met, message, route.Citation, route.Checked);
    }
}
