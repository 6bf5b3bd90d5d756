using ThiDua.Core.Awards.Eligibility.Regimes;

namespace ThiDua.Core.Awards.Eligibility.Criteria;

/// <summary>
/// LĐTT excludes a person recruited less than N months before the end of the assessed year: recruitedOn + N months
/// &gt; yearEnd + 1 day (N = 10 under Nghị định 65/2014 and 91/2017; 6 under Thông tư 01/2024/TT-BNV).
/// </summary>
public sealed class MinimumService(Param<int> months) : ICriterion
{
    public CriterionResult Evaluate(EvaluationContext context)
    {
        var person = context.Person ?? throw new InvalidOperationException("MinimumService needs a person.");
        var n = months.Value;

        // AddMonths keeps the day, or takes the month's last day when that day does not exist.
        var completes = person.RecruitedOn.AddMonths(n);
        var met = completes <= context.YearEnd.AddDays(1);
        var message = met
            ? string.Create(VietnameseText.Culture, $"Tuyển dụng ngày {VietnameseText.Date(person.RecruitedOn)}: đủ {n} tháng công tác tính đến hết ngày {VietnameseText.Date(context.YearEnd)}")
            : string.Create(VietnameseText.Culture, $"Tuyển dụng ngày {VietnameseText.Date(person.RecruitedOn)}: đến hết ngày {VietnameseText.Date(context.YearEnd)} chưa đủ {n} tháng công tác (đủ {n} tháng vào ngày {VietnameseText.Date(completes.AddDays(-1))})");
        return CriterionResult.Of(nameof(MinimumService), UnmetCode.ServiceTooShort, met, message, months.Citation, months.Checked);
    }
}
