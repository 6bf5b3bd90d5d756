using ThiDua.Core.Awards.Eligibility.Regimes;

namespace ThiDua.Core.Awards.Eligibility.Criteria;

/// <summary>
/// The collective leads its emulation cluster or block for the year: Cờ thi đua cấp bộ (Điều 26; Điều 12 Nghị định
/// 91/2017/NĐ-CP; Thông tư 11/2023/TT-BTP) and Cờ thi đua của Chính phủ (Điều 25 Luật Thi đua, khen thưởng).
/// </summary>
public sealed class LeadsCluster(Param<bool> rule) : ICriterion
{
    public CriterionResult Evaluate(EvaluationContext context)
    {
        var met = CollectiveFacts.Of(context).LeadsCluster;
        var message = met
            ? string.Create(VietnameseText.Culture, $"Tập thể dẫn đầu cụm, khối thi đua năm {context.Year}")
            : string.Create(VietnameseText.Culture, $"Tập thể không dẫn đầu cụm, khối thi đua năm {context.Year}");
        return CriterionResult.Of(nameof(LeadsCluster), UnmetCode.ClusterLeader, met, message, rule.Citation, rule.Checked);
    }
}
