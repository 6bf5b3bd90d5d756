using ThiDua.Core.Awards.Eligibility.Regimes;

namespace ThiDua.Core.Awards.Eligibility.Criteria;

/// <summary>
/// After a discipline, achievements count only from the end of its period: a year in which a discipline of khiển
/// trách or heavier was decided or ran is not a qualifying year of a form's run (rules.md §5; parameter, default on).
/// </summary>
public sealed class NoDisciplineInRun(AwardCode form, FormRule rule, FormRoute route, Param<bool> breaksRun) : ICriterion
{
    public CriterionResult Evaluate(EvaluationContext context)
    {
        var window = context.Run(form, rule, route);
        var from = window.NeededFrom;
        for (var k = context.Year; k >= from; k--)
        {
            if (context.ExcludingDisciplineIn(k) is { } d)
            {
                return CriterionResult.Of(nameof(NoDisciplineInRun), UnmetCode.Disciplined, false,
                    string.Create(VietnameseText.Culture, $"Bị kỷ luật {VietnameseText.Name(d.Level)} (quyết định ngày {VietnameseText.Date(d.DecidedOn)}) trong năm {k}: năm có kỷ luật không được tính vào chuỗi năm liên tục"),
                    breaksRun.Citation, breaksRun.Checked);
            }
        }

        var span = from > context.Year ? context.Year.ToString(VietnameseText.Culture) : VietnameseText.Years(from, context.Year);
        return CriterionResult.Of(nameof(NoDisciplineInRun), UnmetCode.Disciplined, true,
            string.Create(VietnameseText.Culture, $"Không có kỷ luật từ mức {VietnameseText.Name(context.Regime.ExcludingDisciplineLevel.Value)} trở lên trong các năm {span}"),
            breaksRun.Citation, breaksRun.Checked);
    }
}
