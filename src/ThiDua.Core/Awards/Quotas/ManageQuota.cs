using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Awards.Candidates;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Data;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Awards.Quotas;

/// <summary>An override asked for: put <see cref="SubjectId"/> inside (<see cref="Include"/>) or outside the quota, with its reason.</summary>
public sealed record QuotaOverrideInput(int UnitId, int Year, AwardCode Target, int SubjectId, bool Include, string? Reason, DateOnly? AsOf = null);

/// <summary>
/// The officer's overrides of a quota's default order (Awards.ManageQuota on the unit): the reason is mandatory,
/// only an eligible candidate of the unit's subtree can be moved, and the overrides "inside" never exceed the
/// places. Each change is one save, audited as a <see cref="QuotaOverride"/> change with its reason.
/// </summary>
public sealed class ManageQuota(AppDbContext db, ICurrentUser actor, ListCandidates list, GetQuota quota, TimeProvider clock)
{
    public const int ReasonMinLength = 10;

    public async Task<Result<QuotaView>> SetAsync(QuotaOverrideInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var root = await list.FindRootAsync(input.UnitId, ct);
        if (root is null || !actor.CanAccess(AwardsPermissions.ManageQuota, root.Path))
        {
            return Result<QuotaView>.NotFound();
        }

        if (!GetQuota.Targets.Contains(input.Target))
        {
            return Result<QuotaView>.Invalid(new FieldError("Target", GetQuota.TargetMessage));
        }

        var reason = input.Reason?.Trim() ?? string.Empty;
        if (reason.Length < ReasonMinLength || reason.Length > 500)
        {
            return Result<QuotaView>.Invalid(new FieldError("Reason", $"Lý do điều chỉnh là bắt buộc, từ {ReasonMinLength} đến 500 ký tự: ghi rõ vì sao thay đổi thứ tự mặc định."));
        }

        if (list.YearError(input.Year, input.AsOf, out var year) is { } yearError)
        {
            return Result<QuotaView>.Invalid(yearError);
        }
        var view = await quota.ComputeAsync(root, year, input.Target, ct);
        var row = view.Rows.FirstOrDefault(r => r.SubjectId == input.SubjectId);
        if (row is null)
        {
            // In the subtree but not eligible: say so; anywhere else: not found, like any id out of scope.
            var inSubtree = input.Target == AwardCode.Ttldxs
                ? await db.Units.AnyAsync(u => u.Id == input.SubjectId && u.Path.StartsWith(root.Path), ct)
                : await db.People.AnyAsync(p => p.Id == input.SubjectId && p.Unit.Path.StartsWith(root.Path), ct);
            return inSubtree
                ? Result<QuotaView>.Invalid(new FieldError("SubjectId", $"Đối tượng chưa đủ điều kiện {Codes.Of(input.Target)} năm {year.Year} nên không thể điều chỉnh trong tỷ lệ."))
                : Result<QuotaView>.NotFound();
        }

        if (view.Percent is null)
        {
            return Result<QuotaView>.Invalid(new FieldError("Target", $"Chế độ {view.Regime} không giới hạn tỷ lệ {Codes.Of(input.Target)}: không cần điều chỉnh."));
        }

        var othersInside = view.Rows.Count(r => r.SubjectId != input.SubjectId && r.Override is { Include: true });
        if (input.Include && othersInside + 1 > view.Slots)
        {
            return Result<QuotaView>.Invalid(new FieldError("Include",
                $"Tỷ lệ chỉ có {view.Slots} suất và đã có {othersInside} suất được đưa vào theo điều chỉnh: hãy đưa một đối tượng khác ra ngoài tỷ lệ trước."));
        }

        var existing = await db.QuotaOverrides.FirstOrDefaultAsync(
            o => o.UnitId == root.Id && o.Year == year.Year && o.Target == input.Target && o.SubjectId == input.SubjectId, ct);
        if (existing is null)
        {
            db.QuotaOverrides.Add(new QuotaOverride(root.Id, year.Year, input.Target, input.SubjectId, input.Include, reason, actor.ActorName, clock.GetUtcNow().UtcDateTime));
        }
        else
        {
            existing.Change(input.Include, reason, actor.ActorName, clock.GetUtcNow().UtcDateTime);
        }

        await db.SaveChangesAsync(ct);
        return Result<QuotaView>.Ok(await quota.ComputeAsync(root, year, input.Target, ct));
    }

    /// <summary>Removes an override: the candidate goes back to the default order.</summary>
    public async Task<Result<bool>> ClearAsync(int overrideId, CancellationToken ct = default)
    {
        var paths = actor.ScopePaths(AwardsPermissions.ManageQuota);
        var units = db.Units.InScope(paths).Select(u => u.Id);
        var existing = await db.QuotaOverrides.FirstOrDefaultAsync(o => o.Id == overrideId && units.Contains(o.UnitId), ct);
        if (existing is null)
        {
            return Result<bool>.NotFound();
        }

        db.QuotaOverrides.Remove(existing);
        await db.SaveChangesAsync(ct);
        return Result<bool>.Ok(true);
    }
}
