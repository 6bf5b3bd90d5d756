using System.Globalization;
using System.Text.Json;

namespace ThiDua.Core.Awards.Eligibility.Cases;

/// <summary>
/// A case as read from a case file: the typed case when its structure is sound, otherwise the errors naming each bad
/// field (<c>person.years[0].rating</c>). The <c>expect</c> block is read apart and never makes a case invalid.
/// </summary>
public sealed record ParsedCase(string? Id, EligibilityCase? Case, IReadOnlyList<ValidationError> Errors, ExpectedResult? Expect, string? ExpectError)
{
    public bool IsStructurallyValid => Case is not null && Errors.Count == 0;
}

/// <summary>
/// Reads case files (eligibility-cases.md, Input) with <see cref="JsonDocument"/>: one object or an array of objects.
/// Every structural problem is reported with its field path in Vietnamese; the other cases of a batch are still read.
/// </summary>
public static class CaseFileParser
{
    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Every case of a document (one object or an array), in order; bad JSON gives one invalid case.</summary>
    public static IReadOnlyList<ParsedCase> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line
                ? string.Create(CultureInfo.InvariantCulture, $" (dòng {line + 1}, cột {(ex.BytePositionInLine ?? 0) + 1})")
                : string.Empty;
            return [Invalid(null, "$", "Nội dung không phải JSON hợp lệ" + where + ".")];
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                var cases = new List<ParsedCase>(root.GetArrayLength());
                var i = 0;
                foreach (var element in root.EnumerateArray())
                {
                    cases.Add(element.ValueKind == JsonValueKind.Object
                        ? ParseCase(element)
                        : Invalid(null, string.Create(CultureInfo.InvariantCulture, $"[{i}]"), "Mỗi hồ sơ phải là một đối tượng JSON."));
                    i++;
                }

