using ThiDua.Core.Awards.Eligibility.Regimes;

namespace ThiDua.Core.Awards.Eligibility.Criteria;

/// <summary>
/// The window since the chain's latest award must be as long as the run the route needs; counting starts the year
/// after the award's period (Điều 30 Nghị định 98/2023/NĐ-CP) or after its decision's year (regimes 2014, 2017).
/// </summary>
public sealed class CountingWindow(AwardCode form, FormRule rule, FormRoute route) : ICriterion
{
    public CriterionResult Evaluate(EvaluationContext context)
    {
        var window = context.Run(form, rule, route);
        var basis = context.Regime.CountingStart;
        if (window.FirstCountedYear is not { } first || window.StartingAward is not { } award)
        {
            var chain = rule.PriorForm is { } prior ? Codes.Of(form) + ", " + Codes.Of(prior) : Codes.Of(form);
            return CriterionResult.Of(nameof(CountingWindow), UnmetCode.TooSoon, true,
                "Chưa có khen thưởng công trạng nào trong chuỗi (" + chain + "): mọi năm đã ghi nhận đều được tính",
                basis.Citation, basis.Checked);
        }

        var available = Math.Max(0, context.Year - first + 1);
        var how = basis.Value == CountingStart.Period ? "sau thời kỳ được khen" : "sau năm của quyết định";
        var message = window.TooSoon
            ? string.Create(VietnameseText.Culture, $"Tính từ năm {first} ({how}: {AwardText.Describe(award)}): đến năm {context.Year} mới có {available} năm, cần {route.Years} năm")
            : string.Create(VietnameseText.Culture, $"Tính từ năm {first} ({how}: {AwardText.Describe(award)}): đến năm {context.Year} có {available} năm, đủ {route.Years} năm");
        return CriterionResult.Of(nameof(CountingWindow), UnmetCode.TooSoon, !window.TooSoon, message, basis.Citation, basis.Checked);
    }
}
