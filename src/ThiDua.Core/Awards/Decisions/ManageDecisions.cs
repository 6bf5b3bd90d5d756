using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Awards.Regimes;
using ThiDua.Core.Data;
using ThiDua.Core.Organisation.Records;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Awards.Decisions;

/// <summary>Loads a decision with its lines when the actor sees the issuing unit (another unit's id: null → 404).</summary>
internal static class DecisionScope
{
    public static async Task<AwardDecision?> LoadAsync(AppDbContext db, ICurrentUser actor, int id, Shared.Security.Permission permission, CancellationToken ct, bool tracking = true)
    {
        var query = db.AwardDecisions.Include(d => d.IssuingUnit).ThenInclude(u => u.Parent).Include(d => d.Lines).AsSplitQuery();
        var decision = await (tracking ? query : query.AsNoTracking()).FirstOrDefaultAsync(d => d.Id == id, ct);
        return decision is null || !actor.CanAccess(permission, decision.IssuingUnit.Path) ? null : decision;
    }
}

/// <summary>
/// Drafts a decision of an issuing unit: its text (prefilled from the unit and the regime in force on the date) and its
/// awardees (people and collectives of the unit's tree) with their money. The public entry point for the proposals
/// module: "create a decision from approved proposals" passes one <see cref="DecisionLineInput"/> per approved proposal.
/// </summary>
public sealed class CreateDecision(AppDbContext db, ICurrentUser actor, RegimeStore regimes)
{
    public async Task<Result<AwardDecision>> HandleAsync(DecisionInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var issuer = await DecisionRules.IssuingUnitAsync(db, actor, input.IssuingUnitId, ct);
        if (issuer is null)
        {
            return Result<AwardDecision>.NotFound();
        }

        var (content, errors, outOfScope) = await DecisionRules.BuildAsync(db, actor, regimes, issuer, input, ct);
        if (outOfScope)
        {
            return Result<AwardDecision>.NotFound();
        }

        if (content is null)
        {
            return Result<AwardDecision>.Invalid(errors);
        }

        var decision = new AwardDecision(issuer.Id, content);
        db.AwardDecisions.Add(decision);
        await db.SaveChangesAsync(ct);
        return Result<AwardDecision>.Ok(decision);
    }
}

/// <summary>Changes a draft (text and awardees, money recomputed); an issued decision is refused.</summary>
public sealed class UpdateDecision(AppDbContext db, ICurrentUser actor, RegimeStore regimes)
{
    public async Task<Result<AwardDecision>> HandleAsync(int id, DecisionInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var decision = await DecisionScope.LoadAsync(db, actor, id, DecisionsPermissions.Draft, ct);
        if (decision is null)
        {
            return Result<AwardDecision>.NotFound();
        }

        if (decision.Refusal(DecisionAction.Edit) is { } refusal)
        {
            return Result<AwardDecision>.Invalid(new FieldError("Status", refusal));
        }

        var (content, errors, outOfScope) = await DecisionRules.BuildAsync(db, actor, regimes, decision.IssuingUnit, input with { IssuingUnitId = decision.IssuingUnitId }, ct);
        if (outOfScope)
        {
            return Result<AwardDecision>.NotFound();
        }

        if (content is null)
        {
            return Result<AwardDecision>.Invalid(errors);
        }

        db.RemoveRange(decision.Lines);
        decision.Change(content);
        await db.SaveChangesAsync(ct);
        return Result<AwardDecision>.Ok(decision);
    }
}

