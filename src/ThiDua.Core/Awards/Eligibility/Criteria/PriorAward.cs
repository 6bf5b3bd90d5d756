using ThiDua.Core.Awards.Eligibility.Cases;

namespace ThiDua.Core.Awards.Eligibility.Criteria;

/// <summary>
/// A form requires an earlier one (Bằng khen của Thủ tướng: Bằng khen cấp bộ, Điều 73; Huân chương Lao động hạng Ba:
/// Bằng khen của Thủ tướng, Điều 44 Luật Thi đua, khen thưởng; Điều 15–17, 23 Nghị định 65/2014/NĐ-CP). Only awards
/// for merit (công trạng) count.
/// </summary>
public sealed class PriorAward(AwardCode prior, string citation, bool isChecked) : ICriterion
{
    public CriterionResult Evaluate(EvaluationContext context)
    {
        AwardRecord? found = null;
        AwardRecord? ignored = null;
        var awards = context.Awards;
        for (var i = 0; i < awards.Count; i++)
        {
            var award = awards[i];
            if (award.Form != prior)
            {
                continue;
            }

            if (context.CountsForChain(award))
            {
                if (found is null || award.DecisionDate > found.DecisionDate)
                {
                    found = award;
                }
            }
            else
            {
                ignored ??= award;
            }
        }

        string message;
        if (found is not null)
        {
            message = "Đã được tặng " + VietnameseText.Name(prior) + " (" + AwardText.Describe(found) + ")";
        }
        else
        {
            message = "Chưa được tặng " + VietnameseText.Name(prior) + " theo công trạng";
            if (ignored is not null)
            {
                message += " (khen thưởng " + VietnameseText.Name(ignored.Kind) + " ngày " + VietnameseText.Date(ignored.DecisionDate) + " không được tính)";
            }
        }

        return CriterionResult.Of(nameof(PriorAward), UnmetCode.PriorAward, found is not null, message, citation, isChecked);
    }
}

internal static class AwardText
{
    /// <summary>"BKBO quyết định ngày 02/04/2019, thời kỳ 2017–2018".</summary>
    public static string Describe(AwardRecord award)
    {
        var period = award.PeriodFrom is { } from && award.PeriodTo is { } to
            ? ", thời kỳ " + VietnameseText.Years(from, to)
            : award.PeriodTo is { } only
                ? ", thời kỳ đến năm " + only.ToString(VietnameseText.Culture)
                : ", quyết định không ghi thời kỳ";
        return Codes.Of(award.Form) + " quyết định ngày " + VietnameseText.Date(award.DecisionDate) + period;
    }
}
