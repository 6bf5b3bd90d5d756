using ThiDua.Core.Awards.Eligibility.Regimes;

namespace ThiDua.Core.Awards.Eligibility.Criteria;

/// <summary>
/// LĐTT excludes a discipline of khiển trách or heavier decided in the assessed year or whose period runs into it,
/// even when it ends early in the year (Điều 5 Nghị định 65/2014/NĐ-CP; kept as a parameter from 2024).
/// </summary>
public sealed class NoExcludingDiscipline(Param<bool> rule) : ICriterion
{
    public CriterionResult Evaluate(EvaluationContext context)
    {
        var discipline = context.ExcludingDisciplineIn(context.Year);
        var lightest = VietnameseText.Name(context.Regime.ExcludingDisciplineLevel.Value);
        if (discipline is null)
        {
            return CriterionResult.Of(nameof(NoExcludingDiscipline), UnmetCode.Disciplined, true,
                string.Create(VietnameseText.Culture, $"Không có kỷ luật từ mức {lightest} trở lên có hiệu lực trong năm {context.Year}"),
                rule.Citation, rule.Checked);
        }

        var ends = discipline.EndsOn is { } e ? ", đến ngày " + VietnameseText.Date(e) : string.Empty;
        return CriterionResult.Of(nameof(NoExcludingDiscipline), UnmetCode.Disciplined, false,
            string.Create(VietnameseText.Culture,
                $"Bị kỷ luật {VietnameseText.Name(discipline.Level)} (quyết định ngày {VietnameseText.Date(discipline.DecidedOn)}{ends}), có hiệu lực trong năm {context.Year} ({VietnameseText.Date(context.YearStart)}–{VietnameseText.Date(context.YearEnd)})"),
            rule.Citation, rule.Checked);
    }
}
