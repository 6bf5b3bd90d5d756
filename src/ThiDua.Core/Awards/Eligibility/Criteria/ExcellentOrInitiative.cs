namespace ThiDua.Core.Awards.Eligibility.Criteria;

/// <summary>
/// CSTĐCS from 2024: the LĐTT holder is rated HTXS or has a recognised initiative (Điều 23 Luật Thi đua, khen thưởng
/// 2022). When neither holds, both failed parts (RATING and INITIATIVE) are reported.
/// </summary>
public sealed class ExcellentOrInitiative(RatingAtLeast excellent, HasInitiativeInYear initiative, string citation, bool isChecked) : ICriterion
{
    public CriterionResult Evaluate(EvaluationContext context)
    {
        var rating = excellent.Evaluate(context);
        var idea = initiative.Evaluate(context);
        var met = rating.Met || idea.Met;
        var message = rating.Met
            ? string.Create(VietnameseText.Culture, $"Đạt HTXS năm {context.Year}: không cần thêm sáng kiến")
            : idea.Met
                ? string.Create(VietnameseText.Culture, $"Không đạt HTXS nhưng có sáng kiến được công nhận năm {context.Year}")
                : string.Create(VietnameseText.Culture, $"Năm {context.Year} không đạt HTXS và chưa có sáng kiến được công nhận: cần một trong hai");
        return new CriterionResult
        {
            Criterion = nameof(ExcellentOrInitiative),
            Met = met,
            Message = message,
            Citation = citation,
            Checked = isChecked,
            Children = [rating, idea],
            Reporting = ChildReporting.WhenUnmet,
        };
    }
}
