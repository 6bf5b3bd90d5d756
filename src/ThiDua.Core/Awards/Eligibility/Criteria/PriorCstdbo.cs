namespace ThiDua.Core.Awards.Eligibility.Criteria;

/// <summary>
/// CSTĐ toàn quốc: CSTĐ cấp bộ twice consecutively — recorded for year − 3 (the previous 3-year term) and met for the
/// assessed year (Điều 21 Luật Thi đua, khen thưởng). A missing earlier CSTĐ cấp bộ breaks the consecutive terms.
/// </summary>
public sealed class PriorCstdbo(int term, int times, string citation, bool isChecked) : ICriterion
{
    public CriterionResult Evaluate(EvaluationContext context)
    {
        List<int>? missing = null;
        var required = new List<int>(Math.Max(0, times - 1));
        for (var i = 1; i < times; i++)
        {
            var k = context.Year - (term * i);
            required.Add(k);
            if (!context.HoldsTitle(k, AwardCode.Cstdbo))
            {
                (missing ??= []).Add(k);
            }
        }

        var message = missing is null
            ? string.Create(VietnameseText.Culture, $"Có danh hiệu CSTĐ cấp bộ năm {string.Join(", ", required)}: cùng năm {context.Year} đủ {times} lần liên tục")
            : string.Create(VietnameseText.Culture, $"Không có danh hiệu CSTĐ cấp bộ năm {string.Join(", ", missing)}: chưa đủ {times} lần liên tục (mỗi lần {term} năm)");
        return CriterionResult.Of(nameof(PriorCstdbo), UnmetCode.ConsecutiveYears, missing is null, message, citation, isChecked);
    }
}
