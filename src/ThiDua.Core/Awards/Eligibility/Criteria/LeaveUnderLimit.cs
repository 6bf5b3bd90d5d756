using ThiDua.Core.Awards.Eligibility.Regimes;

namespace ThiDua.Core.Awards.Eligibility.Criteria;

/// <summary>
/// LĐTT excludes leave of 40 working days or more in the year; maternity leave, treatment of illness or work injury
/// and approved training do not count (Điều 5 Nghị định 65/2014/NĐ-CP; regime 2014 only).
/// </summary>
public sealed class LeaveUnderLimit(Param<int> limit) : ICriterion
{
    public CriterionResult Evaluate(EvaluationContext context)
    {
        var year = context.AssessedYear;
        var days = year.LeaveWorkingDays;
        var max = limit.Value;
        var met = true;
        string message;
        if (days == 0 || year.LeaveReason is null)
        {
            message = string.Create(VietnameseText.Culture, $"Không nghỉ trong năm {context.Year}");
        }
        else if (year.LeaveReason != LeaveReason.Other)
        {
            message = string.Create(VietnameseText.Culture, $"Nghỉ {days} ngày làm việc vì {VietnameseText.Name(year.LeaveReason.Value)}: không tính vào giới hạn {max} ngày");
        }
        else if (days >= max)
        {
            met = false;
            message = string.Create(VietnameseText.Culture, $"Nghỉ {days} ngày làm việc trong năm {context.Year} (lý do khác): từ {max} ngày trở lên thì không được xét");
        }
        else
        {
            message = string.Create(VietnameseText.Culture, $"Nghỉ {days} ngày làm việc trong năm {context.Year} (lý do khác), dưới {max} ngày");
        }

        return CriterionResult.Of(nameof(LeaveUnderLimit), UnmetCode.LeaveTooLong, met, message, limit.Citation, limit.Checked);
    }
}