/// <summary>
/// Issues a draft (a leader of the issuing unit): gives it the next unused number of the unit and year, or the number
/// the leader typed when no decision of the unit and year ever had it (revoked ones included, so a number is never
/// reused); prices every line again with the base salary in force on the date; writes one <see cref="AwardRecord"/> per
/// awardee (source DECISION, linked to its line) in the same transaction (ADR 0022). A title already recognised for
/// the same person or collective and year is refused; nothing is written then.
/// </summary>
public sealed class IssueDecision(AppDbContext db, ICurrentUser actor, RegimeStore regimes, TimeProvider clock, Proposals.ProposalNotifier notifier)
{
    public async Task<Result<AwardDecision>> HandleAsync(int id, int? number = null, CancellationToken ct = default)
    {
        var decision = await DecisionScope.LoadAsync(db, actor, id, DecisionsPermissions.View, ct);
        if (decision is null)
        {
            return Result<AwardDecision>.NotFound();
        }

        if (!actor.CanAccess(DecisionsPermissions.Issue, decision.IssuingUnit.Path))
        {
            return Result<AwardDecision>.Invalid(new FieldError("Status", $"Chỉ lãnh đạo {decision.IssuingUnit.Name} ban hành quyết định khen thưởng của đơn vị."));
        }

        if (decision.Refusal(DecisionAction.Issue) is { } refusal)
        {
            return Result<AwardDecision>.Invalid(new FieldError("Status", refusal));
        }

        if (decision.Lines.Count == 0)
        {
            return Result<AwardDecision>.Invalid(new FieldError("Lines", "Danh sách khen thưởng: cần ít nhất một cá nhân hoặc tập thể."));
        }

        var (proposals, proposalError) = await DecisionProposals.CheckAsync(db, decision, ct);
        if (proposalError is not null)
        {
            return Result<AwardDecision>.Invalid(new FieldError("Lines", proposalError));
        }

        var year = decision.Date.Year;
        var taken = await db.AwardDecisions.AsNoTracking()
            .Where(d => d.IssuingUnitId == decision.IssuingUnitId && d.NumberYear == year && d.Number != null)
            .Select(d => new { Number = d.Number!.Value, d.Date, d.Code }).ToListAsync(ct);
        int chosen;
        if (number is int typed)
        {
            if (typed is < 1 or > 99_999)
            {
                return Result<AwardDecision>.Invalid(new FieldError("Number", $"Số quyết định {typed} không hợp lệ: từ 1 đến 99.999 (đánh số từ 01 hằng năm)."));
            }

            if (taken.FirstOrDefault(t => t.Number == typed) is { } used)
            {
                return Result<AwardDecision>.Invalid(new FieldError("Number", NumberTaken(decision, typed, used.Date, used.Code)));
            }

            chosen = typed;
        }
        else
        {
            chosen = taken.Count == 0 ? 1 : taken.Max(t => t.Number) + 1;
        }

        var catalog = await regimes.CatalogAsync(ct);
        var salary = AwardMoney.InForce(await db.BaseSalaries.AsNoTracking().ToListAsync(ct), decision.Date);
        if (!catalog.TryResolve(decision.Date, out var regime) || salary is null)
        {
            return Result<AwardDecision>.Invalid(new FieldError("Date", $"Ngày quyết định {Shared.VietnameseFormat.Date(decision.Date)}: chưa có chế độ pháp lý hoặc mức lương cơ sở có hiệu lực để tính tiền thưởng."));
        }

        if (!AwardCodes.IsForm(decision.Code) && await TitleTakenAsync(decision, ct) is { } twice)
        {
            return Result<AwardDecision>.Invalid(new FieldError("Lines", twice));
        }

        var coefficient = AwardMoney.Coefficient(regime, decision.Code);
        decision.Price(l => (coefficient, AwardMoney.Amount(coefficient, salary.Amount, decision.Code, l.IsCollective)));
        var now = clock.GetUtcNow().UtcDateTime;
        decision.Issue(chosen, now, actor.ActorName);
        var notation = decision.Notation!;
        foreach (var line in decision.Lines)
        {
            var record = new AwardRecord(line.PersonId, line.UnitId, decision.Code, decision.Kind, decision.PeriodFrom, decision.PeriodTo, notation, decision.Date, decision.IssuerTitle, AwardSource.DECISION);
            record.LinkToDecisionLine(line.Id);
            db.AwardRecords.Add(record);
        }

        // The proposals the lines came from are decided by this decision, in the same save (ADR 0020's last step).
        var mails = new List<Proposals.QueuedMail>();
        foreach (var proposal in proposals)
        {
            proposal.MarkDecided(notation, now);
            mails.AddRange(await notifier.QueueAsync(proposal, Proposals.ProposalAction.Decide, null, now, ct));
        }

        db.RecordEvent("Decision.issued", nameof(AwardDecision), decision.Id.ToString(CultureInfo.InvariantCulture),
            $"Ban hành Quyết định số {notation} ngày {Shared.VietnameseFormat.Date(decision.Date)}: {DecisionRules.AwardName(decision.Code)} cho {decision.Lines.Count} tập thể, cá nhân; "
            + $"tổng tiền thưởng {Shared.VietnameseFormat.Number(decision.Total)} đồng (lương cơ sở {Shared.VietnameseFormat.Number(salary.Amount)} đồng, hệ số {coefficient.ToString("0.##", Shared.VietnameseFormat.Culture)})",
            decision.IssuingUnit.Path);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another leader took the number between the check and the save: the unique index refused it, nothing was written.
            return Result<AwardDecision>.Invalid(new FieldError("Number", NumberTaken(decision, chosen, null, null)));
        }

