using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Organisation.People;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Organisation.Records;

public sealed record LeaveInput(int Year, LeaveReason Reason, int WorkingDays);

public sealed record DisciplineInput(DisciplineLevel Level, DateOnly DecidedOn, DateOnly? EndsOn, string? DecisionRef);

public sealed record PendingCaseInput(PendingKind Kind, DateOnly OpenedOn, DateOnly? ClosedOn, string? Note);

public sealed record InitiativeInput(string Title, InitiativeScope Scope, string RecognisedBy, string DecisionNumber, DateOnly DecisionDate, int Year, IReadOnlyList<int> AuthorIds);

public sealed record AwardInput(AwardCode Code, AwardKind Kind, int? PeriodFrom, int? PeriodTo, string DecisionNumber, DateOnly DecisionDate, string Issuer);

public sealed record RevokeAwardInput(DateOnly On, string Reason);

/// <summary>
/// Writes a person's (or a collective's) yearly records: rating, leave, discipline, pending cases, initiatives and
/// awards. Each method is one use case (one save, audited); the person or unit must be manageable by the actor, an
/// id outside the scope is not found.
/// </summary>
public sealed class ManageRecords(AppDbContext db, ICurrentUser actor, TimeProvider clock)
{
    private DateOnly Today => VietnameseFormat.Today(clock);

