namespace ThiDua.Core.Awards.Eligibility.Criteria;

/// <summary>
/// The assessed year's own rating reaches a minimum: HTT or better for LĐTT (Điều 24 Luật Thi đua, khen thưởng),
/// HTXS for a route that needs it (e.g. CSTĐCS from 2024, Điều 23; Bằng khen, Điều 74).
/// </summary>
public sealed class RatingAtLeast(Rating minimum, string citation, bool isChecked) : ICriterion
{
    public Rating Minimum => minimum;

    public CriterionResult Evaluate(EvaluationContext context)
    {
        var rating = context.AssessedYear.Rating;
        var met = rating is { } r && r >= minimum;
        var message = rating is null
            ? string.Create(VietnameseText.Culture, $"Năm {context.Year} chưa được đánh giá, xếp loại; cần {VietnameseText.AtLeast(minimum)}")
            : met
                ? string.Create(VietnameseText.Culture, $"Xếp loại năm {context.Year} là {Codes.Of(rating.Value)} (cần {VietnameseText.AtLeast(minimum)})")
                : string.Create(VietnameseText.Culture, $"Xếp loại năm {context.Year} là {Codes.Of(rating.Value)}, cần {VietnameseText.AtLeast(minimum)}");
        return CriterionResult.Of(nameof(RatingAtLeast), UnmetCode.Rating, met, message, citation, isChecked);
    }
}
