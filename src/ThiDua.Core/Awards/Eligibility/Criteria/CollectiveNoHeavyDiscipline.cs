using ThiDua.Core.Awards.Eligibility.Regimes;

namespace ThiDua.Core.Awards.Eligibility.Criteria;

/// <summary>
/// No member disciplined at cảnh cáo or heavier that year: TTLĐTT in every regime (Điều 28), TTLĐXS under the 2003
/// law only (Điều 27; dropped by Law 06/2022).
/// </summary>
public sealed class CollectiveNoHeavyDiscipline(Param<bool> rule) : ICriterion
{
    public CriterionResult Evaluate(EvaluationContext context)
    {
        var c = CollectiveFacts.Of(context);
        var met = c.MembersDisciplinedCanhCaoOrHeavier == 0;
        var message = met
            ? string.Create(VietnameseText.Culture, $"Không có thành viên bị kỷ luật từ cảnh cáo trở lên trong năm {context.Year}")
            : string.Create(VietnameseText.Culture, $"Có {c.MembersDisciplinedCanhCaoOrHeavier} thành viên bị kỷ luật từ cảnh cáo trở lên trong năm {context.Year}");
        return CriterionResult.Of(nameof(CollectiveNoHeavyDiscipline), UnmetCode.CollectiveDiscipline, met, message, rule.Citation, rule.Checked);
    }
}
