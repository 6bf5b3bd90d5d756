using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Organisation.People;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Organisation.Units;

public sealed record CreateUnitInput(string Code, string Name, UnitKind Kind, int? ParentId, DateOnly ValidFrom);

public sealed record ReorganiseInput(SuccessionKind Kind, IReadOnlyList<int> PredecessorIds, IReadOnlyList<int> SuccessorIds, IReadOnlyList<CreateUnitInput> NewSuccessors, DateOnly On, string? DecisionRef, IReadOnlyDictionary<int, int>? PeopleDestinations = null);

/// <summary>Shared checks and lookups of the unit use cases.</summary>
internal static class UnitRules
{
    public static List<FieldError> Validate(CreateUnitInput input, string prefix = "")
    {
        var errors = new List<FieldError>();
        if (!EntityCodes.IsValid(input.Code))
        {
            errors.Add(new FieldError(prefix + "Code", "Mã đơn vị gồm chữ không dấu, số, dấu chấm, gạch ngang; tối đa 32 ký tự (ví dụ LSN-KV1)."));
        }

        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 300)
        {
            errors.Add(new FieldError(prefix + "Name", "Tên đơn vị là bắt buộc, tối đa 300 ký tự."));
        }

        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add(new FieldError(prefix + "Kind", "Loại đơn vị không hợp lệ."));
        }

        return errors;
    }

    /// <summary>A unit the actor may manage, tracked; null when missing or outside the scope (answers 404).</summary>
    public static async Task<OrgUnit?> FindManageableAsync(AppDbContext db, ICurrentUser actor, int id, CancellationToken ct) =>
        await db.Units.InScope(actor.ScopePaths(OrganisationPermissions.Manage)).FirstOrDefaultAsync(u => u.Id == id, ct);

    public static async Task<bool> CodeTakenAsync(AppDbContext db, string code, CancellationToken ct)
    {
        var normalised = code.Trim().ToUpperInvariant();
        return await db.Units.AnyAsync(u => u.Code == normalised, ct);
    }
}

/// <summary>Creates a unit under a parent the actor may manage (a root only for whoever manages everything).</summary>
public sealed class CreateUnit(AppDbContext db, ICurrentUser actor)
{
    public async Task<Result<OrgUnit>> HandleAsync(CreateUnitInput input, CancellationToken ct = default)
    {
        var errors = UnitRules.Validate(input);
        OrgUnit? parent = null;
        if (input.ParentId is int parentId)
        {
            parent = await UnitRules.FindManageableAsync(db, actor, parentId, ct);
            if (parent is null)
            {
                return Result<OrgUnit>.NotFound();
            }

            if (parent.ValidTo is not null)
            {
                errors.Add(new FieldError("ParentId", $"Đơn vị cấp trên “{parent.Name}” đã ngừng hoạt động."));
            }
        }
        else if (!actor.ScopePaths(OrganisationPermissions.Manage).Contains("/"))
        {
            errors.Add(new FieldError("ParentId", "Hãy chọn đơn vị cấp trên."));
        }

        if (errors.Count == 0 && await UnitRules.CodeTakenAsync(db, input.Code, ct))
        {
            errors.Add(new FieldError("Code", $"Mã đơn vị “{input.Code.Trim().ToUpperInvariant()}” đã có."));
        }

        if (errors.Count > 0)
        {
            return Result<OrgUnit>.Invalid(errors);
        }

        var unit = new OrgUnit(input.Code, input.Name, input.Kind, parent, input.ValidFrom);
        db.Units.Add(unit);
        await db.SaveChangesAsync(ct);
        return Result<OrgUnit>.Ok(unit);
    }
}

/// <summary>Renames a unit (and may correct its kind); the old name stays in the audit trail.</summary>
public sealed class RenameUnit(AppDbContext db, ICurrentUser actor)
{
    public async Task<Result<OrgUnit>> HandleAsync(int id, string name, CancellationToken ct = default)
    {
        var unit = await UnitRules.FindManageableAsync(db, actor, id, ct);
        if (unit is null)
        {
            return Result<OrgUnit>.NotFound();
        }

        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 300)
        {
            return Result<OrgUnit>.Invalid(new FieldError("Name", "Tên đơn vị là bắt buộc, tối đa 300 ký tự."));
        }

        unit.Rename(name);
        await db.SaveChangesAsync(ct);
        return Result<OrgUnit>.Ok(unit);
    }
}