    /// <summary>Sets (or with null, clears) a person's rating for a year.</summary>
    public async Task<Result<bool>> SetRatingAsync(int personId, int year, Rating? rating, CancellationToken ct = default)
    {
        if (!await PersonInScope(personId, ct))
        {
            return Result<bool>.NotFound();
        }

        if (RecordRules.Year(year, Today) is FieldError error)
        {
            return Result<bool>.Invalid(error);
        }

        var existing = await db.PersonRatings.FirstOrDefaultAsync(r => r.PersonId == personId && r.Year == year, ct);
        switch (existing, rating)
        {
            case (null, Rating r):
                db.PersonRatings.Add(new PersonRating(personId, year, r));
                break;
            case (not null, Rating r):
                existing.Change(r);
                break;
            case (not null, null):
                db.PersonRatings.Remove(existing);
                break;
            default:
                break;
        }

        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    public async Task<Result<LeaveRecord>> SaveLeaveAsync(int personId, LeaveInput input, CancellationToken ct = default)
    {
        if (!await PersonInScope(personId, ct))
        {
            return Result<LeaveRecord>.NotFound();
        }

        var errors = new[] { RecordRules.Year(input.Year, Today), RecordRules.LeaveDays(input.WorkingDays) }.OfType<FieldError>().ToList();
        if (errors.Count > 0)
        {
            return Result<LeaveRecord>.Invalid(errors);
        }

        var record = await db.LeaveRecords.FirstOrDefaultAsync(r => r.PersonId == personId && r.Year == input.Year && r.Reason == input.Reason, ct);
        if (record is null)
        {
            record = new LeaveRecord(personId, input.Year, input.Reason, input.WorkingDays);
            db.LeaveRecords.Add(record);
        }
        else
        {
            record.Change(input.WorkingDays);
        }

        await db.SaveChangesAsync(ct);
        return Result<LeaveRecord>.Ok(record);
    }

    public async Task<Result<DisciplineRecord>> SaveDisciplineAsync(int personId, DisciplineInput input, CancellationToken ct = default)
    {
        if (!await PersonInScope(personId, ct))
        {
            return Result<DisciplineRecord>.NotFound();
        }

        var errors = new[]
        {
            RecordRules.NotFuture(input.DecidedOn, Today, "DecidedOn", "Ngày quyết định kỷ luật"),
            RecordRules.Period(input.DecidedOn, input.EndsOn, "EndsOn", "Ngày hết thời hạn kỷ luật"),
            RecordRules.Text(input.DecisionRef, 100, "DecisionRef", "Số quyết định", required: false),
        }.OfType<FieldError>().ToList();
        if (errors.Count > 0)
        {
            return Result<DisciplineRecord>.Invalid(errors);
        }

        var record = await db.DisciplineRecords.FirstOrDefaultAsync(r => r.PersonId == personId && r.DecidedOn == input.DecidedOn && r.Level == input.Level, ct);
        if (record is null)
        {
            record = new DisciplineRecord(personId, input.Level, input.DecidedOn, input.EndsOn, input.DecisionRef);
            db.DisciplineRecords.Add(record);
        }
        else
        {
            record.Change(input.EndsOn, input.DecisionRef);
        }

        await db.SaveChangesAsync(ct);
        return Result<DisciplineRecord>.Ok(record);
    }

    public async Task<Result<PendingCase>> SavePendingCaseAsync(int personId, PendingCaseInput input, CancellationToken ct = default)
    {
        if (!await PersonInScope(personId, ct))
        {
            return Result<PendingCase>.NotFound();
        }

        var errors = new[]
        {
            RecordRules.NotFuture(input.OpenedOn, Today, "OpenedOn", "Ngày bắt đầu"),
            RecordRules.Period(input.OpenedOn, input.ClosedOn, "ClosedOn", "Ngày kết thúc"),
            RecordRules.Text(input.Note, 500, "Note", "Ghi chú", required: false),
        }.OfType<FieldError>().ToList();
        if (errors.Count > 0)
        {
            return Result<PendingCase>.Invalid(errors);
        }

        var record = await db.PendingCases.FirstOrDefaultAsync(r => r.PersonId == personId && r.Kind == input.Kind && r.OpenedOn == input.OpenedOn, ct);
        if (record is null)
        {
            record = new PendingCase(personId, input.Kind, input.OpenedOn, input.ClosedOn, input.Note);
            db.PendingCases.Add(record);
        }
        else
        {
            record.Change(input.ClosedOn, input.Note);
        }

        await db.SaveChangesAsync(ct);
        return Result<PendingCase>.Ok(record);
    }

    /// <summary>Adds an initiative (or updates the one with the same decision number and title); every author must be in scope.</summary>
    public async Task<Result<Initiative>> SaveInitiativeAsync(InitiativeInput input, CancellationToken ct = default)
    {
        if (input.AuthorIds.Count == 0)
        {
            return Result<Initiative>.Invalid(new FieldError("AuthorIds", "Sáng kiến cần ít nhất một tác giả."));
        }

        var authorIds = input.AuthorIds.Distinct().ToList();
        var inScope = await db.People.InScope(actor.ScopePaths(OrganisationPermissions.Manage)).CountAsync(p => authorIds.Contains(p.Id), ct);
        if (inScope != authorIds.Count)
        {
            return Result<Initiative>.NotFound();
        }

        var errors = new[]
        {
            RecordRules.Text(input.Title, 500, "Title", "Tên sáng kiến"),
            RecordRules.Text(input.RecognisedBy, 300, "RecognisedBy", "Cơ quan công nhận"),
            RecordRules.Text(input.DecisionNumber, 100, "DecisionNumber", "Số quyết định công nhận"),
            RecordRules.NotFuture(input.DecisionDate, Today, "DecisionDate", "Ngày quyết định"),
            RecordRules.Year(input.Year, Today),
        }.OfType<FieldError>().ToList();
        if (errors.Count > 0)
        {
            return Result<Initiative>.Invalid(errors);
        }

        var title = input.Title.Trim().Normalize(System.Text.NormalizationForm.FormC);
        var number = input.DecisionNumber.Trim();
        var initiative = await db.Initiatives.Include(i => i.Authors).FirstOrDefaultAsync(i => i.DecisionNumber == number && i.Title == title, ct);
        if (initiative is null)
        {
            initiative = new Initiative(title, input.Scope, input.RecognisedBy, number, input.DecisionDate, input.Year);
            db.Initiatives.Add(initiative);
        }
        else
        {
            initiative.Change(input.Scope, input.RecognisedBy, input.DecisionDate, input.Year);
        }

        foreach (var authorId in authorIds)
        {
            initiative.AddAuthor(authorId);
        }

        await db.SaveChangesAsync(ct);
        return Result<Initiative>.Ok(initiative);
    }

    /// <summary>Records an award already received by a person (<paramref name="personId"/>) or a collective (<paramref name="unitId"/>).</summary>
    public async Task<Result<AwardRecord>> AddAwardAsync(int? personId, int? unitId, AwardInput input, CancellationToken ct = default)
    {
        if ((personId is null) == (unitId is null))
        {
            return Result<AwardRecord>.Invalid(new FieldError("PersonId", "Khen thưởng trao cho một cá nhân hoặc một tập thể."));
        }

        if (personId is int p ? !await PersonInScope(p, ct) : !await UnitInScope(unitId!.Value, ct))
        {
            return Result<AwardRecord>.NotFound();
        }

        var errors = new[]
        {
            RecordRules.AwardFits(input.Code, personId is not null),
            RecordRules.AwardPeriod(input.PeriodFrom, input.PeriodTo, Today),
            RecordRules.Text(input.DecisionNumber, 100, "DecisionNumber", "Số quyết định"),
            RecordRules.Text(input.Issuer, 300, "Issuer", "Cấp quyết định"),
            RecordRules.NotFuture(input.DecisionDate, Today, "DecisionDate", "Ngày quyết định"),
        }.OfType<FieldError>().ToList();
        var number = input.DecisionNumber?.Trim() ?? string.Empty;
        if (errors.Count == 0 && await db.AwardRecords.AnyAsync(a => a.PersonId == personId && a.UnitId == unitId && a.Code == input.Code && a.DecisionNumber == number, ct))
        {
            errors.Add(new FieldError("DecisionNumber", $"Đã có khen thưởng {CodeOf<AwardCode>.Code(input.Code)} theo quyết định “{number}”."));
        }

        if (errors.Count > 0)
        {
            return Result<AwardRecord>.Invalid(errors);
        }

        var record = new AwardRecord(personId, unitId, input.Code, input.Kind, input.PeriodFrom, input.PeriodTo, number, input.DecisionDate, input.Issuer!, AwardSource.HISTORIC);
        db.AwardRecords.Add(record);
        await db.SaveChangesAsync(ct);
        return Result<AwardRecord>.Ok(record);
    }

    /// <summary>Revokes an award (thu hồi): kept and marked, it stops counting.</summary>
    public async Task<Result<AwardRecord>> RevokeAwardAsync(int awardId, RevokeAwardInput input, CancellationToken ct = default)
    {
        var award = await db.AwardRecords.FirstOrDefaultAsync(a => a.Id == awardId, ct);
        if (award is null || (award.PersonId is int p ? !await PersonInScope(p, ct) : !await UnitInScope(award.UnitId!.Value, ct)))
        {
            return Result<AwardRecord>.NotFound();
        }

        var errors = new[]
        {
            RecordRules.Text(input.Reason, 500, "Reason", "Lý do thu hồi"),
            award.RevokedOn is null ? null : new FieldError("On", $"Khen thưởng đã bị thu hồi ngày {award.RevokedOn:dd/MM/yyyy}."),
            input.On < award.DecisionDate ? new FieldError("On", "Ngày thu hồi phải sau ngày quyết định khen thưởng.") : null,

            // An award issued by a ThiDua decision is revoked on the decision (ADR 0022), so that the line, the record
            // and the audit trail say the same, with the legal ground.
            award.Source == AwardSource.DECISION
                ? new FieldError("Reason", $"Khen thưởng này do Quyết định số {award.DecisionNumber} ban hành trong ThiDua: hãy thu hồi trên trang của quyết định (Khen thưởng → Quyết định khen thưởng), kèm căn cứ thu hồi.")
                : null,
        }.OfType<FieldError>().ToList();
        if (errors.Count > 0)
        {
            return Result<AwardRecord>.Invalid(errors);
        }

        award.Revoke(input.On, input.Reason);
        await db.SaveChangesAsync(ct);
        return Result<AwardRecord>.Ok(award);
    }

    public async Task<Result<bool>> SetUnitRatingAsync(int unitId, int year, Rating? rating, CancellationToken ct = default)
    {
        if (!await UnitInScope(unitId, ct))
        {
            return Result<bool>.NotFound();
        }

        if (RecordRules.Year(year, Today) is FieldError error)
        {
            return Result<bool>.Invalid(error);
        }

        var existing = await db.UnitRatings.FirstOrDefaultAsync(r => r.UnitId == unitId && r.Year == year, ct);
        if (existing is null && rating is Rating r)
        {
            db.UnitRatings.Add(new UnitRating(unitId, year, r));
        }
        else if (existing is not null && rating is Rating changed)
        {
            existing.Change(changed);
        }
        else if (existing is not null)
        {
            db.UnitRatings.Remove(existing);
        }

        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    /// <summary>Deletes one record of a person (a mistake); awards are revoked, not deleted.</summary>
    public async Task<Result<bool>> DeleteAsync(int personId, RecordKind kind, int id, CancellationToken ct = default)
    {
        if (!await PersonInScope(personId, ct))
        {
            return Result<bool>.NotFound();
        }

        object? record = kind switch
        {
            RecordKind.Leave => await db.LeaveRecords.FirstOrDefaultAsync(r => r.Id == id && r.PersonId == personId, ct),
            RecordKind.Discipline => await db.DisciplineRecords.FirstOrDefaultAsync(r => r.Id == id && r.PersonId == personId, ct),
            RecordKind.PendingCase => await db.PendingCases.FirstOrDefaultAsync(r => r.Id == id && r.PersonId == personId, ct),
            RecordKind.Initiative => await db.InitiativeAuthors.FirstOrDefaultAsync(r => r.InitiativeId == id && r.PersonId == personId, ct),
            _ => null,
        };
        if (record is null)
        {
            return Result<bool>.NotFound();
        }

        db.Remove(record);
        if (record is InitiativeAuthor author && !await db.InitiativeAuthors.AnyAsync(a => a.InitiativeId == author.InitiativeId && a.PersonId != personId, ct))
        {
            // The last author removed: the initiative itself was entered by mistake.
            db.Initiatives.Remove(await db.Initiatives.FirstAsync(i => i.Id == author.InitiativeId, ct));
        }

        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }

    private Task<bool> PersonInScope(int personId, CancellationToken ct) =>
        db.People.InScope(actor.ScopePaths(OrganisationPermissions.Manage)).AnyAsync(p => p.Id == personId, ct);

    private Task<bool> UnitInScope(int unitId, CancellationToken ct) =>
        db.Units.InScope(actor.ScopePaths(OrganisationPermissions.Manage)).AnyAsync(u => u.Id == unitId, ct);
}

/// <summary>Records that can be deleted one by one from a person's profile.</summary>
public enum RecordKind
{
    Leave,
    Discipline,
    PendingCase,
    Initiative,
}
