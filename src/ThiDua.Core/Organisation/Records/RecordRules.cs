namespace ThiDua.Core.Organisation.Records;

/// <summary>Checks of yearly records shared by the forms, the API and the import; messages name the field.</summary>
public static class RecordRules
{
    public const int FirstYear = 1975;

    /// <summary>Working days in a year are about 250; a leave longer than a year is an input mistake.</summary>
    public const int MaxLeaveDays = 260;

    public static FieldError? Year(int year, DateOnly today, string field = "Year") =>
        year < FirstYear || year > today.Year + 1
            ? new FieldError(field, $"Năm thi đua {year} không hợp lệ (từ {FirstYear} đến {today.Year + 1}).")
            : null;

    public static FieldError? LeaveDays(int days, string field = "WorkingDays") =>
        days is < 1 or > MaxLeaveDays ? new FieldError(field, $"Số ngày nghỉ (ngày làm việc) phải từ 1 đến {MaxLeaveDays}.") : null;

    public static FieldError? Period(DateOnly from, DateOnly? to, string field, string what) =>
        to is DateOnly end && end < from ? new FieldError(field, $"{what} ({end:dd/MM/yyyy}) phải sau ngày bắt đầu ({from:dd/MM/yyyy}).") : null;

    public static FieldError? NotFuture(DateOnly date, DateOnly today, string field, string what) =>
        date > today ? new FieldError(field, $"{what} {date:dd/MM/yyyy} ở tương lai.") : null;

    public static FieldError? Text(string? value, int max, string field, string what, bool required = true) =>
        string.IsNullOrWhiteSpace(value)
            ? required ? new FieldError(field, $"{what} là bắt buộc.") : null
            : value.Trim().Length > max ? new FieldError(field, $"{what} tối đa {max} ký tự.") : null;

    /// <summary>Awards to a person are individual titles or forms; to a collective, collective titles or forms.</summary>
    public static FieldError? AwardFits(AwardCode code, bool toPerson, string field = "Code")
    {
        return toPerson && AwardCodes.IsCollectiveTitle(code)
            ? new FieldError(field, $"“{CodeOf<AwardCode>.Code(code)}” là danh hiệu tập thể, không trao cho cá nhân.")
            : !toPerson && AwardCodes.IsIndividualTitle(code)
                ? new FieldError(field, $"“{CodeOf<AwardCode>.Code(code)}” là danh hiệu cá nhân, không trao cho tập thể.")
                : null;
    }

    public static FieldError? AwardPeriod(int? from, int? to, DateOnly today, string field = "PeriodFrom")
    {
        if (from is int f && (f < FirstYear || f > today.Year))
        {
            return new FieldError(field, $"Năm bắt đầu của thời kỳ ({f}) không hợp lệ.");
        }

        return from is int a && to is int b && b < a ? new FieldError(field, $"Thời kỳ {a}–{b}: năm kết thúc phải từ năm bắt đầu trở đi.") : null;
    }
}
