using ThiDua.Core.Awards.Eligibility.Regimes;

namespace ThiDua.Core.Awards.Eligibility.Criteria;

/// <summary>
/// CSTĐ cấp bộ: CSTĐCS in each of the last 3 consecutive years, the assessed year included (Điều 22 Luật Thi đua,
/// khen thưởng). The earlier years are read from the recorded titles; the assessed year is the prerequisite.
/// </summary>
public sealed class CstdcsConsecutiveYears(Param<int> years) : ICriterion
{
    public CriterionResult Evaluate(EvaluationContext context)
    {
        var n = years.Value;
        var from = context.Year - n + 1;
        List<int>? missing = null;
        for (var k = from; k < context.Year; k++)
        {
            if (!context.HoldsTitle(k, AwardCode.Cstdcs))
            {
                (missing ??= []).Add(k);
            }
        }

        var span = VietnameseText.Years(from, context.Year);
        var message = missing is null
            ? string.Create(VietnameseText.Culture, $"Có danh hiệu CSTĐCS các năm trước ({VietnameseText.Years(from, context.Year - 1)}): cùng năm {context.Year} đủ {n} năm liên tục {span}")
            : string.Create(VietnameseText.Culture, $"Không có danh hiệu CSTĐCS năm {string.Join(", ", missing)}: chưa đủ {n} năm liên tục {span}");
        return CriterionResult.Of(nameof(CstdcsConsecutiveYears), UnmetCode.ConsecutiveYears, missing is null, message, years.Citation, years.Checked);
    }
}
