using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Awards.Regimes;
using ThiDua.Core.Data;
using ThiDua.Core.Documents;
using ThiDua.Core.Organisation;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Awards.Decisions;

/// <summary>An awardee as sent: a person or a collective, by id or by code (e.g. "LSN-0100", "LSN-KV1"); the proposal it came from.</summary>
public sealed record DecisionLineInput(int? PersonId = null, int? UnitId = null, string? Code = null, int? ProposalId = null);

/// <summary>
/// A draft as sent by the page, the API or (later) the proposals: the codes as text ("GK", "CONG_TRANG", "KT"); what is
/// left empty is prefilled from the issuing unit and the regime in force on the date (legal bases, issuer, fund, recipients).
/// </summary>
public sealed record DecisionInput(
    int IssuingUnitId,
    DateOnly? Date,
    string? Code,
    string? Kind = null,
    int? PeriodFrom = null,
    int? PeriodTo = null,
    string? Achievement = null,
    string? IssuerTitle = null,
    IReadOnlyList<string>? LegalBases = null,
    string? ProposedBy = null,
    string? SignerForm = null,
    string? SignerPosition = null,
    string? SignerName = null,
    string? SignerPrincipal = null,
    IReadOnlyList<string>? Recipients = null,
    string? Fund = null,
    string? Executors = null,
    IReadOnlyList<DecisionLineInput>? Lines = null);

/// <summary>Checks a draft and builds its content (names, money) from the database; one message per field or row.</summary>
internal static class DecisionRules
{
    public const int MaxLines = 5000;

    /// <summary>The issuing unit when the actor may draft there; null for another unit's (not found).</summary>
    public static async Task<OrgUnit?> IssuingUnitAsync(AppDbContext db, ICurrentUser actor, int unitId, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().Include(u => u.Parent).FirstOrDefaultAsync(u => u.Id == unitId, ct);
        return unit is null || !actor.CanAccess(DecisionsPermissions.Draft, unit.Path) ? null : unit;
    }

    /// <summary>The symbol after the number: "QĐ-THADS" for a provincial agency, "QĐ-PTHADS" for a regional office.</summary>
    public static string Symbol(OrgUnit unit) => "QĐ-" + IssuerCodes.Of(unit);

    /// <summary>"Trưởng Thi hành án dân sự tỉnh Lạng Sơn", "Cục trưởng Cục …", "Bộ trưởng Bộ Tư pháp".</summary>
    public static string DefaultIssuerTitle(OrgUnit unit) => unit.Kind switch
    {
        UnitKind.MINISTRY => "Bộ trưởng " + unit.Name,
        UnitKind.CENTRAL => "Cục trưởng " + unit.Name,
        _ => "Trưởng " + unit.Name,
    };

    /// <summary>The legal bases of the regime in force on the date, and for a title the year's assessment.</summary>
    public static IReadOnlyList<string> DefaultLegalBases(Eligibility.Regimes.RegimeParameters regime, AwardCode code, int year)
    {
        var bases = regime.Sources.Select(s => "Căn cứ " + Cited(s.IndexOf(" (", StringComparison.Ordinal) is var at and > 0 ? s[..at] : s)).ToList();
        if (!AwardCodes.IsForm(code))
        {
            bases.Add($"Căn cứ kết quả đánh giá, xếp loại và bình xét thi đua năm {year.ToString(CultureInfo.InvariantCulture)}");
        }

        return bases;
    }

    /// <summary>"Luật Thi đua, khen thưởng 06/2022/QH15" → "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022"; "Nghị định 152/…" → "Nghị định số 152/…".</summary>
    private static string Cited(string source)
    {
        if (source.StartsWith("Luật Thi đua, khen thưởng 06/2022/QH15", StringComparison.Ordinal))
        {
            return "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022";
        }

        foreach (var kind in new[] { "Nghị định ", "Thông tư ", "Quyết định " })
        {
            if (source.StartsWith(kind, StringComparison.Ordinal) && source.Length > kind.Length && char.IsDigit(source[kind.Length]))
            {
                return kind + "số " + source[kind.Length..];
            }
        }

        return source;
    }

    /// <summary>The award's name as the decision writes it: "Giấy khen", "danh hiệu Lao động tiên tiến".</summary>
    public static string AwardName(AwardCode code) => AwardCodes.IsForm(code) ? CodeNames.Of(code) : "danh hiệu " + CodeNames.Of(code);

