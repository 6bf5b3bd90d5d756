using ThiDua.Core.Awards.Eligibility.Regimes;

namespace ThiDua.Core.Awards.Eligibility.Criteria;

/// <summary>
/// Share of members holding LĐTT: more than 50 % for TTLĐTT under the 2003 law, at least 70 % under Law 06/2022
/// (Điều 28) and for TTLĐXS (Điều 27 Luật Thi đua, khen thưởng). Compared in integers.
/// </summary>
public sealed class CollectiveLdttShare(Param<ShareThreshold> threshold) : ICriterion
{
    public CriterionResult Evaluate(EvaluationContext context)
    {
        var c = CollectiveFacts.Of(context);
        var met = threshold.Value.IsMet(c.MembersLdtt, c.Members);
        var message = string.Create(VietnameseText.Culture,
            $"{c.MembersLdtt}/{c.Members} thành viên ({CollectiveFacts.Percent(c.MembersLdtt, c.Members)} %) đạt danh hiệu LĐTT{(met ? ", đạt mức" : ", cần")} {threshold.Value.Describe()}");
        return CriterionResult.Of(nameof(CollectiveLdttShare), UnmetCode.CollectiveLdttShare, met, message, threshold.Citation, threshold.Checked);
    }
}
