using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Organisation.Clusters;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Covenants;

public sealed record CommitmentInput(string? Text, string? Indicator, decimal? TargetValue, string? TargetUnit);

public sealed record CovenantCriterionInput(string? Name, int Points);

/// <summary>A covenant as typed by the head unit: the cluster and year, heading, commitments and scoring criteria.</summary>
public sealed record CovenantInput(
    int ClusterId,
    int Year,
    string? Title,
    int MaxPoints,
    int LeadingSeats,
    IReadOnlyList<CommitmentInput>? Commitments,
    IReadOnlyList<CovenantCriterionInput>? Criteria);

/// <summary>A member of the covenant's cluster in its year.</summary>
public sealed record CovenantMember(int UnitId, string Code, string Name, string Path, ClusterRole Role, int RotationOrder);

/// <summary>
/// Who sees and acts on covenants. Visible: the cluster's organiser or any member unit of the covenant's year is in
/// the user's <see cref="CovenantsPermissions.View"/> scope (another province's cluster: not found). Managed: by the
/// head unit of the year or the organiser. Signing, scoring and voting are done <em>for one unit</em>, by a holder of
/// a role granted on that very unit — a province's grant does not let it sign for its regional offices.
/// </summary>
internal static class CovenantScope
{
    public static IQueryable<Covenant> Visible(AppDbContext db, ICurrentUser actor)
    {
        var paths = actor.ScopePaths(CovenantsPermissions.View);
        if (paths.Contains("/"))
        {
            return db.Covenants;
        }

        var units = db.Units.InScope(paths).Select(u => u.Id);
        return db.Covenants.Where(c => units.Contains(c.Cluster.OwnerUnitId)
            || db.ClusterMembers.Any(m => m.ClusterId == c.ClusterId && m.Year == c.Year && units.Contains(m.UnitId)));
    }

    public static bool CanManage(ICurrentUser actor, string headPath, string ownerPath) =>
        actor.CanAccess(CovenantsPermissions.Manage, headPath) || actor.CanAccess(CovenantsPermissions.Manage, ownerPath);

    /// <summary>Holds <paramref name="permission"/> through a grant on the unit itself.</summary>
    public static bool ActsFor(ICurrentUser actor, Permission permission, int unitId) =>
        actor.IsSystem || actor.Grants.Any(g => g.UnitId == unitId && PermissionCatalog.RoleHas(g.Role, permission));

    public static async Task<List<CovenantMember>> MembersAsync(AppDbContext db, int clusterId, int year, CancellationToken ct) =>
        await db.ClusterMembers.AsNoTracking().Where(m => m.ClusterId == clusterId && m.Year == year).OrderBy(m => m.RotationOrder)
            .Select(m => new CovenantMember(m.UnitId, m.Unit.Code, m.Unit.Name, m.Unit.Path, m.Role, m.RotationOrder)).ToListAsync(ct);

    /// <summary>A visible covenant with everything it holds, tracked for a change.</summary>
    public static Task<Covenant?> LoadAsync(AppDbContext db, ICurrentUser actor, int id, CancellationToken ct) =>
        Visible(db, actor).Include(c => c.Cluster).ThenInclude(c => c.OwnerUnit).Include(c => c.HeadUnit)
            .Include(c => c.Commitments).Include(c => c.Criteria).Include(c => c.Signatures).Include(c => c.Scores)
            .Include(c => c.Votes).Include(c => c.Results)
            .AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, ct);
}

/// <summary>The checks of a covenant's fields (drafting and changing share them).</summary>
internal static class CovenantRules
{
    public const int MaxReasonLength = 1000;