        await notifier.SendAsync(mails, ct);
        return Result<AwardDecision>.Ok(decision);
    }

    private static string NumberTaken(AwardDecision decision, int number, DateOnly? date, AwardCode? code) =>
        $"Số {DecisionTexts.Notation(number, decision.Symbol)} năm {decision.Date.Year.ToString(CultureInfo.InvariantCulture)} đã được dùng"
        + (date is { } d ? $" cho quyết định ngày {Shared.VietnameseFormat.Date(d)} ({DecisionRules.AwardName(code!.Value)})" : string.Empty)
        + "; số đã cấp không được dùng lại, kể cả khi quyết định đã bị thu hồi. Hãy để trống để lấy số tiếp theo.";

    private async Task<string?> TitleTakenAsync(AwardDecision decision, CancellationToken ct)
    {
        var people = decision.Lines.Where(l => l.PersonId is not null).Select(l => l.PersonId!.Value).ToList();
        var units = decision.Lines.Where(l => l.UnitId is not null).Select(l => l.UnitId!.Value).ToList();
        var existing = await db.AwardRecords.AsNoTracking()
            .Where(a => a.Code == decision.Code && a.RevokedOn == null && a.PeriodFrom <= decision.PeriodTo && a.PeriodTo >= decision.PeriodFrom
                && ((a.PersonId != null && people.Contains(a.PersonId.Value)) || (a.UnitId != null && units.Contains(a.UnitId.Value))))
            .Select(a => new { a.PersonId, a.UnitId, a.DecisionNumber }).FirstOrDefaultAsync(ct);
        if (existing is null)
        {
            return null;
        }

        var line = decision.Lines.First(l => (existing.PersonId != null && l.PersonId == existing.PersonId) || (existing.UnitId != null && l.UnitId == existing.UnitId));
        return $"Dòng {line.Order}: {line.Name} đã được công nhận {CodeNames.Of(decision.Code)} năm {decision.PeriodTo.ToString(CultureInfo.InvariantCulture)} theo quyết định {existing.DecisionNumber}; hãy bỏ khỏi danh sách.";
    }
}

/// <summary>A revocation as sent: the lines (none = the whole decision), the reason, the legal ground, the date and the revoking decision.</summary>
public sealed record RevokeInput(IReadOnlyList<int>? LineIds, string? Reason, string? Ground, DateOnly? On = null, string? Reference = null);

