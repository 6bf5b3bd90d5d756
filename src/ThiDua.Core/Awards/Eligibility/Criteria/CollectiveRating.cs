using ThiDua.Core.Awards.Eligibility.Regimes;

namespace ThiDua.Core.Awards.Eligibility.Criteria;

/// <summary>
/// The collective's rating for the year: HTT or better for TTLĐTT (Điều 28), HTXS for TTLĐXS (Điều 27) and for Cờ thi
/// đua cấp bộ (Điều 26 Luật Thi đua, khen thưởng).
/// </summary>
public sealed class CollectiveRating(Param<Rating> minimum) : ICriterion
{
    public CriterionResult Evaluate(EvaluationContext context)
    {
        var rating = CollectiveFacts.Of(context).Rating;
        var met = rating is { } r && r >= minimum.Value;
        var message = rating is null
            ? string.Create(VietnameseText.Culture, $"Tập thể chưa được đánh giá, xếp loại năm {context.Year}; cần {VietnameseText.AtLeast(minimum.Value)}")
            : string.Create(VietnameseText.Culture, $"Tập thể xếp loại {Codes.Of(rating.Value)} năm {context.Year}{(met ? " (cần " : ", cần ")}{VietnameseText.AtLeast(minimum.Value)}{(met ? ")" : string.Empty)}");
        return CriterionResult.Of(nameof(CollectiveRating), UnmetCode.CollectiveRating, met, message, minimum.Citation, minimum.Checked);
    }
}

internal static class CollectiveFacts
{
    public static Cases.CollectiveRecord Of(EvaluationContext context) =>
        context.Collective ?? throw new InvalidOperationException("A collective criterion needs a collective.");

    /// <summary>A share as people read it: "69", "66,7".</summary>
    public static string Percent(int part, int whole) =>
        whole == 0 ? "0" : (100m * part / whole).ToString("0.#", VietnameseText.Culture);
}
