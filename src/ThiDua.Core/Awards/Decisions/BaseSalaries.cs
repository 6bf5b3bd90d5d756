using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Awards.Decisions;

/// <summary>A base salary as shown and sent by the API.</summary>
public sealed record BaseSalaryView(int Id, DateOnly EffectiveFrom, long Amount, string Source, bool Checked);

/// <summary>A new base salary: from a date, in đồng per month, with the decree that set it.</summary>
public sealed record BaseSalaryInput(DateOnly? EffectiveFrom, long? Amount, string? Source, bool Checked = true);

/// <summary>
/// The dated table of base salaries (ADR 0023): everyone who drafts decisions reads it; only a national administrator
/// (the grant on a root unit, as for the legal regimes) adds a row, because the Government sets one figure for the
/// whole country. A row never changes once a decision is priced with it: a correction is a new row.
/// </summary>
public sealed class BaseSalaries(AppDbContext db, ICurrentUser actor)
{
    public async Task<IReadOnlyList<BaseSalaryView>> ListAsync(CancellationToken ct = default) =>
        (await db.BaseSalaries.AsNoTracking().ToListAsync(ct)).OrderBy(b => b.EffectiveFrom)
            .Select(b => new BaseSalaryView(b.Id, b.EffectiveFrom, b.Amount, b.Source, b.Checked)).ToList();

    public bool CanManage => actor.HasAtRoot(AwardsPermissions.ManageRegimes);

    public async Task<Result<BaseSalaryView>> AddAsync(BaseSalaryInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!CanManage)
        {
            return Result<BaseSalaryView>.Invalid(new FieldError("EffectiveFrom", "Mức lương cơ sở áp dụng toàn quốc: chỉ quản trị viên ở đơn vị gốc được thêm."));
        }

        var errors = new List<FieldError>();
        if (input.EffectiveFrom is not { } from || from.Year is < 2000 or > 2999)
        {
            errors.Add(new FieldError("EffectiveFrom", "Ngày áp dụng: bắt buộc, từ năm 2000."));
        }
        else if (await db.BaseSalaries.AnyAsync(b => b.EffectiveFrom == from, ct))
        {
            errors.Add(new FieldError("EffectiveFrom", $"Đã có mức lương cơ sở áp dụng từ ngày {Shared.VietnameseFormat.Date(from)}."));
        }

        if (input.Amount is not (>= 100_000 and <= 100_000_000))
        {
            errors.Add(new FieldError("Amount", "Mức lương cơ sở: từ 100.000 đến 100.000.000 đồng/tháng."));
        }

        if (string.IsNullOrWhiteSpace(input.Source) || input.Source.Length > 300)
        {
            errors.Add(new FieldError("Source", "Văn bản quy định (ví dụ Nghị định 73/2024/NĐ-CP): bắt buộc, tối đa 300 ký tự."));
        }

        if (errors.Count > 0)
        {
            return Result<BaseSalaryView>.Invalid(errors);
        }

        var row = new BaseSalary(input.EffectiveFrom!.Value, input.Amount!.Value, input.Source!, input.Checked);
        db.BaseSalaries.Add(row);
        db.RecordEvent("BaseSalary.added", nameof(BaseSalary), row.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            $"Mức lương cơ sở {Shared.VietnameseFormat.Number(row.Amount)} đồng/tháng từ {Shared.VietnameseFormat.Date(row.EffectiveFrom)} ({row.Source})");
        await db.SaveChangesAsync(ct);
        return Result<BaseSalaryView>.Ok(new BaseSalaryView(row.Id, row.EffectiveFrom, row.Amount, row.Source, row.Checked));
    }
}