/// <summary>
/// Revokes awards of an issued decision (a leader of the issuing unit; Law chapter VII): one or more awardees, or the
/// whole decision. The reason and the legal ground are required; the lines and their award records are kept and marked
/// (date, reason, ground, reference), and a revoked record no longer counts for later awards.
/// </summary>
public sealed class RevokeDecision(AppDbContext db, ICurrentUser actor, TimeProvider clock)
{
    public async Task<Result<AwardDecision>> HandleAsync(int id, RevokeInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var decision = await DecisionScope.LoadAsync(db, actor, id, DecisionsPermissions.View, ct);
        if (decision is null)
        {
            return Result<AwardDecision>.NotFound();
        }

        if (!actor.CanAccess(DecisionsPermissions.Issue, decision.IssuingUnit.Path))
        {
            return Result<AwardDecision>.Invalid(new FieldError("Status", $"Chỉ lãnh đạo {decision.IssuingUnit.Name} thu hồi khen thưởng của đơn vị."));
        }

        var whole = input.LineIds is null || input.LineIds.Count == 0;
        var errors = new List<FieldError>();
        if (decision.Refusal(whole ? DecisionAction.RevokeAll : DecisionAction.RevokeLine) is { } refusal)
        {
            errors.Add(new FieldError("Status", refusal));
        }

        var reason = input.Reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length < 10)
        {
            errors.Add(new FieldError("Reason", "Lý do thu hồi: bắt buộc, ghi rõ sai phạm (ít nhất 10 ký tự)."));
        }
        else if (reason.Length > 500)
        {
            errors.Add(new FieldError("Reason", "Lý do thu hồi: tối đa 500 ký tự."));
        }

        var ground = DecisionTexts.ParseGround(input.Ground);
        if (ground is null)
        {
            errors.Add(new FieldError("Ground", "Căn cứ thu hồi: chọn KHAI_MAN (khai man thành tích), GIA_MAO (làm giả hồ sơ, giấy tờ) hoặc TRAI_PHAP_LUAT (thẩm định, xét duyệt trái pháp luật)."));
        }

        var today = Shared.VietnameseFormat.Today(clock);
        var on = input.On ?? today;
        if (on < decision.Date || on > today)
        {
            errors.Add(new FieldError("On", $"Ngày thu hồi {Shared.VietnameseFormat.Date(on)}: không trước ngày quyết định ({Shared.VietnameseFormat.Date(decision.Date)}) và không sau hôm nay."));
        }

        if (input.Reference is { Length: > 300 })
        {
            errors.Add(new FieldError("Reference", "Quyết định thu hồi: tối đa 300 ký tự."));
        }

        var lines = new List<DecisionLine>();
        foreach (var lineId in whole ? [] : input.LineIds!.Distinct())
        {
            if (decision.Lines.FirstOrDefault(l => l.Id == lineId) is not { } line)
            {
                errors.Add(new FieldError("LineIds", $"Quyết định không có dòng mã {lineId}."));
            }
            else if (line.RevokedOn is not null)
            {
                errors.Add(new FieldError("LineIds", DecisionTexts.AlreadyRevoked(line)));
            }
            else
            {
                lines.Add(line);
            }
        }

        if (errors.Count > 0)
        {
            return Result<AwardDecision>.Invalid(errors);
        }

        var targets = whole ? decision.Lines.Where(l => l.RevokedOn is null).ToList() : lines;
        var ids = targets.Select(l => (int?)l.Id).ToList();
        var records = await db.AwardRecords.Where(a => a.Source == AwardSource.DECISION && ids.Contains(a.DecisionLineId)).ToListAsync(ct);
        var reference = string.IsNullOrWhiteSpace(input.Reference) ? null : input.Reference.Trim();
        if (whole)
        {
            decision.RevokeAll(on, reason!, ground!.Value, reference);
        }
        else
        {
            foreach (var line in lines)
            {
                decision.RevokeLine(line, on, reason!, ground!.Value, reference);
            }
        }

        foreach (var record in records)
        {
            record.Revoke(on, reason!, DecisionTexts.GroundCode(ground!.Value), reference ?? $"Thu hồi khen thưởng theo Quyết định số {decision.Notation}");
        }

        db.RecordEvent(whole ? "Decision.revoked" : "Decision.lineRevoked", nameof(AwardDecision), decision.Id.ToString(CultureInfo.InvariantCulture),
            $"Thu hồi {(whole ? "toàn bộ " : string.Empty)}khen thưởng theo Quyết định số {decision.Notation}: {string.Join(", ", targets.Select(l => l.Name))}; "
            + $"căn cứ: {DecisionTexts.Ground(ground!.Value)}; lý do: {reason}",
            decision.IssuingUnit.Path);
        await db.SaveChangesAsync(ct);
        return Result<AwardDecision>.Ok(decision);
    }
}