    public static List<FieldError> Check(CovenantInput input)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(input.Title))
        {
            errors.Add(new FieldError("Title", "Vui lòng nhập tên giao ước (ví dụ: Giao ước thi đua năm 2027 của Cụm thi đua số 1)."));
        }
        else if (input.Title.Trim().Length > 300)
        {
            errors.Add(new FieldError("Title", "Tên giao ước tối đa 300 ký tự."));
        }

        if (input.MaxPoints is < 1 or > 1000)
        {
            errors.Add(new FieldError("MaxPoints", "Điểm tối đa phải từ 1 đến 1.000 (thường là 100)."));
        }

        if (input.LeadingSeats is < 1 or > 5)
        {
            errors.Add(new FieldError("LeadingSeats", "Số đơn vị dẫn đầu được suy tôn phải từ 1 đến 5."));
        }

        var commitments = input.Commitments ?? [];
        if (commitments.Count == 0)
        {
            errors.Add(new FieldError("Commitments", "Giao ước cần ít nhất một nội dung cam kết."));
        }

        for (var i = 0; i < commitments.Count; i++)
        {
            var c = commitments[i];
            if (string.IsNullOrWhiteSpace(c.Text))
            {
                errors.Add(new FieldError($"Commitments[{i}].Text", $"Cam kết dòng {i + 1}: vui lòng nhập nội dung."));
            }
            else if (c.Text.Trim().Length > 1000)
            {
                errors.Add(new FieldError($"Commitments[{i}].Text", $"Cam kết dòng {i + 1}: nội dung tối đa 1.000 ký tự."));
            }

            if (c.Indicator is { Length: > 300 })
            {
                errors.Add(new FieldError($"Commitments[{i}].Indicator", $"Cam kết dòng {i + 1}: chỉ tiêu tối đa 300 ký tự."));
            }

            if (c.TargetUnit is { Length: > 50 })
            {
                errors.Add(new FieldError($"Commitments[{i}].TargetUnit", $"Cam kết dòng {i + 1}: đơn vị tính tối đa 50 ký tự."));
            }

            if (c.TargetValue is < 0 or > 1_000_000_000_000m)
            {
                errors.Add(new FieldError($"Commitments[{i}].TargetValue", $"Cam kết dòng {i + 1}: giá trị chỉ tiêu phải không âm."));
            }
            else if (c.TargetValue is > 100 && c.TargetUnit?.Trim() == "%")
            {
                errors.Add(new FieldError($"Commitments[{i}].TargetValue", $"Cam kết dòng {i + 1}: chỉ tiêu tính bằng % phải từ 0 đến 100."));
            }

            if (c.TargetValue is not null && string.IsNullOrWhiteSpace(c.Indicator))
            {
                errors.Add(new FieldError($"Commitments[{i}].Indicator", $"Cam kết dòng {i + 1}: có giá trị chỉ tiêu thì ghi rõ chỉ tiêu đo cái gì."));
            }
        }

        var criteria = input.Criteria ?? [];
        if (criteria.Count == 0)
        {
            errors.Add(new FieldError("Criteria", "Giao ước cần ít nhất một tiêu chí chấm điểm."));
        }

        for (var i = 0; i < criteria.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(criteria[i].Name))
            {
                errors.Add(new FieldError($"Criteria[{i}].Name", $"Tiêu chí dòng {i + 1}: vui lòng nhập nội dung."));
            }
            else if (criteria[i].Name!.Trim().Length > 500)
            {
                errors.Add(new FieldError($"Criteria[{i}].Name", $"Tiêu chí dòng {i + 1}: nội dung tối đa 500 ký tự."));
            }

            if (criteria[i].Points < 1)
            {
                errors.Add(new FieldError($"Criteria[{i}].Points", $"Tiêu chí dòng {i + 1}: điểm tối đa phải lớn hơn 0."));
            }
        }

        var sum = criteria.Sum(c => Math.Max(0, c.Points));
        if (criteria.Count > 0 && input.MaxPoints is >= 1 and <= 1000 && sum != input.MaxPoints)
        {
            errors.Add(new FieldError("Criteria", $"Tổng điểm các tiêu chí là {sum}, phải bằng điểm tối đa {input.MaxPoints}: hãy sửa điểm các tiêu chí ({(sum > input.MaxPoints ? "thừa" : "thiếu")} {Math.Abs(sum - input.MaxPoints)} điểm)."));
        }

        return errors;
    }

    public static FieldError? CheckReason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? new FieldError("Reason", "Vui lòng nêu lý do (bắt buộc khi trả về hoặc mở lại một bước).")
        : reason.Trim().Length > MaxReasonLength ? new FieldError("Reason", $"Lý do tối đa {MaxReasonLength} ký tự.")
        : null;
}
