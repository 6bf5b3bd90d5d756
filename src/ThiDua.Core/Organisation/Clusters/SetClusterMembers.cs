using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Organisation.Clusters;

public sealed record ClusterMemberInput(int UnitId, ClusterRole Role, int RotationOrder);

/// <summary>
/// Sets a cluster's composition for one emulation year, replacing what that year had (rows of units that stay are
/// updated in place, so the audit trail shows what changed). Rules, each reported on its row: exactly one head
/// (cụm trưởng / khối trưởng), any number of deputies; rotation orders 1..n, each used once; every unit exists in
/// the user's scope, lies in the owner unit's subtree, exists on at least one day of the year, appears once, and is
/// in no other cluster of the same kind that year (a unit belongs to one cluster and one block per year).
/// </summary>
public sealed class SetClusterMembers(AppDbContext db, ICurrentUser actor, EmulationCalendar calendar)
{
    public async Task<Result<Cluster>> HandleAsync(int clusterId, int year, IReadOnlyList<ClusterMemberInput> members, CancellationToken ct = default)
    {
        var cluster = await ClusterScope.FindManageableAsync(db, actor, clusterId, ct);
        if (cluster is null)
        {
            return Result<Cluster>.NotFound();
        }

        var errors = await ValidateAsync(cluster, year, members, ct);
        if (errors.Count > 0)
        {
            return Result<Cluster>.Invalid(errors);
        }

        await using var transaction = await db.BeginOwnedTransactionAsync(ct);
        await ReplaceAsync(cluster, year, members, ct);
        await transaction.CommitAsync(ct);
        return Result<Cluster>.Ok(cluster);
    }

    internal async Task<List<FieldError>> ValidateAsync(Cluster cluster, int year, IReadOnlyList<ClusterMemberInput> members, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (!ClusterNames.IsValidYear(year))
        {
            errors.Add(new FieldError("Year", ClusterNames.InvalidYear(year)));
            return errors;
        }

        var noun = ClusterNames.Noun(cluster.Kind);
        if (members.Count == 0)
        {
            errors.Add(new FieldError("Members", $"Danh sách thành viên của {noun} trong năm {year} đang trống: cần ít nhất một đơn vị."));
            return errors;
        }

        var unitIds = members.Select(m => m.UnitId).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        var rowOfUnit = new Dictionary<int, int>();
        var rowOfOrder = new Dictionary<int, int>();
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            var row = i + 1;
            var field = $"Members[{i}]";
            if (!units.TryGetValue(member.UnitId, out var unit) || !actor.CanAccess(OrganisationPermissions.View, unit.Path))
            {
                errors.Add(new FieldError(field + ".UnitId", $"Dòng {row}: không tìm thấy đơn vị (mã số {member.UnitId}) trong phạm vi của bạn."));
            }
            else if (rowOfUnit.TryGetValue(unit.Id, out var first))
            {
                errors.Add(new FieldError(field + ".UnitId", $"Dòng {row}: {unit.Name} đã có ở dòng {first}; mỗi đơn vị chỉ ghi một lần."));
            }
            else
            {
                rowOfUnit[unit.Id] = row;
                if (!unit.Path.StartsWith(cluster.OwnerUnit.Path, StringComparison.Ordinal))
                {
                    errors.Add(new FieldError(field + ".UnitId", $"Dòng {row}: {unit.Name} không trực thuộc {cluster.OwnerUnit.Name}, đơn vị tổ chức {noun}."));
                }
                else if (!calendar.IsActiveIn(unit.ValidFrom, unit.ValidTo, year))
                {
                    errors.Add(new FieldError(field + ".UnitId", unit.ValidTo is DateOnly closed && closed < calendar.Start(year)
                        ? $"Dòng {row}: {unit.Name} đã giải thể từ ngày {VietnameseFormat.Date(closed)}, trước năm thi đua {year} ({calendar.Describe(year)})."
                        : $"Dòng {row}: {unit.Name} chỉ hoạt động từ ngày {VietnameseFormat.Date(unit.ValidFrom)}, sau năm thi đua {year} ({calendar.Describe(year)})."));
                }
            }

            if (!Enum.IsDefined(member.Role))
            {
                errors.Add(new FieldError(field + ".Role", $"Dòng {row}: vai trò không hợp lệ (chọn {ClusterNames.Head(cluster.Kind)}, {noun} phó hoặc thành viên)."));
            }

            if (member.RotationOrder < 1 || member.RotationOrder > members.Count)
            {
                errors.Add(new FieldError(field + ".RotationOrder", $"Dòng {row}: thứ tự luân phiên phải từ 1 đến {members.Count} (số đơn vị thành viên)."));
            }
            else if (rowOfOrder.TryGetValue(member.RotationOrder, out var first))
            {
                errors.Add(new FieldError(field + ".RotationOrder", $"Dòng {row}: thứ tự luân phiên {member.RotationOrder} trùng với dòng {first}."));
            }
            else
            {
                rowOfOrder[member.RotationOrder] = row;
            }
        }

        var headRows = members.Select((m, i) => (m.Role, Row: i + 1)).Where(m => m.Role == ClusterRole.HEAD).Select(m => m.Row).ToList();
        if (headRows.Count == 0)
        {
            errors.Add(new FieldError("Members", $"Cần chọn đúng một đơn vị làm {ClusterNames.Head(cluster.Kind)}; hiện chưa chọn đơn vị nào."));
        }
        else if (headRows.Count > 1)
        {
            errors.Add(new FieldError("Members", $"Chỉ được một đơn vị làm {ClusterNames.Head(cluster.Kind)}; đang chọn {headRows.Count} đơn vị (dòng {string.Join(", ", headRows)})."));
        }

        // A unit belongs to one cluster and one block per year.
        var known = rowOfUnit.Keys.ToList();
        var conflicts = await db.ClusterMembers.AsNoTracking()
            .Where(m => m.Year == year && m.ClusterId != cluster.Id && known.Contains(m.UnitId))
            .Join(db.Clusters.Where(c => c.Kind == cluster.Kind), m => m.ClusterId, c => c.Id, (m, c) => new { m.UnitId, c.Code, c.Name })
            .ToListAsync(ct);
        foreach (var conflict in conflicts.OrderBy(c => rowOfUnit[c.UnitId]))
        {
            var row = rowOfUnit[conflict.UnitId];
            errors.Add(new FieldError($"Members[{row - 1}].UnitId",
                $"Dòng {row}: {units[conflict.UnitId].Name} đã thuộc {noun} {conflict.Name} ({conflict.Code}) trong năm thi đua {year}; mỗi đơn vị chỉ thuộc một {noun} trong một năm."));
        }

        return errors;
    }

    /// <summary>Writes the validated composition; the caller owns the transaction.</summary>
    internal async Task ReplaceAsync(Cluster cluster, int year, IReadOnlyList<ClusterMemberInput> members, CancellationToken ct)
    {
        var existing = await db.ClusterMembers.Where(m => m.ClusterId == cluster.Id && m.Year == year).ToDictionaryAsync(m => m.UnitId, ct);
        foreach (var member in members)
        {
            if (existing.Remove(member.UnitId, out var row))
            {
                row.Assign(member.Role, member.RotationOrder);
            }
            else
            {
                db.ClusterMembers.Add(new ClusterMember(cluster.Id, year, member.UnitId, member.Role, member.RotationOrder));
            }
        }

        db.ClusterMembers.RemoveRange(existing.Values);
        await db.SaveChangesAsync(ct);
    }
}
