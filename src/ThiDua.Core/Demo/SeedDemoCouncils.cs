using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Awards.Councils;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Awards.Eligibility.Regimes;
using ThiDua.Core.Data;
using ThiDua.Core.Shared.Calendar;

namespace ThiDua.Core.Demo;

/// <summary>
/// The Lạng Sơn council (LSN-0001 chair, LSN-0002 and -0003 deputies, department heads as members, the emulation
/// officer LSN-0014 as secretary), a session of the year before the last finished one — posted, voted (one written
/// ballot), closed, its tally published — and a session of the last finished year whose public posting is running.
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
        var members = council.Members.OrderBy(m => m.Order).Select(m => people.Values.First(p => p.Id == m.PersonId))
            .Select(p => (p.Id, council.Members.First(m => m.PersonId == p.Id).Role, p.FullName, p.Position)).ToList();

        var candidates = await db.People.AsNoTracking().Where(p => p.Code.StartsWith("LSN-01"))
            .OrderBy(p => p.Code).Take(7).Select(p => new { p.Id, Name = p.FullName + " – " + p.Unit.Name }).ToListAsync(ct);
        var office = await db.Units.AsNoTracking().Where(u => u.Code == "LSN-KV1").Select(u => new { u.Id, u.Name }).FirstAsync(ct);
        var random = new Random(2019);
        var workingDays = new WorkingCalendar(await db.CalendarDays.AsNoTracking().ToListAsync(ct));

        // The closed session: the year before the last finished one, held about two months after that year ended.
        var pastYear = calendar.LastFinished - 1;
        var meeting = workingDays.AddWorkingDays(calendar.End(pastYear).AddDays(50), 1);
        var past = new CouncilSession(council.Id, pastYear, $"Phiên họp xét thi đua, khen thưởng năm {pastYear}", meeting, allowAbstain: false);
        foreach (var c in candidates.Take(5))
        {
            past.AddCandidate(CandidateKind.Person, c.Id, null, c == candidates[0] ? "CSTDBO" : "CSTDCS", pastYear, c.Name, null);
        }

        past.AddCandidate(CandidateKind.Collective, null, office.Id, "TTLDXS", pastYear, office.Name, null);
        Close(past, members, meeting, workingDays, random);
        db.CouncilSessions.Add(past);
        await db.SaveChangesAsync(ct);
        var ballots = Ballots(past, members.Count - 1, random).ToList();
        foreach (var (m, i) in members.Take(members.Count - 1).Select((m, i) => (m, i)))
        {
            db.VoteParticipations.Add(new VoteParticipation(past.Id, m.Id, i == 3 ? ParticipationMethod.InWriting : ParticipationMethod.InPerson, meeting));
        }

        foreach (var ballot in ballots)
        {
            db.SecretBallots.Add(new SecretBallot(past.Id, ballot.Receipt, ballot.Choices));
        }

        past.Close(meeting, ballots.Count, CouncilTally.Count(ballots.Select(b => b.Choices), past.Candidates.Count));

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

    private static void Close(CouncilSession session, List<(int Id, CouncilRole Role, string FullName, string Position)> members, DateOnly meeting, WorkingCalendar days, Random random)
    {
        _ = random;
        var regime = RegimeCatalog.Default.Resolve(meeting);
        var posting = regime.PostingDays(Sector.Justice);
        var start = meeting.AddDays(-30);
        session.StartPosting(start, days.AddWorkingDays(start, posting), posting);
        var rules = regime.CouncilVote.Value;
        session.OpenVoting(meeting, regime.Code, members, (award, n) => award is { } a ? rules.RequiredVotes(a, n) : (n / 2) + 1, rules.Quorum(members.Count));
    }

    private static IEnumerable<(string Receipt, string Choices)> Ballots(CouncilSession session, int count, Random random)
    {
        const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        for (var b = 0; b < count; b++)
        {
            var receipt = string.Join("-", Enumerable.Range(0, 3).Select(_ => new string(Enumerable.Range(0, 4).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray())));
            var choices = new string(session.Candidates.OrderBy(c => c.Order).Select(c => random.NextDouble() < (c.Code == "CSTDBO" ? 0.8 : 0.9) ? 'Y' : 'N').ToArray());
            yield return (receipt, choices);
        }
    }
}
