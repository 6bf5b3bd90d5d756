using System.Globalization;
using ThiDua.Core.Awards.Eligibility.Regimes;
using ThiDua.Core.Awards.Eligibility.Rules;

namespace ThiDua.Core.Awards.Eligibility.Cases;

/// <summary>
/// The checks of a typed case that need the law or the whole record (eligibility-cases.md): a decision date inside
/// the regimes, a known regime, a target with an automatic rule for this kind of subject, exactly one entry for the
/// assessed year, no titles recorded for it, a reason for any leave, dates in order, member counts that fit.
/// </summary>
public static class CaseValidator
{
    /// <summary>Every error of the case, and the regime that governs it when one can be chosen.</summary>
    public static IReadOnlyList<ValidationError> Validate(EligibilityCase @case, RegimeCatalog catalog, out RegimeParameters? regime)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(catalog);
        var errors = new List<ValidationError>();
        regime = null;

        if (@case.AsOf < catalog.EarliestDecisionDate)
        {
            errors.Add(new("asOf", "Ngày quyết định " + VietnameseText.Date(@case.AsOf) + " trước ngày " + VietnameseText.Date(catalog.EarliestDecisionDate)
                + ": ngoài phạm vi các chế độ pháp lý của hệ thống, không xét."));
        }
        else if (@case.Regime is { } code)
        {
            if (catalog.TryGet(code, out var chosen))
            {
                regime = chosen;
            }
            else
            {
                errors.Add(new("regime", "Không có chế độ '" + code + "'; có: " + string.Join(", ", catalog.Regimes.Select(r => r.Code)) + "."));
            }
        }
        else
        {
            regime = catalog.Resolve(@case.AsOf);
        }

        if (@case.Year is < 1900 or > 2999)
        {
            errors.Add(new("year", string.Create(CultureInfo.InvariantCulture, $"Năm {@case.Year} nằm ngoài khoảng cho phép (1900–2999).")));
        }

        ValidateTarget(@case, catalog, regime, errors);
        if (@case.Person is { } person)
        {
            ValidatePerson(@case, person, errors);
        }

        if (@case.Collective is { } collective)
        {
            ValidateCollective(@case, collective, errors);
        }

