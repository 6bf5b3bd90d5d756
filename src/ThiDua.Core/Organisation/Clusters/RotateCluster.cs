using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Organisation.Clusters;

/// <summary>
/// The rotation from <see cref="FromYear"/> to <see cref="ToYear"/> as <see cref="ClusterRotation"/> proposes it:
/// the suggested head, the members passed over (they do not exist for the whole next year), the members not copied
/// (they do not exist at all in it), the proposed composition, and whether the next year already has one.
/// </summary>
public sealed record RotationPreview(
    int ClusterId,
    ClusterKind Kind,
    int FromYear,
    int ToYear,
    ClusterUnitRef? CurrentHead,
    ClusterUnitRef SuggestedHead,
    ClusterUnitRef Head,
    IReadOnlyList<ClusterUnitRef> Skipped,
    IReadOnlyList<ClusterUnitRef> Dropped,
    IReadOnlyList<ClusterMemberView> Members,
    bool NextYearHasMembers,
    bool CanManage);

public sealed record RotateClusterInput(bool Replace = false, int? HeadUnitId = null);

/// <summary>Previews the yearly rotation of a visible cluster (rules.md §6: the head rotates every year); writes nothing.</summary>
public sealed class PreviewClusterRotation(AppDbContext db, ICurrentUser actor, EmulationCalendar calendar)
{
    public async Task<Result<RotationPreview>> HandleAsync(int clusterId, int year, CancellationToken ct = default)
    {
        var cluster = await ClusterScope.Visible(db, actor).Include(c => c.OwnerUnit).AsNoTracking().FirstOrDefaultAsync(c => c.Id == clusterId, ct);
        return cluster is null
            ? Result<RotationPreview>.NotFound()
            : await RotationPlanner.PreviewAsync(db, actor, calendar, cluster, year, null, ct);
    }
}

/// <summary>
/// Commits the rotation of a cluster from one emulation year to the next: copies the members with the head of the
/// rotation order (or the head the cluster agreed on instead, <see cref="RotateClusterInput.HeadUnitId"/>), checked
/// by the same rules as <see cref="SetClusterMembers"/>. Refuses when the next year already has a composition,
/// unless <see cref="RotateClusterInput.Replace"/> says to replace it. Manage on the owner unit only.
/// </summary>
public sealed class RotateCluster(AppDbContext db, ICurrentUser actor, EmulationCalendar calendar, SetClusterMembers setMembers)
{
    public async Task<Result<RotationPreview>> HandleAsync(int clusterId, int year, RotateClusterInput input, CancellationToken ct = default)
    {
        var cluster = await ClusterScope.FindManageableAsync(db, actor, clusterId, ct);
        if (cluster is null)
        {
            return Result<RotationPreview>.NotFound();
        }

        var preview = await RotationPlanner.PreviewAsync(db, actor, calendar, cluster, year, input.HeadUnitId, ct);
        if (!preview.IsSuccess)
        {
            return preview;
        }

        var plan = preview.Value!;
        if (plan.NextYearHasMembers && !input.Replace)
        {
            return Result<RotationPreview>.Invalid(new FieldError(nameof(input.Replace),
                $"Năm thi đua {plan.ToYear} đã có thành phần {ClusterNames.Noun(cluster.Kind)}; chọn “Thay thế thành phần đã có” nếu muốn ghi đè bằng thành phần luân phiên."));
        }

        var members = plan.Members.Select(m => new ClusterMemberInput(m.UnitId, m.Role, m.RotationOrder)).ToList();
        var errors = await setMembers.ValidateAsync(cluster, plan.ToYear, members, ct);
        if (errors.Count > 0)
        {
            return Result<RotationPreview>.Invalid(errors);
        }

        await using var transaction = await db.BeginOwnedTransactionAsync(ct);
        await setMembers.ReplaceAsync(cluster, plan.ToYear, members, ct);
        await transaction.CommitAsync(ct);
        return preview;
    }
}

internal static class RotationPlanner
{
    public static async Task<Result<RotationPreview>> PreviewAsync(
        AppDbContext db, ICurrentUser actor, EmulationCalendar calendar, Cluster cluster, int year, int? headOverride, CancellationToken ct)
    {
        if (!ClusterNames.IsValidYear(year) || !ClusterNames.IsValidYear(year + 1))
        {
            return Result<RotationPreview>.Invalid(new FieldError("Year", ClusterNames.InvalidYear(ClusterNames.IsValidYear(year) ? year + 1 : year)));
        }

        var next = year + 1;
        var rows = await db.ClusterMembers.AsNoTracking().Where(m => m.ClusterId == cluster.Id && (m.Year == year || m.Year == next))
            .Select(m => new { m.Year, m.UnitId, m.Unit.Code, m.Unit.Name, m.Unit.Path, m.Unit.ValidFrom, m.Unit.ValidTo, m.Role, m.RotationOrder })
            .ToListAsync(ct);
        var current = rows.Where(r => r.Year == year).ToList();
        var head = ClusterNames.Head(cluster.Kind);
        if (current.Count == 0)
        {
            return Result<RotationPreview>.Invalid(new FieldError("Year",
                $"Năm thi đua {year} chưa có thành phần {ClusterNames.Noun(cluster.Kind)} nên chưa thể luân phiên sang năm {next}."));
        }

        var candidates = current.Select(r => new RotationCandidate(r.UnitId, r.Role, r.RotationOrder,
            calendar.IsActiveIn(r.ValidFrom, r.ValidTo, next), calendar.IsActiveThroughout(r.ValidFrom, r.ValidTo, next))).ToList();
        if (headOverride is int chosen && !candidates.Any(c => c.UnitId == chosen && c.CanLeadNextYear))
        {
            return Result<RotationPreview>.Invalid(new FieldError("HeadUnitId",
                $"Đơn vị được chọn làm {head} năm {next} phải là thành viên năm {year} và hoạt động suốt năm thi đua {next} ({calendar.Describe(next)})."));
        }

        var plan = ClusterRotation.Plan(candidates, headOverride);
        if (plan.SuggestedHeadUnitId is null || plan.HeadUnitId is null)
        {
            return Result<RotationPreview>.Invalid(new FieldError("Year",
                $"Không còn đơn vị thành viên nào hoạt động suốt năm thi đua {next} ({calendar.Describe(next)}) để làm {head}."));
        }

        var byUnit = current.ToDictionary(r => r.UnitId);
        ClusterUnitRef Ref(int unitId) => new(unitId, byUnit[unitId].Name);
        var members = plan.Members.Select(m =>
        {
            var r = byUnit[m.UnitId];
            return new ClusterMemberView(m.UnitId, r.Code, r.Name, m.Role, m.RotationOrder, r.ValidFrom, r.ValidTo, actor.CanAccess(OrganisationPermissions.View, r.Path));
        }).ToList();
        return Result<RotationPreview>.Ok(new RotationPreview(
            cluster.Id,
            cluster.Kind,
            year,
            next,
            plan.CurrentHeadUnitId is int currentHead ? Ref(currentHead) : null,
            Ref(plan.SuggestedHeadUnitId.Value),
            Ref(plan.HeadUnitId.Value),
            plan.SkippedUnitIds.Select(Ref).ToList(),
            plan.DroppedUnitIds.Select(Ref).ToList(),
            members,
            rows.Any(r => r.Year == next),
            actor.CanAccess(OrganisationPermissions.Manage, cluster.OwnerUnit.Path)));
    }
}
