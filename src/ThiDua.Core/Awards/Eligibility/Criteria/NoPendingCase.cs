using ThiDua.Core.Awards.Eligibility.Regimes;

namespace ThiDua.Core.Awards.Eligibility.Criteria;

/// <summary>
/// Suspension while a discipline procedure, an investigation or inspection with signs of violation, or a complaint
/// under verification is pending (Điều 4 Nghị định 98/2023/NĐ-CP; rules.md §5). The case waits; it is not refused.
/// </summary>
public sealed class NoPendingCase(Param<bool> rule) : ICriterion
{
    public CriterionResult Evaluate(EvaluationContext context)
    {
        var pending = context.Pending;
        if (pending.Count == 0)
        {
            return CriterionResult.Of(nameof(NoPendingCase), UnmetCode.PendingCase, true,
                "Không có vụ việc đang chờ kết luận (kỷ luật, điều tra, khiếu nại)", rule.Citation, rule.Checked);
        }

        var reasons = new string[pending.Count];
        for (var i = 0; i < reasons.Length; i++)
        {
            reasons[i] = VietnameseText.Name(pending[i]);
        }

        return CriterionResult.Of(nameof(NoPendingCase), UnmetCode.PendingCase, false,
            "Tạm hoãn xét khen thưởng: " + string.Join("; ", reasons), rule.Citation, rule.Checked);
    }
}
