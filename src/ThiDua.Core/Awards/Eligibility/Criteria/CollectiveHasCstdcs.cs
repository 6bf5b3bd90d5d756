using ThiDua.Core.Awards.Eligibility.Regimes;

namespace ThiDua.Core.Awards.Eligibility.Criteria;

/// <summary>TTLĐXS: at least one member holds CSTĐCS (Điều 27 Luật Thi đua, khen thưởng).</summary>
public sealed class CollectiveHasCstdcs(Param<int> minimum) : ICriterion
{
    public CriterionResult Evaluate(EvaluationContext context)
    {
        var c = CollectiveFacts.Of(context);
        var met = c.MembersCstdcs >= minimum.Value;
        var message = c.MembersCstdcs == 0
            ? string.Create(VietnameseText.Culture, $"Không có thành viên đạt danh hiệu CSTĐCS, cần ít nhất {minimum.Value}")
            : string.Create(VietnameseText.Culture, $"Có {c.MembersCstdcs} thành viên đạt danh hiệu CSTĐCS (cần ít nhất {minimum.Value})");
        return CriterionResult.Of(nameof(CollectiveHasCstdcs), UnmetCode.CollectiveCstdcs, met, message, minimum.Citation, minimum.Checked);
    }
}
