using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Movements;

public sealed record CriterionInput(string? Name, int Points);

/// <summary>A movement as typed: <see cref="ParentId"/> is the superior's movement this one responds to.</summary>
public sealed record MovementInput(
    int OwnerUnitId,
    int? ParentId,
    string? Name,
    MovementKind? Kind,
    MovementScope? Scope,
    int? ClusterId,
    DateOnly? PeriodFrom,
    DateOnly? PeriodTo,
    string? Goals,
    DateOnly? LaunchedOn,
    string? LaunchReference,
    int MaxPoints,
    IReadOnlyList<CriterionInput>? Criteria);

/// <summary>
/// Launches a movement for a unit on which the user holds <see cref="MovementsPermissions.Manage"/> (another unit:
/// not found), alone or in response to a superior's movement (the cascade); one save, audited.
/// </summary>
public sealed class CreateMovement(AppDbContext db, ICurrentUser actor)
{
    public async Task<Result<Movement>> HandleAsync(MovementInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (owner, linkErrors, notFound) = await MovementRules.CheckLinksAsync(db, actor, input, null, ct);
        if (notFound)
        {
            return Result<Movement>.NotFound();
        }

        var errors = MovementRules.Check(input).Concat(linkErrors).ToList();
        if (errors.Count > 0)
        {
            return Result<Movement>.Invalid(errors);
        }

        var movement = new Movement(owner!.Id, input.ParentId, input.Name!, input.Kind!.Value, input.Scope!.Value, input.ClusterId,
            input.PeriodFrom!.Value, input.PeriodTo!.Value, input.Goals, input.LaunchedOn!.Value, input.LaunchReference, input.MaxPoints);
        movement.SetCriteria(input.Criteria!.Select(c => (c.Name!, c.Points)));
        db.Movements.Add(movement);
        await db.SaveChangesAsync(ct);
        return Result<Movement>.Ok(movement);
    }
}

/// <summary>Changes a movement (its owner stays); the same checks as at launch; one save, audited.</summary>
public sealed class UpdateMovement(AppDbContext db, ICurrentUser actor)
{
    public async Task<Result<Movement>> HandleAsync(int id, MovementInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var paths = actor.ScopePaths(MovementsPermissions.Manage);
        var movement = await db.Movements.Include(m => m.Criteria)
            .Where(ScopeFilter.Build<Movement>(paths, m => m.OwnerUnit.Path)).FirstOrDefaultAsync(m => m.Id == id, ct);
        if (movement is null)
        {
            return Result<Movement>.NotFound();
        }

        input = input with { OwnerUnitId = movement.OwnerUnitId };
        var (_, linkErrors, notFound) = await MovementRules.CheckLinksAsync(db, actor, input, id, ct);
        if (notFound)
        {
            return Result<Movement>.NotFound();
        }

        var errors = MovementRules.Check(input).Concat(linkErrors).ToList();
        var children = await db.Movements.Where(m => m.ParentId == id).Select(m => new { m.Name, m.PeriodFrom, m.PeriodTo }).ToListAsync(ct);
        var outside = children.FirstOrDefault(c => c.PeriodFrom < input.PeriodFrom || c.PeriodTo > input.PeriodTo);
        if (outside is not null)
        {
            errors.Add(new FieldError("PeriodFrom", $"Phong trào hưởng ứng “{outside.Name}” ({VietnameseFormat.Date(outside.PeriodFrom)} – {VietnameseFormat.Date(outside.PeriodTo)}) sẽ nằm ngoài thời gian mới."));
        }

        if (errors.Count > 0)
        {
            return Result<Movement>.Invalid(errors);
        }

        movement.Change(input.Name!, input.Kind!.Value, input.Scope!.Value, input.ClusterId, input.PeriodFrom!.Value, input.PeriodTo!.Value,
            input.Goals, input.LaunchedOn!.Value, input.LaunchReference, input.MaxPoints);
        movement.SetCriteria(input.Criteria!.Select(c => (c.Name!, c.Points)));
        await db.SaveChangesAsync(ct);
        return Result<Movement>.Ok(movement);
    }
}