/// <summary>Moves a unit (with its subtree) under another parent; both must be manageable by the actor.</summary>
public sealed class MoveUnit(AppDbContext db, ICurrentUser actor)
{
    public async Task<Result<OrgUnit>> HandleAsync(int id, int newParentId, CancellationToken ct = default)
    {
        var unit = await UnitRules.FindManageableAsync(db, actor, id, ct);
        var parent = await UnitRules.FindManageableAsync(db, actor, newParentId, ct);
        if (unit is null || parent is null)
        {
            return Result<OrgUnit>.NotFound();
        }

        if (parent.Path.StartsWith(unit.Path, StringComparison.Ordinal))
        {
            return Result<OrgUnit>.Invalid(new FieldError("ParentId", "Không thể chuyển đơn vị vào chính nó hoặc đơn vị trực thuộc của nó."));
        }

        if (parent.ValidTo is not null)
        {
            return Result<OrgUnit>.Invalid(new FieldError("ParentId", $"Đơn vị cấp trên “{parent.Name}” đã ngừng hoạt động."));
        }

        await using var transaction = await db.BeginOwnedTransactionAsync(ct);
        await Reparent(db, unit, parent, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result<OrgUnit>.Ok(unit);
    }

    /// <summary>Moves <paramref name="unit"/> under <paramref name="parent"/> and rebases every descendant's path.</summary>
    internal static async Task Reparent(AppDbContext db, OrgUnit unit, OrgUnit parent, CancellationToken ct)
    {
        var oldPath = unit.Path;
        var oldDepth = unit.Depth;
        // Loaded by the stored path, then filtered on the tracked one: an earlier move in the same transaction may
        // already have taken some of them elsewhere.
        var descendants = (await db.Units.Where(u => u.Path.StartsWith(oldPath) && u.Id != unit.Id).ToListAsync(ct))
            .Where(u => u.Path.StartsWith(oldPath, StringComparison.Ordinal)).ToList();
        unit.MoveUnder(parent);
        foreach (var d in descendants)
        {
            d.RebasePath(oldPath, unit.Path, unit.Depth - oldDepth);
        }
    }
}

/// <summary>Closes a unit (giải thể) on a date; refused while it still has active sub-units or staff.</summary>
public sealed class CloseUnit(AppDbContext db, ICurrentUser actor)
{
    public async Task<Result<OrgUnit>> HandleAsync(int id, DateOnly lastDay, CancellationToken ct = default)
    {
        var unit = await UnitRules.FindManageableAsync(db, actor, id, ct);
        if (unit is null)
        {
            return Result<OrgUnit>.NotFound();
        }

        var errors = new List<FieldError>();
        if (lastDay < unit.ValidFrom)
        {
            errors.Add(new FieldError("LastDay", $"Ngày ngừng hoạt động phải sau ngày thành lập ({unit.ValidFrom:dd/MM/yyyy})."));
        }

        if (await db.Units.AnyAsync(u => u.ParentId == id && u.ValidTo == null, ct))
        {
            errors.Add(new FieldError("LastDay", "Đơn vị còn đơn vị trực thuộc đang hoạt động: hãy chuyển hoặc giải thể chúng trước."));
        }

        var staff = await db.People.CountAsync(p => p.UnitId == id, ct);
        if (staff > 0)
        {
            errors.Add(new FieldError("LastDay", $"Đơn vị còn {staff} công chức: hãy điều chuyển họ trước, hoặc dùng chức năng sáp nhập/chia tách."));
        }

        if (errors.Count > 0)
        {
            return Result<OrgUnit>.Invalid(errors);
        }

        unit.Close(lastDay);
        await db.SaveChangesAsync(ct);
        return Result<OrgUnit>.Ok(unit);
    }
}

/// <summary>
/// Merges several units into one, or splits one into several, on a date (as on 1 July 2025). Predecessors close the
/// day before; successors are existing units or created here; each predecessor is linked to its successors and moves
/// under its first successor so that its history stays in the successor's scope; its staff are transferred (to the
/// only successor, or as <see cref="ReorganiseInput.PeopleDestinations"/> says for a split). One transaction.
/// </summary>
public sealed class ReorganiseUnits(AppDbContext db, ICurrentUser actor, CreateUnit createUnit)
{
    public async Task<Result<IReadOnlyList<UnitSuccession>>> HandleAsync(ReorganiseInput input, CancellationToken ct = default)
    {
        var errors = new List<FieldError>();
        var predecessors = new List<OrgUnit>();
        foreach (var id in input.PredecessorIds.Distinct())
        {
            var unit = await UnitRules.FindManageableAsync(db, actor, id, ct);
            if (unit is null)
            {
                return Result<IReadOnlyList<UnitSuccession>>.NotFound();
            }

            predecessors.Add(unit);
        }

        var successors = new List<OrgUnit>();
        foreach (var id in input.SuccessorIds.Distinct())
        {
            var unit = await UnitRules.FindManageableAsync(db, actor, id, ct);
            if (unit is null)
            {
                return Result<IReadOnlyList<UnitSuccession>>.NotFound();
            }

            successors.Add(unit);
        }

        var successorCount = successors.Count + input.NewSuccessors.Count;
        if (predecessors.Count == 0)
        {
            errors.Add(new FieldError("PredecessorIds", "Hãy chọn đơn vị bị sáp nhập hoặc chia tách."));
        }

        if (successorCount == 0)
        {
            errors.Add(new FieldError("SuccessorIds", "Hãy chọn hoặc tạo đơn vị kế thừa."));
        }

        if (input.Kind == SuccessionKind.MERGE && successorCount > 1)
        {
            errors.Add(new FieldError("SuccessorIds", "Sáp nhập: các đơn vị hợp thành đúng một đơn vị kế thừa."));
        }

        if (input.Kind == SuccessionKind.SPLIT && predecessors.Count > 1)
        {
            errors.Add(new FieldError("PredecessorIds", "Chia tách: chọn đúng một đơn vị được chia."));
        }

        if (input.Kind == SuccessionKind.SPLIT && successorCount < 2)
        {
            errors.Add(new FieldError("SuccessorIds", "Chia tách: cần ít nhất hai đơn vị kế thừa."));
        }

        foreach (var p in predecessors)
        {
            if (p.ValidTo is not null)
            {
                errors.Add(new FieldError("PredecessorIds", $"“{p.Name}” đã ngừng hoạt động từ {p.ValidTo:dd/MM/yyyy}."));
            }

            if (input.On <= p.ValidFrom)
            {
                errors.Add(new FieldError("On", $"Ngày sắp xếp phải sau ngày thành lập của “{p.Name}” ({p.ValidFrom:dd/MM/yyyy})."));
            }

            if (successors.Any(s => s.Id == p.Id || s.Path.StartsWith(p.Path, StringComparison.Ordinal)))
            {
                errors.Add(new FieldError("SuccessorIds", $"Đơn vị kế thừa không thể là “{p.Name}” hoặc đơn vị trực thuộc của nó."));
            }
        }

        for (var i = 0; i < input.NewSuccessors.Count; i++)
        {
            errors.AddRange(UnitRules.Validate(input.NewSuccessors[i], $"NewSuccessors[{i}]."));
        }

        if (errors.Count > 0)
        {
            return Result<IReadOnlyList<UnitSuccession>>.Invalid(errors);
        }

        await using var transaction = await db.BeginOwnedTransactionAsync(ct);
        for (var i = 0; i < input.NewSuccessors.Count; i++)
        {
            var created = await createUnit.HandleAsync(input.NewSuccessors[i] with { ValidFrom = input.On }, ct);
            if (!created.IsSuccess)
            {
                return created.IsNotFound
                    ? Result<IReadOnlyList<UnitSuccession>>.NotFound()
                    : Result<IReadOnlyList<UnitSuccession>>.Invalid(created.Errors.Select(e => e with { Field = $"NewSuccessors[{i}]." + e.Field }).ToList());
            }

            successors.Add(created.Value!);
        }

        var lastDay = input.On.AddDays(-1);
        var links = new List<UnitSuccession>();
        foreach (var predecessor in predecessors)
        {
            var staff = await db.People.Where(p => p.UnitId == predecessor.Id).ToListAsync(ct);
            foreach (var person in staff)
            {
                var target = successors[0];
                if (input.PeopleDestinations?.TryGetValue(person.Id, out var destination) == true)
                {
                    target = successors.FirstOrDefault(s => s.Id == destination) ?? target;
                }

                await TransferPerson.MoveAsync(db, person, target, input.On, null, null, ct);
            }

            // Active sub-units follow to the first successor; closed ones stay with their history.
            var formerParent = predecessor.ParentId;
            foreach (var child in await db.Units.Where(u => u.ParentId == predecessor.Id && u.ValidTo == null).ToListAsync(ct))
            {
                await MoveUnit.Reparent(db, child, successors[0], ct);
            }

            predecessor.Close(lastDay);
            await MoveUnit.Reparent(db, predecessor, successors[0], ct);
            foreach (var successor in successors)
            {
                var link = new UnitSuccession(predecessor.Id, successor.Id, input.On, input.Kind, formerParent, input.DecisionRef);
                db.UnitSuccessions.Add(link);
                links.Add(link);
            }
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Result<IReadOnlyList<UnitSuccession>>.Ok(links);
    }
}
