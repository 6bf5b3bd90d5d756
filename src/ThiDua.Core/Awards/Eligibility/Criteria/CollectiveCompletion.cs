using ThiDua.Core.Awards.Eligibility.Regimes;

namespace ThiDua.Core.Awards.Eligibility.Criteria;

/// <summary>TTLĐXS: 100 % of members complete their tasks, i.e. are rated HT or better (Điều 27 Luật Thi đua, khen thưởng).</summary>
public sealed class CollectiveCompletion(Param<int> percent) : ICriterion
{
    public CriterionResult Evaluate(EvaluationContext context)
    {
        var c = CollectiveFacts.Of(context);
        var met = 100L * c.MembersCompleted >= (long)percent.Value * c.Members;
        var message = string.Create(VietnameseText.Culture,
            $"{c.MembersCompleted}/{c.Members} thành viên hoàn thành nhiệm vụ trở lên ({CollectiveFacts.Percent(c.MembersCompleted, c.Members)} %){(met ? ", đạt" : ", cần")} {percent.Value} %");
        return CriterionResult.Of(nameof(CollectiveCompletion), UnmetCode.CollectiveCompletion, met, message, percent.Citation, percent.Checked);
    }
}