    public static async Task<(DecisionContent? Content, List<FieldError> Errors, bool OutOfScope)> BuildAsync(
        AppDbContext db, ICurrentUser actor, RegimeStore regimes, OrgUnit issuer, DecisionInput input, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        void Error(string field, string message) => errors.Add(new FieldError(field, message));
        string? Text(string? value, string field, string label, int max, bool required)
        {
            var text = value?.Trim().Normalize(System.Text.NormalizationForm.FormC);
            if (string.IsNullOrEmpty(text))
            {
                if (required)
                {
                    Error(field, $"{label}: không được để trống.");
                }

                return null;
            }

            if (text.Length > max)
            {
                Error(field, $"{label}: tối đa {max.ToString("#,0", Shared.VietnameseFormat.Culture)} ký tự.");
            }

            return text;
        }

        if (input.Date is not { } date)
        {
            Error("Date", "Ngày quyết định: không được để trống.");
            date = default;
        }
        else if (date.Year is < 2000 or > 2999)
        {
            Error("Date", $"Ngày quyết định {Shared.VietnameseFormat.Date(date)} không hợp lệ.");
        }

        AwardCode code = default;
        if (!CodeOf<AwardCode>.TryParse(input.Code, out code))
        {
            Error("Code", string.IsNullOrWhiteSpace(input.Code)
                ? "Danh hiệu/hình thức khen thưởng: không được để trống."
                : $"Danh hiệu/hình thức khen thưởng '{input.Code}' không có: dùng một mã như GK, BKBO, LDTT, CSTDCS, TTLDTT, TTLDXS.");
        }

        var kind = AwardKind.CongTrang;
        if (!string.IsNullOrWhiteSpace(input.Kind) && !CodeOf<AwardKind>.TryParse(input.Kind, out kind))
        {
            Error("Kind", $"Loại khen thưởng '{input.Kind}' không có: CONG_TRANG, DOT_XUAT, CHUYEN_DE, CONG_HIEN, NIEN_HAN hoặc DOI_NGOAI.");
        }

        var periodFrom = input.PeriodFrom ?? (date == default ? 0 : Shared.EmulationYear.LastFinished(date));
        var periodTo = input.PeriodTo ?? periodFrom;
        if (date != default && (periodFrom is < 2000 or > 2999 || periodTo < periodFrom || periodTo > Shared.EmulationYear.Of(date)))
        {
            Error("PeriodFrom", $"Năm thành tích {periodFrom}–{periodTo} không hợp lệ: từ năm 2000, năm cuối không trước năm đầu và không sau năm của ngày quyết định.");
        }

        var achievement = Text(input.Achievement, "Achievement", "Thành tích", 2000, required: true);
        var issuerTitle = Text(input.IssuerTitle, "IssuerTitle", "Thẩm quyền ban hành", 300, required: false) ?? DefaultIssuerTitle(issuer);
        var proposedBy = Text(input.ProposedBy, "ProposedBy", "Theo đề nghị của", 500, required: false)
            ?? $"Theo đề nghị của Hội đồng Thi đua – Khen thưởng {issuer.Name}";
        var signerPosition = Text(input.SignerPosition, "SignerPosition", "Chức vụ người ký", 200, required: true);
        var signerName = Text(input.SignerName, "SignerName", "Họ và tên người ký", 200, required: true);
        var principal = Text(input.SignerPrincipal, "SignerPrincipal", "Thay mặt/ký thay cho", 200, required: false);
        var form = AuthorityForm.Direct;
        if (!string.IsNullOrWhiteSpace(input.SignerForm)
            && !(Enum.TryParse(input.SignerForm.Trim().TrimEnd('.'), ignoreCase: true, out form) && Enum.IsDefined(form)))
        {
            Error("SignerForm", $"Thể thức ký '{input.SignerForm}' không có: để trống (ký trực tiếp), KT, TM, Q, TL hoặc TUQ.");
        }
        else if (form is AuthorityForm.KT or AuthorityForm.TM or AuthorityForm.TL or AuthorityForm.TUQ && principal is null)
        {
            Error("SignerPrincipal", $"Thể thức {form}. cần ghi chức vụ của người đứng đầu hoặc tên tập thể (ví dụ \"{form}. TRƯỞNG\").");
        }

        var fund = Text(input.Fund, "Fund", "Nguồn chi tiền thưởng", 500, required: false)
            ?? $"Quỹ thi đua, khen thưởng năm {(date == default ? 0 : date.Year).ToString(CultureInfo.InvariantCulture)} của {issuer.Name}";
        var executors = Text(input.Executors, "Executors", "Người thi hành (Điều 3)", 500, required: false)
            ?? "Chánh Văn phòng, Trưởng các phòng chuyên môn, Kế toán trưởng";
        var recipients = (input.Recipients ?? []).Select(r => r?.Trim()).Where(r => !string.IsNullOrEmpty(r)).Select(r => r!).ToList();
        if (recipients.Count == 0)
        {
            recipients = ["Như Điều 3", "Lãnh đạo đơn vị"];
        }

        if (recipients.Any(r => r.Length > 300))
        {
            Error("Recipients", "Nơi nhận: mỗi dòng tối đa 300 ký tự.");
        }

        // The regime and the base salary in force on the date give the legal bases and the money.
        Eligibility.Regimes.RegimeParameters? regime = null;
        BaseSalary? salary = null;
        if (date != default && date.Year is >= 2000 and <= 2999)
        {
            var catalog = await regimes.CatalogAsync(ct);
            if (!catalog.TryResolve(date, out regime))
            {
                Error("Date", $"Ngày quyết định {Shared.VietnameseFormat.Date(date)}: không có chế độ pháp lý nào có hiệu lực để tính tiền thưởng.");
            }

            salary = AwardMoney.InForce(await db.BaseSalaries.AsNoTracking().ToListAsync(ct), date);
            if (salary is null)
            {
                Error("Date", $"Ngày quyết định {Shared.VietnameseFormat.Date(date)}: chưa có mức lương cơ sở nào có hiệu lực từ ngày này trở về trước (xem trang Mức lương cơ sở).");
            }
        }

        var bases = (input.LegalBases ?? []).Select(b => b?.Trim().TrimEnd(';', '.', ',').Trim()).Where(b => !string.IsNullOrEmpty(b)).Select(b => b!).ToList();
        if (bases.Count == 0 && regime is not null && errors.All(e => e.Field != "Code"))
        {
            bases = [.. DefaultLegalBases(regime, code, periodTo)];
        }

        if (bases.Any(b => b.Length > 1000))
        {
            Error("LegalBases", "Căn cứ: mỗi dòng tối đa 1.000 ký tự.");
        }

        var (lines, outOfScope) = await LinesAsync(db, actor, issuer, input.Lines ?? [], code, errors.Any(e => e.Field == "Code"), errors, ct);
        if (outOfScope)
        {
            return (null, errors, true);
        }

        if (errors.Count > 0)
        {
            return (null, errors, false);
        }

        var coefficient = AwardMoney.Coefficient(regime!, code);
        var priced = lines.Select(l => l with
        {
            Coefficient = coefficient,
            Amount = AwardMoney.Amount(coefficient, salary!.Amount, code, l.UnitId is not null),
        }).ToList();
        return (new DecisionContent(Symbol(issuer), date, code, kind, periodFrom, periodTo, achievement!, issuerTitle, bases, proposedBy, form,
            signerPosition!, signerName!, principal, recipients, fund, executors, priced), errors, false);
    }

    /// <summary>
    /// The awardees: each a person or a collective of the issuing unit's tree, once; a person or unit outside the
    /// actor's scope makes the whole request not found (another province's id answers 404).
    /// </summary>
    private static async Task<(List<DecisionLineContent> Lines, bool OutOfScope)> LinesAsync(
        AppDbContext db, ICurrentUser actor, OrgUnit issuer, IReadOnlyList<DecisionLineInput> input, AwardCode code, bool codeUnknown, List<FieldError> errors, CancellationToken ct)
    {
        var lines = new List<DecisionLineContent>();
        if (input.Count == 0)
        {
            errors.Add(new FieldError("Lines", "Danh sách khen thưởng: cần ít nhất một cá nhân hoặc tập thể."));
            return (lines, false);
        }

        if (input.Count > MaxLines)
        {
            errors.Add(new FieldError("Lines", $"Danh sách khen thưởng: tối đa {MaxLines.ToString("#,0", Shared.VietnameseFormat.Culture)} dòng trong một quyết định."));
            return (lines, false);
        }

        var personIds = input.Where(l => l.PersonId is not null).Select(l => l.PersonId!.Value).Distinct().ToList();
        var unitIds = input.Where(l => l.UnitId is not null).Select(l => l.UnitId!.Value).Distinct().ToList();
        var codes = input.Where(l => l.PersonId is null && l.UnitId is null && !string.IsNullOrWhiteSpace(l.Code)).Select(l => l.Code!.Trim().ToUpperInvariant()).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id) || codes.Contains(p.Code))
            .Select(p => new { p.Id, p.Code, p.FullName, p.Position, UnitName = p.Unit.Name, UnitPath = p.Unit.Path }).ToListAsync(ct);
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id) || codes.Contains(u.Code))
            .Select(u => new { u.Id, u.Code, u.Name, u.Path, ParentName = u.Parent == null ? null : u.Parent.Name }).ToListAsync(ct);
        // A line's proposal (foreign key): one the actor sees (another's or an unknown id: not found), for the same subject.
        var proposalIds = input.Where(l => l.ProposalId is not null).Select(l => l.ProposalId!.Value).Distinct().ToList();
        var proposals = proposalIds.Count == 0 ? [] : await Proposals.ProposalScope.Visible(db, actor).AsNoTracking().Where(p => proposalIds.Contains(p.Id))
            .Select(p => new { p.Id, p.PersonId, p.SubjectUnitId, p.SubjectName }).ToDictionaryAsync(p => p.Id, ct);
        if (proposalIds.Any(id => !proposals.ContainsKey(id)))
        {
            return (lines, true);
        }