        return errors;
    }

    private static void ValidateTarget(EligibilityCase @case, RegimeCatalog catalog, RegimeParameters? regime, List<ValidationError> errors)
    {
        var target = @case.Target;
        var code = Codes.Of(target);
        if (@case.Person is not null && @case.Collective is not null)
        {
            errors.Add(new("collective", "Chỉ được có một trong hai trường “person” hoặc “collective”, không được có cả hai."));
            return;
        }

        if (@case.Person is null && @case.Collective is null)
        {
            errors.Add(new("person", "Thiếu đối tượng được xét: cần đúng một trong hai trường “person” hoặc “collective”."));
            return;
        }

        // Without a regime, judge the target against the built-in rules of the latest regime: only its kind matters here.
        var rules = regime is not null ? catalog.RulesFor(regime) : catalog.RulesFor(catalog.Regimes[^1]);
        var definition = rules.Target(target);
        if (definition is null)
        {
            errors.Add(new("target", "“" + code + "” (" + VietnameseText.Name(target)
                + ") không có tiêu chuẩn xét tự động: tiêu chuẩn do từng bộ, ngành, tỉnh quy định, cần Hội đồng xem xét."));
            return;
        }

        var subject = @case.Person is not null ? SubjectKind.Person : SubjectKind.Collective;
        if (definition.Subject != subject)
        {
            errors.Add(new("target", subject == SubjectKind.Person
                ? "“" + code + "” (" + VietnameseText.Name(target) + ") chỉ xét cho tập thể, không xét cho cá nhân."
                : "“" + code + "” (" + VietnameseText.Name(target) + ") chỉ xét tự động cho cá nhân, không xét cho tập thể."));
        }
    }

    private static void ValidatePerson(EligibilityCase @case, PersonRecord person, List<ValidationError> errors)
    {
        var assessedEntries = 0;
        for (var i = 0; i < person.Years.Count; i++)
        {
            var entry = person.Years[i];
            string Path(string field) => string.Create(CultureInfo.InvariantCulture, $"person.years[{i}].{field}");

            // Years are few: a quadratic scan for duplicates costs less than a dictionary on this hot path.
            var firstIndex = 0;
            while (person.Years[firstIndex].Year != entry.Year)
            {
                firstIndex++;
            }

            if (firstIndex < i)
            {
                errors.Add(new("person.years", string.Create(CultureInfo.InvariantCulture, $"Năm {entry.Year} xuất hiện nhiều lần (phần tử [{firstIndex}] và [{i}]): mỗi năm chỉ được một phần tử.")));
            }

            if (entry.Year is < 1900 or > 2999)
            {
                errors.Add(new(Path("year"), string.Create(CultureInfo.InvariantCulture, $"Năm {entry.Year} nằm ngoài khoảng cho phép (1900–2999).")));
            }

            if (entry.Year == @case.Year)
            {
                assessedEntries++;
                if (entry.Titles.Count > 0)
                {
                    errors.Add(new(Path("titles"), string.Create(CultureInfo.InvariantCulture,
                        $"Danh hiệu của năm đang xét ({@case.Year}) phải để trống: hệ thống tự xác định danh hiệu năm này.")));
                }
            }

            if (entry.LeaveWorkingDays < 0)
            {
                errors.Add(new(Path("leaveWorkingDays"), "Số ngày nghỉ không được âm."));
            }
            else if (entry.LeaveWorkingDays > 0 && entry.LeaveReason is null)
            {
                errors.Add(new(Path("leaveReason"), string.Create(CultureInfo.InvariantCulture,
                    $"Có {entry.LeaveWorkingDays} ngày nghỉ nhưng không ghi lý do nghỉ (MATERNITY, ILLNESS, WORK_INJURY, TRAINING hoặc OTHER).")));
            }

            for (var j = 0; j < entry.Initiatives.Count; j++)
            {
                if (string.IsNullOrWhiteSpace(entry.Initiatives[j].Id))
                {
                    errors.Add(new(Path(string.Create(CultureInfo.InvariantCulture, $"initiatives[{j}].id")), "Mã sáng kiến không được để trống."));
                }
            }
        }

        if (assessedEntries == 0)
        {
            errors.Add(new("person.years", string.Create(CultureInfo.InvariantCulture, $"Không có dữ liệu của năm đang xét ({@case.Year}): cần đúng một phần tử có “year”: {@case.Year}.")));
        }

        for (var i = 0; i < person.Discipline.Count; i++)
        {
            var d = person.Discipline[i];
            if (d.EndsOn is { } end && end < d.DecidedOn)
            {
                errors.Add(new(string.Create(CultureInfo.InvariantCulture, $"person.discipline[{i}].endsOn"),
                    "Ngày hết thời hạn kỷ luật " + VietnameseText.Date(end) + " trước ngày quyết định " + VietnameseText.Date(d.DecidedOn) + "."));
            }
        }

        ValidateAwards(person.Awards, "person.awards", errors);
    }

    private static void ValidateCollective(EligibilityCase @case, CollectiveRecord c, List<ValidationError> errors)
    {
        if (c.Members < 1)
        {
            errors.Add(new("collective.members", "Tập thể phải có ít nhất 1 thành viên."));
        }

        void Count(string name, int value)
        {
            if (value < 0 || value > c.Members)
            {
                errors.Add(new("collective." + name, string.Create(CultureInfo.InvariantCulture, $"Giá trị {value} phải từ 0 đến số thành viên ({c.Members}).")));
            }
        }

        Count("membersCompleted", c.MembersCompleted);
        Count("membersLdtt", c.MembersLdtt);
        Count("membersCstdcs", c.MembersCstdcs);
        Count("membersDisciplinedCanhCaoOrHeavier", c.MembersDisciplinedCanhCaoOrHeavier);

        for (var i = 0; i < c.Years.Count; i++)
        {
            var entry = c.Years[i];
            var firstIndex = 0;
            while (c.Years[firstIndex].Year != entry.Year)
            {
                firstIndex++;
            }

            if (firstIndex < i)
            {
                errors.Add(new("collective.years", string.Create(CultureInfo.InvariantCulture, $"Năm {entry.Year} xuất hiện nhiều lần: mỗi năm chỉ được một phần tử.")));
            }

            if (entry.Year == @case.Year && entry.Titles.Count > 0)
            {
                errors.Add(new(string.Create(CultureInfo.InvariantCulture, $"collective.years[{i}].titles"), string.Create(CultureInfo.InvariantCulture,
                    $"Danh hiệu của năm đang xét ({@case.Year}) phải để trống: hệ thống tự xác định danh hiệu năm này.")));
            }
        }

        ValidateAwards(c.Awards, "collective.awards", errors);
    }

    private static void ValidateAwards(IReadOnlyList<AwardRecord> awards, string path, List<ValidationError> errors)
    {
        for (var i = 0; i < awards.Count; i++)
        {
            if (awards[i] is { PeriodFrom: { } from, PeriodTo: { } to } && from > to)
            {
                errors.Add(new(string.Create(CultureInfo.InvariantCulture, $"{path}[{i}].periodTo"),
                    string.Create(CultureInfo.InvariantCulture, $"Thời kỳ khen thưởng {from}–{to} không hợp lệ: năm kết thúc trước năm bắt đầu.")));
            }
        }
    }
}
