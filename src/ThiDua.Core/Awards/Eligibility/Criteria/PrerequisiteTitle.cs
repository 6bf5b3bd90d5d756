namespace ThiDua.Core.Awards.Eligibility.Criteria;

/// <summary>
/// A title the rule needs for the assessed year, derived on merit from that year's facts: LĐTT for CSTĐCS
/// (Điều 23), CSTĐCS for CSTĐ cấp bộ (Điều 22), CSTĐ cấp bộ for CSTĐ toàn quốc (Điều 21), Cờ thi đua cấp bộ for
/// Cờ thi đua của Chính phủ (Điều 25 Luật Thi đua, khen thưởng). Its own unmet conditions are reported with it.
/// </summary>
public sealed class PrerequisiteTitle(AwardCode title, AwardCode requiredBy, string citation, bool isChecked) : ICriterion
{
    public AwardCode Title => title;

    public CriterionResult Evaluate(EvaluationContext context)
    {
        var verdict = context.Derive(title);
        var message = verdict.Met
            ? string.Create(VietnameseText.Culture, $"Đạt danh hiệu {VietnameseText.Name(title)} năm {context.Year}")
            : string.Create(VietnameseText.Culture, $"Chưa đạt danh hiệu {VietnameseText.Name(title)} năm {context.Year}, là điều kiện để xét {VietnameseText.Name(requiredBy)}");
        return new CriterionResult
        {
            Criterion = nameof(PrerequisiteTitle),
            Code = UnmetCode.MissingPrerequisite,
            Met = verdict.Met,
            Message = message,
            Citation = citation,
            Checked = isChecked,
            Children = verdict.Results,
            Reporting = ChildReporting.WhenUnmet,
        };
    }
}
