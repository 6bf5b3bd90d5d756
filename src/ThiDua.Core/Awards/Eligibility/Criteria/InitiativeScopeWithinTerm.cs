namespace ThiDua.Core.Awards.Eligibility.Criteria;

/// <summary>
/// An initiative of a given scope or wider recognised within the term: scope BO within the 3 years of CSTĐ cấp bộ
/// (Điều 22), scope TOAN_QUOC within the 6 years of CSTĐ toàn quốc (Điều 21 Luật Thi đua, khen thưởng).
/// </summary>
public sealed class InitiativeScopeWithinTerm(InitiativeScope minimum, int years, string citation, bool isChecked) : ICriterion
{
    public CriterionResult Evaluate(EvaluationContext context)
    {
        var from = context.Year - years + 1;
        var span = VietnameseText.Years(from, context.Year);
        for (var k = context.Year; k >= from; k--)
        {
            var record = context.YearRecord(k);
            if (record is null)
            {
                continue;
            }

            for (var i = 0; i < record.Initiatives.Count; i++)
            {
                var initiative = record.Initiatives[i];
                if (initiative.Scope >= minimum)
                {
                    return CriterionResult.Of(nameof(InitiativeScopeWithinTerm), UnmetCode.Initiative, true,
                        string.Create(VietnameseText.Culture, $"Có sáng kiến {initiative.Id} ({VietnameseText.Name(initiative.Scope)}) được công nhận năm {k}, trong các năm {span}"),
                        citation, isChecked);
                }
            }
        }

        return CriterionResult.Of(nameof(InitiativeScopeWithinTerm), UnmetCode.Initiative, false,
            string.Create(VietnameseText.Culture, $"Không có sáng kiến{VietnameseText.ScopeRequirement(minimum)} được công nhận trong các năm {span}"),
            citation, isChecked);
    }
}
