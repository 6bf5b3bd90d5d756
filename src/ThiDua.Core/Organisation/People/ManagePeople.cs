using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Organisation.Records;
using ThiDua.Core.Organisation.Units;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Organisation.People;

public sealed record PersonInput(
    string Code,
    string FullName,
    Gender Gender,
    DateOnly? BirthDate,
    int UnitId,
    string Position,
    LeadershipLevel Leadership,
    DateOnly? RecruitedOn,
    string? NationalId);

/// <summary>Checks shared by the person form, the API and the import.</summary>
public static partial class PersonRules
{
    [GeneratedRegex("^[0-9]{12}$")]
    private static partial Regex NationalIdPattern();

    public static bool IsValidNationalId(string? id) => NationalIdPattern().IsMatch(id?.Trim() ?? string.Empty);

    public static List<FieldError> Validate(PersonInput input, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (!EntityCodes.IsValid(input.Code))
        {
            errors.Add(new FieldError("Code", "Mã công chức gồm chữ không dấu, số, dấu chấm, gạch ngang; tối đa 32 ký tự."));
        }

        if (string.IsNullOrWhiteSpace(input.FullName) || input.FullName.Trim().Length > 200)
        {
            errors.Add(new FieldError("FullName", "Họ và tên là bắt buộc, tối đa 200 ký tự."));
        }

        if (!Enum.IsDefined(input.Gender))
        {
            errors.Add(new FieldError("Gender", "Giới tính phải là Nam (M) hoặc Nữ (F)."));
        }

        if (input.BirthDate is DateOnly birth && (birth > today.AddYears(-15) || birth < today.AddYears(-80)))
        {
            errors.Add(new FieldError("BirthDate", $"Ngày sinh {birth:dd/MM/yyyy} không hợp lý (tuổi phải từ 15 đến 80)."));
        }

        if (input.RecruitedOn is DateOnly recruited && recruited > today)
        {
            errors.Add(new FieldError("RecruitedOn", $"Ngày tuyển dụng {recruited:dd/MM/yyyy} ở tương lai."));
        }
        else if (input.RecruitedOn is DateOnly hired && input.BirthDate is DateOnly born && hired < born.AddYears(15))
        {
            errors.Add(new FieldError("RecruitedOn", $"Ngày tuyển dụng {hired:dd/MM/yyyy} sớm hơn ngày đủ 15 tuổi ({born.AddYears(15):dd/MM/yyyy})."));
        }

        if ((input.Position?.Length ?? 0) > 200)
        {
            errors.Add(new FieldError("Position", "Chức vụ tối đa 200 ký tự."));
        }

        if (!Enum.IsDefined(input.Leadership))
        {
            errors.Add(new FieldError("Leadership", "Cấp lãnh đạo không hợp lệ."));
        }

        if (!string.IsNullOrWhiteSpace(input.NationalId) && !IsValidNationalId(input.NationalId))
        {
            errors.Add(new FieldError("NationalId", "Số định danh cá nhân gồm đúng 12 chữ số."));
        }

        return errors;
    }

    internal static async Task<Person?> FindManageableAsync(AppDbContext db, ICurrentUser actor, int id, CancellationToken ct) =>
        await db.People.InScope(actor.ScopePaths(OrganisationPermissions.Manage)).Include(p => p.Unit).FirstOrDefaultAsync(p => p.Id == id, ct);
}

/// <summary>Adds a person to a unit the actor manages, with their first assignment.</summary>
public sealed class CreatePerson(AppDbContext db, ICurrentUser actor, TimeProvider clock)
{
    public async Task<Result<Person>> HandleAsync(PersonInput input, CancellationToken ct = default)
    {
        var today = VietnameseFormat.Today(clock);
        var errors = PersonRules.Validate(input, today);
        var unit = await UnitRules.FindManageableAsync(db, actor, input.UnitId, ct);
        if (unit is null)
        {
            return Result<Person>.NotFound();
        }

        if (unit.ValidTo is not null)
        {
            errors.Add(new FieldError("UnitId", $"Đơn vị “{unit.Name}” đã ngừng hoạt động."));
        }

        var code = input.Code.Trim().ToUpperInvariant();
        if (errors.Count == 0 && await db.People.AnyAsync(p => p.Code == code, ct))
        {
            errors.Add(new FieldError("Code", $"Mã công chức “{code}” đã có."));
        }

        var nationalId = input.NationalId?.Trim();
        if (errors.Count == 0 && !string.IsNullOrEmpty(nationalId) && await db.People.AnyAsync(p => p.NationalId == nationalId, ct))
        {
            errors.Add(new FieldError("NationalId", "Số định danh cá nhân này đã thuộc về một người khác."));
        }

        if (errors.Count > 0)
        {
            return Result<Person>.Invalid(errors);
        }

        await using var transaction = await db.BeginOwnedTransactionAsync(ct);
        var person = new Person(code, input.FullName, input.Gender, input.BirthDate, unit, input.Position ?? string.Empty, input.Leadership, input.RecruitedOn);
        person.SetDetails(input.Gender, input.BirthDate, input.RecruitedOn, nationalId);
        db.People.Add(person);
        await db.SaveChangesAsync(ct);
        db.Assignments.Add(new PersonAssignment(person.Id, unit.Id, person.Position, person.Leadership, input.RecruitedOn ?? today));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result<Person>.Ok(person);
    }
}

