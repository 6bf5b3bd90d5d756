using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Organisation;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Movements;

/// <summary>
/// Which movements a user sees: those launched by units in their scope (and below), and those launched by the units
/// above them — a superior's movement is addressed to its subordinates, who respond to it. Another province's
/// movements stay out of sight (not found).
/// </summary>
internal static class MovementVisibility
{
    public static IQueryable<Movement> Visible(this IQueryable<Movement> movements, ICurrentUser actor)
    {
        var paths = actor.ScopePaths(MovementsPermissions.View);
        var ancestors = Ancestors(paths);
        var below = ScopeFilter.Build<Movement>(paths, m => m.OwnerUnit.Path);
        Expression<Func<Movement, bool>> above = m => ancestors.Contains(m.OwnerUnit.Path);
        var either = Expression.OrElse(below.Body, Expression.Invoke(above, below.Parameters[0]));
        return movements.Where(Expression.Lambda<Func<Movement, bool>>(either, below.Parameters[0]));
    }

    /// <summary>"/1/5/12/" → "/1/", "/1/5/" (the strict ancestors' paths).</summary>
    public static List<string> Ancestors(IEnumerable<string> paths)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 1; i < parts.Length; i++)
            {
                result.Add("/" + string.Join('/', parts.Take(i)) + "/");
            }
        }

        return [.. result];
    }
}

/// <summary>The checks of a movement's fields (create and change share them).</summary>
internal static class MovementRules
{
    public const int MaxNameLength = 300;

