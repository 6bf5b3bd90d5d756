using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Organisation.Clusters;

public sealed record CreateClusterInput(string? Code, string? Name, ClusterKind? Kind, int OwnerUnitId);

/// <summary>
/// Creates an emulation cluster or block organised by a unit on which the user holds
/// <see cref="OrganisationPermissions.Manage"/>; an owner outside that scope is "not found". The code is unique.
/// </summary>
public sealed partial class CreateCluster(AppDbContext db, ICurrentUser actor, EmulationCalendar calendar)
{
    public async Task<Result<Cluster>> HandleAsync(CreateClusterInput input, CancellationToken ct = default)
    {
        var errors = new List<FieldError>();
        var code = (input.Code ?? string.Empty).Trim().ToUpperInvariant();
        if (code.Length == 0)
        {
            errors.Add(new FieldError(nameof(input.Code), "Vui lòng nhập mã cụm, khối (ví dụ: CUM-1)."));
        }
        else if (!CodePattern().IsMatch(code))
        {
            errors.Add(new FieldError(nameof(input.Code), "Mã cụm, khối chỉ gồm chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới, tối đa 32 ký tự."));
        }

        ClusterSettings.CheckName(input.Name, errors);
        if (input.Kind is null || !Enum.IsDefined(input.Kind.Value))
        {
            errors.Add(new FieldError(nameof(input.Kind), "Vui lòng chọn loại: cụm thi đua (theo địa bàn) hoặc khối thi đua (theo loại đơn vị)."));
        }

        if (input.OwnerUnitId <= 0)
        {
            errors.Add(new FieldError(nameof(input.OwnerUnitId), "Vui lòng chọn đơn vị tổ chức cụm, khối."));
        }

        if (errors.Count > 0)
        {
            return Result<Cluster>.Invalid(errors);
        }

        var owner = await db.Units.FirstOrDefaultAsync(u => u.Id == input.OwnerUnitId, ct);
        if (owner is null || !actor.CanAccess(OrganisationPermissions.Manage, owner.Path))
        {
            return Result<Cluster>.NotFound();
        }

        if (owner.ValidTo is DateOnly closed && closed < calendar.Today)
        {
            errors.Add(new FieldError(nameof(input.OwnerUnitId), $"{owner.Name} đã giải thể từ ngày {VietnameseFormat.Date(closed)}, không thể tổ chức cụm, khối mới."));
        }

        if (await db.Clusters.AnyAsync(c => c.Code == code, ct))
        {
            errors.Add(new FieldError(nameof(input.Code), $"Mã {code} đã được dùng cho một cụm, khối khác; hãy chọn mã khác."));
        }

        if (errors.Count > 0)
        {
            return Result<Cluster>.Invalid(errors);
        }

        var cluster = new Cluster(code, input.Name!, input.Kind!.Value, owner.Id);
        db.Clusters.Add(cluster);
        await db.SaveChangesAsync(ct);
        return Result<Cluster>.Ok(cluster);
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9._-]{0,31}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}

/// <summary>Renames a cluster; only with <see cref="OrganisationPermissions.Manage"/> on its owner unit (otherwise "not found").</summary>
public sealed class RenameCluster(AppDbContext db, ICurrentUser actor)
{
    public async Task<Result<Cluster>> HandleAsync(int id, string? name, CancellationToken ct = default)
    {
        var cluster = await ClusterScope.FindManageableAsync(db, actor, id, ct);
        if (cluster is null)
        {
            return Result<Cluster>.NotFound();
        }

        var errors = new List<FieldError>();
        ClusterSettings.CheckName(name, errors);
        if (errors.Count > 0)
        {
            return Result<Cluster>.Invalid(errors);
        }

        cluster.Rename(name!);
        await db.SaveChangesAsync(ct);
        return Result<Cluster>.Ok(cluster);
    }
}

internal static class ClusterSettings
{
    public const int MaxNameLength = 300;

    public static void CheckName(string? name, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(new FieldError("Name", "Vui lòng nhập tên cụm, khối (ví dụ: Cụm thi đua số 1 – các tỉnh miền núi phía Bắc)."));
        }
        else if (name.Trim().Length > MaxNameLength)
        {
            errors.Add(new FieldError("Name", $"Tên cụm, khối tối đa {MaxNameLength} ký tự."));
        }
    }
}