/// <summary>
/// Corrects a person's details. A change of position or leadership level closes the open assignment and opens a new
/// one from the effective date (today by default), so the timeline keeps the history; the unit changes only
/// through <see cref="TransferPerson"/>.
/// </summary>
public sealed class UpdatePerson(AppDbContext db, ICurrentUser actor, TimeProvider clock)
{
    public async Task<Result<Person>> HandleAsync(int id, PersonInput input, DateOnly? effective = null, CancellationToken ct = default)
    {
        var person = await PersonRules.FindManageableAsync(db, actor, id, ct);
        if (person is null)
        {
            return Result<Person>.NotFound();
        }

        var today = VietnameseFormat.Today(clock);
        var errors = PersonRules.Validate(input with { Code = person.Code }, today);
        var nationalId = input.NationalId?.Trim();
        if (!string.IsNullOrEmpty(nationalId) && await db.People.AnyAsync(p => p.NationalId == nationalId && p.Id != id, ct))
        {
            errors.Add(new FieldError("NationalId", "Số định danh cá nhân này đã thuộc về một người khác."));
        }

        if (errors.Count > 0)
        {
            return Result<Person>.Invalid(errors);
        }

        await using var transaction = await db.BeginOwnedTransactionAsync(ct);
        var positionChanged = person.Position != (input.Position ?? string.Empty).Trim() || person.Leadership != input.Leadership;
        person.SetName(input.FullName);
        person.SetDetails(input.Gender, input.BirthDate, input.RecruitedOn, nationalId);
        person.SetPosition(input.Position ?? string.Empty, input.Leadership);
        if (positionChanged)
        {
            await TransferPerson.OpenAssignmentAsync(db, person, person.Unit, effective ?? today, ct);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result<Person>.Ok(person);
    }
}

public sealed record TransferInput(int UnitId, DateOnly On, string? Position, LeadershipLevel? Leadership);

/// <summary>Transfers a person to another unit from a date; both units must be manageable by the actor.</summary>
public sealed class TransferPerson(AppDbContext db, ICurrentUser actor)
{
    public async Task<Result<Person>> HandleAsync(int id, TransferInput input, CancellationToken ct = default)
    {
        var person = await PersonRules.FindManageableAsync(db, actor, id, ct);
        var unit = await UnitRules.FindManageableAsync(db, actor, input.UnitId, ct);
        if (person is null || unit is null)
        {
            return Result<Person>.NotFound();
        }

        var errors = new List<FieldError>();
        if (unit.Id == person.UnitId)
        {
            errors.Add(new FieldError("UnitId", "Đơn vị mới trùng đơn vị hiện tại."));
        }

        if (!unit.IsActiveOn(input.On))
        {
            errors.Add(new FieldError("UnitId", $"Đơn vị “{unit.Name}” không hoạt động vào ngày {input.On:dd/MM/yyyy}."));
        }

        var open = await db.Assignments.Where(a => a.PersonId == id && a.To == null).OrderByDescending(a => a.From).FirstOrDefaultAsync(ct);
        if (open is not null && input.On <= open.From)
        {
            errors.Add(new FieldError("On", $"Ngày điều chuyển phải sau ngày bắt đầu công tác hiện tại ({open.From:dd/MM/yyyy})."));
        }

        if (errors.Count > 0)
        {
            return Result<Person>.Invalid(errors);
        }

        await using var transaction = await db.BeginOwnedTransactionAsync(ct);
        await MoveAsync(db, person, unit, input.On, input.Position, input.Leadership, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result<Person>.Ok(person);
    }

    internal static async Task MoveAsync(AppDbContext db, Person person, OrgUnit unit, DateOnly on, string? position, LeadershipLevel? leadership, CancellationToken ct)
    {
        person.MoveTo(unit);
        if (position is not null || leadership is not null)
        {
            person.SetPosition(position ?? person.Position, leadership ?? person.Leadership);
        }

        await OpenAssignmentAsync(db, person, unit, on, ct);
    }

    /// <summary>Ends the open assignment the day before <paramref name="from"/> and opens the person's current one.</summary>
    internal static async Task OpenAssignmentAsync(AppDbContext db, Person person, OrgUnit unit, DateOnly from, CancellationToken ct)
    {
        var open = await db.Assignments.Where(a => a.PersonId == person.Id && a.To == null).ToListAsync(ct);
        foreach (var a in open)
        {
            a.End(from.AddDays(-1));
        }

        db.Assignments.Add(new PersonAssignment(person.Id, unit.Id, person.Position, person.Leadership, from));
    }
}
