using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Awards.Councils;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Awards.Eligibility.Regimes;
using ThiDua.Core.Data;
using ThiDua.Core.Shared.Calendar;

namespace ThiDua.Core.Demo;

/// <summary>
/// The Lạng Sơn council (LSN-0001 chair, LSN-0002 and -0003 deputies, department heads as members, the emulation
/// officer LSN-0014 as secretary) and a session of the last finished year whose public posting is running. The closed
/// session of the year before, with its proposals and decisions, is <see cref="SeedDemoPastYear"/>'s.
/// Counted from the clock; deterministic choices (fixed random seed); does nothing when a council exists.
/// </summary>
public sealed class SeedDemoCouncils(AppDbContext db, EmulationCalendar calendar)
{
    public async Task HandleAsync(CancellationToken ct = default)
    {
        if (await db.Councils.AnyAsync(ct))
        {
            return;
        }

        var langSon = await db.Units.AsNoTracking().Where(u => u.Code == "LSN").Select(u => u.Id).FirstOrDefaultAsync(ct);
        if (langSon == 0)
        {
            return;
        }

        string[] memberCodes = ["LSN-0001", "LSN-0002", "LSN-0003", "LSN-0004", "LSN-0006", "LSN-0008", "LSN-0010", "LSN-0014"];
        var people = await db.People.AsNoTracking().Where(p => memberCodes.Contains(p.Code)).ToDictionaryAsync(p => p.Code, ct);
        if (people.Count != memberCodes.Length)
        {
            return;
        }

        var today = calendar.Today;
        var council = new Council(langSon, "Hội đồng Thi đua – Khen thưởng Thi hành án dân sự tỉnh Lạng Sơn", new DateOnly(today.Year - 2, 1, 1), null,
            "Quyết định thành lập Hội đồng Thi đua – Khen thưởng của Trưởng Thi hành án dân sự tỉnh (dữ liệu mẫu)");
        council.SetMembers(memberCodes.Select(code => (people[code].Id, code switch
        {
            "LSN-0001" => CouncilRole.Chair,
            "LSN-0002" or "LSN-0003" => CouncilRole.DeputyChair,
            "LSN-0014" => CouncilRole.Secretary,
            _ => CouncilRole.Member,
        })));
        db.Councils.Add(council);
        await db.SaveChangesAsync(ct);
        var candidates = await db.People.AsNoTracking().Where(p => p.Code.StartsWith("LSN-01"))
            .OrderBy(p => p.Code).Take(7).Select(p => new { p.Id, Name = p.FullName + " – " + p.Unit.Name }).ToListAsync(ct);
        var office = await db.Units.AsNoTracking().Where(u => u.Code == "LSN-KV1").Select(u => new { u.Id, u.Name }).FirstAsync(ct);
        var workingDays = new WorkingCalendar(await db.CalendarDays.AsNoTracking().ToListAsync(ct));

        // The open session: the last finished year, its posting started three working days ago.
        var year = calendar.LastFinished;
        var start = today;
        for (var n = 0; n < 3; n++)
        {
            do
            {
                start = start.AddDays(-1);
            }
            while (!workingDays.IsWorkingDay(start));
        }

        var regime = RegimeCatalog.Default.Resolve(start);
        var days = regime.PostingDays(Sector.Justice);
        var current = new CouncilSession(council.Id, year, $"Phiên họp xét thi đua, khen thưởng năm {year}", workingDays.AddWorkingDays(start, days + 1), allowAbstain: false);
        foreach (var c in candidates.Skip(2))
        {
            current.AddCandidate(CandidateKind.Person, c.Id, null, c == candidates[2] ? "BKBO" : "CSTDCS", year, c.Name, null);
        }

        current.AddCandidate(CandidateKind.Collective, null, office.Id, "TTLDXS", year, office.Name, null);
        current.StartPosting(start, workingDays.AddWorkingDays(start, days), days);
        db.CouncilSessions.Add(current);
        await db.SaveChangesAsync(ct);
        var first = current.Candidates.OrderBy(c => c.Order).First();
        current.AddComment(first.Id, null, "Nguyễn Văn An (demo)", "Đồng chí có nhiều đóng góp trong đợt cao điểm thi hành án; đề nghị Hội đồng xem xét kết quả giải quyết việc năm nay.",
            DateTimeKinds.AsUtc(start.AddDays(1).ToDateTime(new TimeOnly(2, 30))));
        await db.SaveChangesAsync(ct);
    }
}
