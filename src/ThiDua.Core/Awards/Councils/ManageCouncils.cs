using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Awards.Councils;

public sealed record CouncilMemberInput(int PersonId, CouncilRole Role);

/// <summary>A council as sent: its unit, name, term (nhiệm kỳ) and members with their roles.</summary>
public sealed record CouncilInput(int UnitId, string? Name, DateOnly? TermStart, DateOnly? TermEnd, string? Decision, IReadOnlyList<CouncilMemberInput>? Members);

/// <summary>The checks shared by creating and changing a council.</summary>
internal static class CouncilRules
{
    public static async Task<List<FieldError>> CheckAsync(AppDbContext db, CouncilInput input, string unitPath, int? councilId, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(input.Name))
        {
            errors.Add(new FieldError("Name", "Vui lòng nhập tên Hội đồng (ví dụ: Hội đồng Thi đua – Khen thưởng THADS tỉnh Lạng Sơn)."));
        }
        else if (input.Name.Trim().Length > 300)
        {
            errors.Add(new FieldError("Name", "Tên Hội đồng tối đa 300 ký tự."));
        }

        if (input.Decision is { Length: > 300 })
        {
            errors.Add(new FieldError("Decision", "Quyết định thành lập tối đa 300 ký tự."));
        }

        if (input.TermStart is null)
        {
            errors.Add(new FieldError("TermStart", "Vui lòng nhập ngày bắt đầu nhiệm kỳ của Hội đồng."));
        }
        else if (input.TermEnd is { } end && end < input.TermStart)
        {
            errors.Add(new FieldError("TermEnd", $"Ngày kết thúc nhiệm kỳ ({VietnameseFormat.Date(end)}) trước ngày bắt đầu ({VietnameseFormat.Date(input.TermStart.Value)})."));
        }
        else
        {
            var start = input.TermStart.Value;
            var finish = input.TermEnd ?? DateOnly.MaxValue;
            var overlap = await db.Councils.AsNoTracking()
                .Where(c => c.UnitId == input.UnitId && c.Id != (councilId ?? 0) && c.TermStart <= finish && (c.TermEnd == null || c.TermEnd >= start))
                .Select(c => new { c.Name, c.TermStart, c.TermEnd }).FirstOrDefaultAsync(ct);
            if (overlap is not null)
            {
                errors.Add(new FieldError("TermStart", $"Nhiệm kỳ trùng với {overlap.Name} ({VietnameseFormat.Date(overlap.TermStart)} – {(overlap.TermEnd is { } e ? VietnameseFormat.Date(e) : "nay")}): mỗi đơn vị chỉ có một Hội đồng tại một thời điểm."));
            }
        }

        var members = input.Members ?? [];
        if (members.Count < 3)
        {
            errors.Add(new FieldError("Members", $"Hội đồng có {members.Count} thành viên: cần ít nhất 3 (Chủ tịch, Thư ký và ủy viên)."));
        }

        if (members.Count(m => m.Role == CouncilRole.Chair) != 1)
        {
            errors.Add(new FieldError("Members", "Hội đồng phải có đúng một Chủ tịch."));
        }

        if (members.Count(m => m.Role == CouncilRole.Secretary) != 1)
        {
            errors.Add(new FieldError("Members", "Hội đồng phải có đúng một Ủy viên thư ký."));
        }

        var ids = members.Select(m => m.PersonId).ToList();
        foreach (var duplicate in ids.GroupBy(i => i).Where(g => g.Count() > 1))
        {
            errors.Add(new FieldError("Members", $"Một người chỉ giữ một vị trí trong Hội đồng (công chức mã số {duplicate.Key} được chọn {duplicate.Count()} lần)."));
        }

        var known = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id) && p.Unit.Path.StartsWith(unitPath)).Select(p => p.Id).ToListAsync(ct);
        for (var i = 0; i < members.Count; i++)
        {
            if (!known.Contains(members[i].PersonId))
            {
                errors.Add(new FieldError($"Members[{i}].PersonId", $"Dòng {i + 1}: không tìm thấy công chức này trong đơn vị của Hội đồng."));
            }
        }

        return errors;
    }
}

/// <summary>Establishes a unit's council for a term, with its members; by a user managing councils on the unit; audited.</summary>
public sealed class CreateCouncil(AppDbContext db, ICurrentUser actor)
{
    public async Task<Result<Council>> HandleAsync(CouncilInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == input.UnitId).Select(u => new { u.Id, u.Path }).FirstOrDefaultAsync(ct);
        if (unit is null || !CouncilScope.CanManage(actor, unit.Path))
        {
            return Result<Council>.NotFound();
        }

        var errors = await CouncilRules.CheckAsync(db, input, unit.Path, null, ct);
        if (errors.Count > 0)
        {
            return Result<Council>.Invalid(errors);
        }

        var council = new Council(unit.Id, input.Name!, input.TermStart!.Value, input.TermEnd, input.Decision);
        council.SetMembers(input.Members!.Select(m => (m.PersonId, m.Role)));
        db.Councils.Add(council);
        await db.SaveChangesAsync(ct);
        return Result<Council>.Ok(council);
    }
}

/// <summary>Changes a council's name, term and members; refused while one of its sessions is voting (the electorate is frozen).</summary>
public sealed class UpdateCouncil(AppDbContext db, ICurrentUser actor)
{
    public async Task<Result<Council>> HandleAsync(int id, CouncilInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var council = await CouncilScope.Visible(db, actor).Include(c => c.Unit).Include(c => c.Members).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (council is null || !CouncilScope.CanManage(actor, council.Unit.Path))
        {
            return Result<Council>.NotFound();
        }

        var errors = await CouncilRules.CheckAsync(db, input with { UnitId = council.UnitId }, council.Unit.Path, council.Id, ct);
        if (await db.CouncilSessions.AnyAsync(s => s.CouncilId == id && s.Status == SessionStatus.Voting, ct))
        {
            errors.Insert(0, new FieldError("Members", "Hội đồng đang có phiên họp bỏ phiếu: chỉ sửa thành viên sau khi kết thúc bỏ phiếu."));
        }

        if (errors.Count > 0)
        {
            return Result<Council>.Invalid(errors);
        }

        council.Change(input.Name!, input.TermStart!.Value, input.TermEnd, input.Decision);
        db.CouncilMembers.RemoveRange(council.Members);
        council.SetMembers(input.Members!.Select(m => (m.PersonId, m.Role)));
        db.RecordEvent("Council.members", nameof(Council), council.Id.ToString(CultureInfo.InvariantCulture),
            $"Cập nhật {council.Name}: nhiệm kỳ {VietnameseFormat.Date(council.TermStart)} – {(council.TermEnd is { } e ? VietnameseFormat.Date(e) : "chưa xác định")}, {input.Members!.Count} thành viên.",
            council.Unit.Path);
        await db.SaveChangesAsync(ct);
        return Result<Council>.Ok(council);
    }
}