                return cases;
            }

            return [ParseCase(root)];
        }
    }

    /// <summary>One case from a JSON element.</summary>
    public static ParsedCase ParseCase(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return Invalid(null, "$", "Hồ sơ phải là một đối tượng JSON.");
        }

        var r = new FieldReader();
        var id = r.String(element, "id", string.Empty, Presence.Required);
        var (expect, expectError) = ReadExpect(element);
        var description = r.String(element, "description", string.Empty, Presence.OptionalNullable);
        var asOf = r.Date(element, "asOf", string.Empty, Presence.Required);
        var regime = r.String(element, "regime", string.Empty, Presence.OptionalNullable);
        var sectorCode = r.String(element, "sector", string.Empty, Presence.OptionalNullable);
        var sector = Sector.General;
        if (sectorCode is not null && !Codes.TryParseSector(sectorCode, out sector))
        {
            r.Error("sector", "Lĩnh vực '" + sectorCode + "' không hợp lệ; chỉ nhận “justice” hoặc “general”.");
        }

        var year = r.Int(element, "year", string.Empty, Presence.Required, 1900, 2999);
        var yearEnd = r.Date(element, "yearEnd", string.Empty, Presence.OptionalNullable);
        var target = r.Code<AwardCode>(element, "target", string.Empty, Presence.Required, Codes.TryParseAward, "mã danh hiệu hoặc hình thức khen thưởng", "LDTT, CSTDCS, CSTDBO, CSTDTQ, TTLDTT, TTLDXS, CTDBO, CTDCP, BKBO, BKTTG, HCLD3, HCLD2, HCLD1");

        var hasPerson = element.TryGetProperty("person", out var personElement) && personElement.ValueKind != JsonValueKind.Null;
        var hasCollective = element.TryGetProperty("collective", out var collectiveElement) && collectiveElement.ValueKind != JsonValueKind.Null;
        PersonRecord? person = null;
        CollectiveRecord? collective = null;
        if (hasPerson && hasCollective)
        {
            r.Error("collective", "Chỉ được có một trong hai trường “person” (cá nhân) hoặc “collective” (tập thể), không được có cả hai.");
        }
        else if (!hasPerson && !hasCollective)
        {
            r.Error("person", "Thiếu đối tượng được xét: cần đúng một trong hai trường “person” (cá nhân) hoặc “collective” (tập thể).");
        }
        else if (hasPerson)
        {
            person = ReadPerson(r, personElement);
        }
        else
        {
            collective = ReadCollective(r, collectiveElement);
        }

        if (r.Errors.Count > 0 || id is null || asOf is null || year is null || target is null)
        {
            return new ParsedCase(id, null, r.Errors, expect, expectError);
        }

        var @case = new EligibilityCase
        {
            Id = id,
            Description = description,
            AsOf = asOf.Value,
            Regime = regime,
            Sector = sector,
            Year = year.Value,
            YearEnd = yearEnd,
            Target = target.Value,
            Person = person,
            Collective = collective,
        };
        return new ParsedCase(id, @case, [], expect, expectError);
    }

    private static ParsedCase Invalid(string? id, string field, string message) =>
        new(id, null, [new ValidationError(field, message)], null, null);

    private static PersonRecord? ReadPerson(FieldReader r, JsonElement element)
    {
        const string path = "person";
        if (element.ValueKind != JsonValueKind.Object)
        {
            r.Error(path, "Phải là một đối tượng JSON.");
            return null;
        }

        var recruitedOn = r.Date(element, "recruitedOn", path, Presence.Required);
        var isLeader = r.Bool(element, "isLeader", path, Presence.Required);
        var gender = r.Code<Gender>(element, "gender", path, Presence.Required, Codes.TryParseGender, "giới tính", "F, M");
        var registered = r.CodeArray<AwardCode>(element, "registered", path, TryParseIndividualTitle, "danh hiệu cá nhân", "LDTT, CSTDCS, CSTDBO, CSTDTQ");
        var years = r.ObjectArray(element, "years", path, (e, p) => ReadPersonYear(r, e, p));
        var awards = r.ObjectArray(element, "awards", path, (e, p) => ReadAward(r, e, p));
        var discipline = r.ObjectArray(element, "discipline", path, (e, p) => ReadDiscipline(r, e, p));
        var pending = r.CodeArray<PendingKind>(element, "pending", path, Codes.TryParsePending, "vụ việc đang chờ", "DISCIPLINE, INVESTIGATION, COMPLAINT");
        if (recruitedOn is null || isLeader is null || gender is null || registered is null || years is null
            || awards is null || discipline is null || pending is null)
        {
            return null;
        }

        return new PersonRecord
        {
            RecruitedOn = recruitedOn.Value,
            IsLeader = isLeader.Value,
            Gender = gender.Value,
            Registered = registered,
            Years = years,
            Awards = awards,
            Discipline = discipline,
            Pending = pending,
        };
    }

    private static PersonYear? ReadPersonYear(FieldReader r, JsonElement element, string path)
    {
        var year = r.Int(element, "year", path, Presence.Required, 1900, 2999);
        var rating = r.Code<Rating>(element, "rating", path, Presence.RequiredNullable, Codes.TryParseRating, "xếp loại", "HTXS, HTT, HT, KHT hoặc null");
        var titles = r.CodeArray<AwardCode>(element, "titles", path, TryParseIndividualTitle, "danh hiệu cá nhân", "LDTT, CSTDCS, CSTDBO, CSTDTQ");
        var initiatives = r.ObjectArray(element, "initiatives", path, (e, p) => ReadInitiative(r, e, p));
        var leave = r.Int(element, "leaveWorkingDays", path, Presence.Required, 0, 366);
        var reason = r.Code<LeaveReason>(element, "leaveReason", path, Presence.OptionalNullable, Codes.TryParseLeaveReason, "lý do nghỉ", "MATERNITY, ILLNESS, WORK_INJURY, TRAINING, OTHER hoặc null");
        if (year is null || titles is null || initiatives is null || leave is null || r.HasErrorAt(path + ".rating") || r.HasErrorAt(path + ".leaveReason"))
        {
            return null;
        }

        return new PersonYear
        {
            Year = year.Value,
            Rating = rating,
            Titles = titles,
            Initiatives = initiatives,
            LeaveWorkingDays = leave.Value,
            LeaveReason = reason,
        };
    }

    private static Initiative? ReadInitiative(FieldReader r, JsonElement element, string path)
    {
        var id = r.String(element, "id", path, Presence.Required);
        if (id is not null && string.IsNullOrWhiteSpace(id))
        {
            r.Error(path + ".id", "Mã sáng kiến không được để trống.");
        }

        var scope = r.Code<InitiativeScope>(element, "scope", path, Presence.Required, Codes.TryParseScope, "phạm vi sáng kiến", "CO_SO, BO, TOAN_QUOC");
        return id is null || scope is null ? null : new Initiative(id, scope.Value);
    }

    private static AwardRecord? ReadAward(FieldReader r, JsonElement element, string path)
    {
        var form = r.Code<AwardCode>(element, "form", path, Presence.Required, TryParseForm, "hình thức khen thưởng", "GK, BKBO, BKTTG, HCLD3, HCLD2, HCLD1, KNC");
        var kind = r.Code<AwardKind>(element, "kind", path, Presence.Required, Codes.TryParseAwardKind, "loại hình khen thưởng", "CONG_TRANG, DOT_XUAT, CHUYEN_DE, CONG_HIEN, NIEN_HAN, DOI_NGOAI");
        var decisionDate = r.Date(element, "decisionDate", path, Presence.Required);
        var from = r.Int(element, "periodFrom", path, Presence.OptionalNullable, 1900, 2999);
        var to = r.Int(element, "periodTo", path, Presence.OptionalNullable, 1900, 2999);
        if (form is null || kind is null || decisionDate is null || r.HasErrorAt(path + ".periodFrom") || r.HasErrorAt(path + ".periodTo"))
        {
            return null;
        }

        return new AwardRecord(form.Value, kind.Value, decisionDate.Value, from, to);
    }

    private static DisciplineRecord? ReadDiscipline(FieldReader r, JsonElement element, string path)
    {
        var level = r.Code<DisciplineLevel>(element, "level", path, Presence.Required, Codes.TryParseDiscipline, "hình thức kỷ luật", "KHIEN_TRACH, CANH_CAO, HA_BAC_LUONG, GIANG_CHUC, CACH_CHUC, BUOC_THOI_VIEC");
        var decidedOn = r.Date(element, "decidedOn", path, Presence.Required);
        var endsOn = r.Date(element, "endsOn", path, Presence.OptionalNullable);
        if (level is null || decidedOn is null || r.HasErrorAt(path + ".endsOn"))
        {
            return null;
        }

        return new DisciplineRecord(level.Value, decidedOn.Value, endsOn);
    }

    private static CollectiveRecord? ReadCollective(FieldReader r, JsonElement element)
    {
        const string path = "collective";
        if (element.ValueKind != JsonValueKind.Object)
        {
            r.Error(path, "Phải là một đối tượng JSON.");
            return null;
        }

        var rating = r.Code<Rating>(element, "rating", path, Presence.RequiredNullable, Codes.TryParseRating, "xếp loại", "HTXS, HTT, HT, KHT hoặc null");
        var members = r.Int(element, "members", path, Presence.Required, 1, 1_000_000);
        var completed = r.Int(element, "membersCompleted", path, Presence.Required, 0, 1_000_000);
        var ldtt = r.Int(element, "membersLdtt", path, Presence.Required, 0, 1_000_000);
        var cstdcs = r.Int(element, "membersCstdcs", path, Presence.Required, 0, 1_000_000);
        var disciplined = r.Int(element, "membersDisciplinedCanhCaoOrHeavier", path, Presence.Required, 0, 1_000_000);
        var leads = r.Bool(element, "leadsCluster", path, Presence.Required);
        var registered = r.CodeArray<AwardCode>(element, "registered", path, TryParseCollectiveTitle, "danh hiệu tập thể", "TTLDTT, TTLDXS, CTDBO, CTDCP");
        var years = r.ObjectArray(element, "years", path, (e, p) => ReadCollectiveYear(r, e, p));
        var awards = r.ObjectArray(element, "awards", path, (e, p) => ReadAward(r, e, p));
        var pending = r.CodeArray<PendingKind>(element, "pending", path, Codes.TryParsePending, "vụ việc đang chờ", "DISCIPLINE, INVESTIGATION, COMPLAINT");
        if (members is null || completed is null || ldtt is null || cstdcs is null || disciplined is null || leads is null
            || registered is null || years is null || awards is null || pending is null || r.HasErrorAt(path + ".rating"))
        {
            return null;
        }

        return new CollectiveRecord
        {
            Rating = rating,
            Members = members.Value,
            MembersCompleted = completed.Value,
            MembersLdtt = ldtt.Value,
            MembersCstdcs = cstdcs.Value,
            MembersDisciplinedCanhCaoOrHeavier = disciplined.Value,
            LeadsCluster = leads.Value,
            Registered = registered,
            Years = years,
            Awards = awards,
            Pending = pending,
        };
    }

    private static CollectiveYear? ReadCollectiveYear(FieldReader r, JsonElement element, string path)
    {
        var year = r.Int(element, "year", path, Presence.Required, 1900, 2999);

        // No rule reads a collective's past ratings: an absent one is taken as not recorded.
        var rating = r.Code<Rating>(element, "rating", path, Presence.OptionalNullable, Codes.TryParseRating, "xếp loại", "HTXS, HTT, HT, KHT hoặc null");
        var titles = r.CodeArray<AwardCode>(element, "titles", path, TryParseCollectiveTitle, "danh hiệu tập thể", "TTLDTT, TTLDXS, CTDBO, CTDCP");
        return year is null || titles is null || r.HasErrorAt(path + ".rating") ? null : new CollectiveYear(year.Value, rating, titles);
    }

    private static (ExpectedResult? Expect, string? Error) ReadExpect(JsonElement element)
    {
        if (!element.TryGetProperty("expect", out var expect) || expect.ValueKind == JsonValueKind.Null)
        {
            return (null, null);
        }

        if (expect.ValueKind != JsonValueKind.Object
            || !expect.TryGetProperty("outcome", out var outcomeElement)
            || outcomeElement.ValueKind != JsonValueKind.String
            || !Codes.TryParseOutcome(outcomeElement.GetString()!, out var outcome))
        {
            return (null, "expect.outcome phải là ELIGIBLE, NOT_ELIGIBLE, SUSPENDED hoặc INVALID.");
        }

        var unmet = new List<string>();
        if (expect.TryGetProperty("unmet", out var unmetElement) && unmetElement.ValueKind != JsonValueKind.Null)
        {
            if (unmetElement.ValueKind != JsonValueKind.Array)
            {
                return (null, "expect.unmet phải là một mảng mã.");
            }

            foreach (var code in unmetElement.EnumerateArray())
            {
                if (code.ValueKind != JsonValueKind.String || !Codes.TryParseUnmet(code.GetString()!, out _))
                {
                    return (null, "expect.unmet chứa mã không hợp lệ: " + code.GetRawText());
                }

                unmet.Add(code.GetString()!);
            }
        }

        return (new ExpectedResult(outcome, unmet), null);
    }

    private static bool TryParseIndividualTitle(string code, out AwardCode value) =>
        Codes.TryParseAward(code, out value) && AwardCodes.IsIndividualTitle(value);

    private static bool TryParseCollectiveTitle(string code, out AwardCode value) =>
        Codes.TryParseAward(code, out value) && AwardCodes.IsCollectiveTitle(value);

    private static bool TryParseForm(string code, out AwardCode value) =>
        Codes.TryParseAward(code, out value) && AwardCodes.IsForm(value);
}