        var seen = new HashSet<(bool, int)>();
        for (var i = 0; i < input.Count; i++)
        {
            var line = input[i];
            var row = $"Dòng {i + 1}";
            var field = $"Lines[{i}]";
            var person = line.PersonId is int pid ? people.FirstOrDefault(p => p.Id == pid)
                : line.UnitId is null && line.Code is not null ? people.FirstOrDefault(p => string.Equals(p.Code, line.Code.Trim(), StringComparison.OrdinalIgnoreCase)) : null;
            var unit = line.UnitId is int uid ? units.FirstOrDefault(u => u.Id == uid)
                : line.PersonId is null && person is null && line.Code is not null ? units.FirstOrDefault(u => string.Equals(u.Code, line.Code.Trim(), StringComparison.OrdinalIgnoreCase)) : null;
            if (line.PersonId is not null && line.UnitId is not null)
            {
                errors.Add(new FieldError(field, $"{row}: một dòng là một cá nhân hoặc một tập thể, không phải cả hai."));
                continue;
            }

            if ((line.PersonId is not null && person is null) || (line.UnitId is not null && unit is null))
            {
                return (lines, true);
            }

            if (person is null && unit is null)
            {
                errors.Add(new FieldError(field, line.Code is null
                    ? $"{row}: chọn một cá nhân hoặc một tập thể."
                    : $"{row}: không có cá nhân hoặc tập thể mã '{line.Code.Trim()}'."));
                continue;
            }

            var path = person?.UnitPath ?? unit!.Path;
            if (!actor.CanAccess(DecisionsPermissions.Draft, path))
            {
                return (lines, true);
            }

            var name = person?.FullName ?? unit!.Name;
            if (!path.StartsWith(issuer.Path, StringComparison.Ordinal))
            {
                errors.Add(new FieldError(field, $"{row}: {name} không thuộc {issuer.Name}; đơn vị chỉ khen thưởng cá nhân, tập thể của mình."));
                continue;
            }

            if (!codeUnknown)
            {
                if (person is not null && AwardCodes.IsCollectiveTitle(code))
                {
                    errors.Add(new FieldError(field, $"{row}: {CodeNames.Of(code)} là danh hiệu tập thể, không tặng cho cá nhân {name}."));
                    continue;
                }

                if (unit is not null && AwardCodes.IsIndividualTitle(code))
                {
                    errors.Add(new FieldError(field, $"{row}: {CodeNames.Of(code)} là danh hiệu cá nhân, không tặng cho tập thể {name}."));
                    continue;
                }
            }

            if (line.ProposalId is int proposalId && proposals[proposalId] is var proposal
                && (person is not null ? proposal.PersonId != person.Id : proposal.PersonId is not null || proposal.SubjectUnitId != unit!.Id))
            {
                errors.Add(new FieldError(field, $"{row}: đề nghị mã {proposalId} là đề nghị khen thưởng {proposal.SubjectName}, không phải {name}."));
                continue;
            }

            if (!seen.Add((person is not null, person?.Id ?? unit!.Id)))
            {
                errors.Add(new FieldError(field, $"{row}: {name} đã có trong danh sách."));
                continue;
            }

            lines.Add(person is not null
                ? new DecisionLineContent(person.Id, null, person.FullName, $"{person.Position}, {person.UnitName}", line.ProposalId, 0, 0)
                : new DecisionLineContent(null, unit!.Id, unit.Name, unit.ParentName ?? string.Empty, line.ProposalId, 0, 0));
        }

        return (lines, false);
    }
}
