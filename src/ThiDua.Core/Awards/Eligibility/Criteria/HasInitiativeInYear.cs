namespace ThiDua.Core.Awards.Eligibility.Criteria;

/// <summary>
/// A recognised initiative (any scope) in the assessed year: required for CSTĐCS under Điều 4 Nghị định 65/2014/NĐ-CP
/// and Nghị định 91/2017/NĐ-CP; one alternative of CSTĐCS under Điều 23 Luật Thi đua, khen thưởng 2022.
/// </summary>
public sealed class HasInitiativeInYear(InitiativeScope minimum, string citation, bool isChecked) : ICriterion
{
    public CriterionResult Evaluate(EvaluationContext context)
    {
        var initiatives = context.AssessedYear.Initiatives;
        for (var i = 0; i < initiatives.Count; i++)
        {
            var initiative = initiatives[i];
            if (initiative.Scope >= minimum)
            {
                return CriterionResult.Of(nameof(HasInitiativeInYear), UnmetCode.Initiative, true,
                    string.Create(VietnameseText.Culture, $"Có sáng kiến {initiative.Id} ({VietnameseText.Name(initiative.Scope)}) được công nhận năm {context.Year}"),
                    citation, isChecked);
            }
        }

        return CriterionResult.Of(nameof(HasInitiativeInYear), UnmetCode.Initiative, false,
            string.Create(VietnameseText.Culture, $"Chưa có sáng kiến{VietnameseText.ScopeRequirement(minimum)} được công nhận trong năm {context.Year}"),
            citation, isChecked);
    }
}