    public static List<FieldError> Check(MovementInput input)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(input.Name))
        {
            errors.Add(new FieldError("Name", "Vui lòng nhập tên phong trào (ví dụ: Phong trào thi đua thực hiện thắng lợi nhiệm vụ công tác thi hành án dân sự năm 2027)."));
        }
        else if (input.Name.Trim().Length > MaxNameLength)
        {
            errors.Add(new FieldError("Name", $"Tên phong trào tối đa {MaxNameLength} ký tự."));
        }

        if (input.Kind is null || !Enum.IsDefined(input.Kind.Value))
        {
            errors.Add(new FieldError("Kind", "Vui lòng chọn loại phong trào: thường xuyên (REGULAR), theo đợt (PERIODIC) hoặc chuyên đề (THEMATIC)."));
        }

        if (input.Scope is null || !Enum.IsDefined(input.Scope.Value))
        {
            errors.Add(new FieldError("Scope", "Vui lòng chọn phạm vi: toàn quốc (NATIONAL), Bộ, ngành (SECTOR), cụm, khối (CLUSTER) hoặc đơn vị (UNIT)."));
        }
        else if (input.Scope == MovementScope.Cluster && input.ClusterId is null)
        {
            errors.Add(new FieldError("ClusterId", "Phong trào của cụm, khối cần chọn cụm, khối thi đua."));
        }

        if (input.PeriodFrom is null)
        {
            errors.Add(new FieldError("PeriodFrom", "Vui lòng nhập ngày bắt đầu của phong trào."));
        }

        if (input.PeriodTo is null)
        {
            errors.Add(new FieldError("PeriodTo", "Vui lòng nhập ngày kết thúc của phong trào."));
        }
        else if (input.PeriodFrom is { } from && input.PeriodTo < from)
        {
            errors.Add(new FieldError("PeriodTo", $"Ngày kết thúc ({VietnameseFormat.Date(input.PeriodTo.Value)}) phải từ ngày bắt đầu ({VietnameseFormat.Date(from)}) trở đi."));
        }

        if (input.LaunchedOn is null)
        {
            errors.Add(new FieldError("LaunchedOn", "Vui lòng nhập ngày phát động."));
        }
        else if (input.PeriodTo is { } to && input.LaunchedOn > to)
        {
            errors.Add(new FieldError("LaunchedOn", "Ngày phát động phải trước khi phong trào kết thúc."));
        }

        if (input.LaunchReference is { Length: > 100 })
        {
            errors.Add(new FieldError("LaunchReference", "Số văn bản phát động tối đa 100 ký tự."));
        }

        if (input.Goals is { Length: > 4000 })
        {
            errors.Add(new FieldError("Goals", "Mục tiêu tối đa 4.000 ký tự."));
        }

        if (input.MaxPoints is < 1 or > 1000)
        {
            errors.Add(new FieldError("MaxPoints", "Điểm tối đa phải từ 1 đến 1.000 (thường là 100)."));
        }

        var criteria = input.Criteria ?? [];
        if (criteria.Count == 0)
        {
            errors.Add(new FieldError("Criteria", "Phong trào cần ít nhất một nội dung, tiêu chí thi đua có điểm."));
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
                errors.Add(new FieldError($"Criteria[{i}].Points", $"Tiêu chí dòng {i + 1}: điểm phải lớn hơn 0."));
            }
        }

        var sum = criteria.Sum(c => Math.Max(0, c.Points));
        if (criteria.Count > 0 && input.MaxPoints is >= 1 and <= 1000 && sum != input.MaxPoints)
        {
            errors.Add(new FieldError("Criteria", $"Tổng điểm các tiêu chí là {sum}, phải bằng điểm tối đa {input.MaxPoints}: hãy sửa điểm các tiêu chí ({(sum > input.MaxPoints ? "thừa" : "thiếu")} {Math.Abs(sum - input.MaxPoints)} điểm)."));
        }

        return errors;
    }

    /// <summary>The checks that read the database: the owner, the parent (a superior's movement, period inside), the cluster.</summary>
    public static async Task<(OrgUnit? Owner, List<FieldError> Errors, bool NotFound)> CheckLinksAsync(
        AppDbContext db, ICurrentUser actor, MovementInput input, int? movementId, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var owner = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == input.OwnerUnitId, ct);
        if (owner is null || !actor.CanAccess(MovementsPermissions.Manage, owner.Path))
        {
            return (null, errors, true);
        }

        if (owner.Kind == UnitKind.DEPARTMENT)
        {
            errors.Add(new FieldError("OwnerUnitId", $"{owner.Name} là phòng, ban thuộc đơn vị: phong trào do đơn vị phát động."));
        }

        if (input.ParentId is { } parentId)
        {
            var parent = await db.Movements.AsNoTracking().Visible(actor).Where(m => m.Id == parentId)
                .Select(m => new { m.Id, m.Name, m.PeriodFrom, m.PeriodTo, OwnerPath = m.OwnerUnit.Path, OwnerName = m.OwnerUnit.Name }).FirstOrDefaultAsync(ct);
            if (parent is null)
            {
                return (owner, errors, true);
            }

            if (parent.Id == movementId)
            {
                errors.Add(new FieldError("ParentId", "Phong trào không thể hưởng ứng chính nó."));
            }
            else if (parent.OwnerPath == owner.Path || !owner.Path.StartsWith(parent.OwnerPath, StringComparison.Ordinal))
            {
                errors.Add(new FieldError("ParentId", $"Chỉ hưởng ứng phong trào của cấp trên: “{parent.Name}” do {parent.OwnerName} phát động, không phải cấp trên của {owner.Name}."));
            }
            else if (input.PeriodFrom is { } from && input.PeriodTo is { } to && (from < parent.PeriodFrom || to > parent.PeriodTo))
            {
                errors.Add(new FieldError("PeriodFrom", $"Thời gian của phong trào phải nằm trong thời gian của phong trào cấp trên ({VietnameseFormat.Date(parent.PeriodFrom)} – {VietnameseFormat.Date(parent.PeriodTo)})."));
            }
            else if (await db.Movements.AnyAsync(m => m.ParentId == parentId && m.OwnerUnitId == owner.Id && m.Id != movementId, ct))
            {
                errors.Add(new FieldError("ParentId", $"{owner.Name} đã hưởng ứng phong trào “{parent.Name}”; hãy sửa phong trào đã có."));
            }
        }

        if (input.Scope == MovementScope.Cluster && input.ClusterId is { } clusterId)
        {
            var paths = actor.ScopePaths(MovementsPermissions.View);
            var cluster = await db.Clusters.AsNoTracking().Where(c => c.Id == clusterId)
                .Join(db.Units.InScope(paths), c => c.OwnerUnitId, u => u.Id, (c, u) => c.Id).AnyAsync(ct);
            if (!cluster)
            {
                errors.Add(new FieldError("ClusterId", "Không tìm thấy cụm, khối thi đua này trong phạm vi của bạn."));
            }
        }

        return (owner, errors, false);
    }
}
