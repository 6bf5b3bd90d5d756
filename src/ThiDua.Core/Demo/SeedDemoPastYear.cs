using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Awards.Candidates;
using ThiDua.Core.Awards.Councils;
using ThiDua.Core.Awards.Decisions;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Awards.Proposals;
using ThiDua.Core.Awards.Regimes;
using ThiDua.Core.Data;
using ThiDua.Core.Documents;
using ThiDua.Core.Documents.Files;
using ThiDua.Core.Organisation;
using ThiDua.Core.Organisation.Records;
using ThiDua.Core.Shared.Calendar;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Demo;

/// <summary>
/// A past emulation year carried through the whole cycle in the app: the year before the last finished one (2025 on
/// 27/11/2026), for THADS Lạng Sơn. <see cref="SeedDemoRecords"/> wrote that year's titles as history; this seeder
/// replaces the ones the provincial head decides — Giấy khen of the thematic drive, LĐTT, TTLĐTT, CSTĐCS — by what the
/// app would have produced had Lạng Sơn used it that year, on the same people, days and decision numbers:
/// <list type="number">
/// <item>the Giấy khen (September) and the LĐTT list (January) as issued decisions without proposals (LĐTT is approved
///   on the units' year-end lists);</item>
/// <item>a proposal for each CSTĐCS and TTLĐTT from the regional office or department of the person (the office for a
///   collective), with its frozen verdict and a complete dossier (stand-in scans), submitted the working day after the
///   LĐTT list was decided (mid-January), received and reviewed the next day;</item>
/// <item>the council's session of that year: posted for the regime's working days, then voted by the eight members
///   (one in writing), closed with its tally and receipts published; each proposal gets its result and is approved;</item>
/// <item>the TTLĐTT and CSTĐCS decisions drafted from the approved proposals and issued, which marks them decided.</item>
/// </list>
/// Each step goes through the app's use cases (create, issue) on a clock set to the historic day, so the records are
/// written by <see cref="IssueDecision"/> exactly as for a live year and the eligibility history is unchanged (same
/// titles, years, dates; only the source becomes DECISION and each record is linked to its decision line). Someone the
/// engine would refuse today (a case opened since) keeps the decision line without a proposal. The notifications of that
/// year are marked read. Deterministic; idempotent (nothing when a proposal of that year exists).
/// </summary>
public sealed class SeedDemoPastYear(
    AppDbContext db, ICurrentUser actor, EmulationCalendar calendar, RegimeStore regimes, GetPersonCandidate personCandidate,
    GetCollectiveCandidate collectiveCandidate, ProposalNotifier notifier)
{
    /// <summary>The head of the provincial agency, who signs the year's titles himself.</summary>
    private const string HeadCode = "LSN-0001";

    public async Task HandleAsync(CancellationToken ct = default)
    {
        var year = calendar.LastFinished - 1;
        var lsn = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == "LSN", ct);
        var council = lsn is null ? null : await db.Councils.Include(c => c.Members).ThenInclude(m => m.Person).FirstOrDefaultAsync(c => c.UnitId == lsn.Id, ct);
        if (lsn is null || council is null || await db.Proposals.AnyAsync(p => p.Year == year, ct))
        {
            return;
        }

        var issuer = DecisionRules.DefaultIssuerTitle(lsn);
        var symbol = DecisionRules.Symbol(lsn);
        var history = await db.AwardRecords
            .Where(a => a.Source == AwardSource.HISTORIC && a.PeriodFrom == year && a.PeriodTo == year && a.Issuer == issuer && a.DecisionNumber.EndsWith("/" + symbol))
            .ToListAsync(ct);
        if (history.Count == 0)
        {
            return;
        }

        var head = await db.People.AsNoTracking().Where(p => p.Code == HeadCode).Select(p => new { p.FullName, p.Position }).SingleAsync(ct);
        var groups = history.GroupBy(a => (a.Code, a.Kind, a.DecisionNumber, a.DecisionDate)).OrderBy(g => g.Key.DecisionDate).ToList();

        // The history's records give way to the decisions' (IssueDecision refuses a title already held for the year).
        db.AwardRecords.RemoveRange(history);
        await db.SaveChangesAsync(ct);

        var people = await db.People.AsNoTracking().Select(p => new { p.Id, p.FullName, p.UnitId, p.Unit.Kind, p.Unit.ParentId }).ToDictionaryAsync(p => p.Id, ct);
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Name, u.ParentId }).ToDictionaryAsync(u => u.Id, ct);
        var days = new WorkingCalendar(await db.CalendarDays.AsNoTracking().ToListAsync(ct));
        var scans = new Dictionary<string, byte[]>(StringComparer.Ordinal);

        // 1. Titles without proposals: the thematic Giấy khen and the LĐTT list.
        foreach (var group in groups.Where(g => g.Key.Code is not (AwardCode.Cstdcs or AwardCode.Ttldtt)))
        {
            await IssueAsync(lsn, group.Key, group.Select(a => new DecisionLineInput(PersonId: a.PersonId, UnitId: a.UnitId)).ToList(), year, head.FullName, head.Position, ct);
        }

        // 2. Proposals of CSTĐCS and TTLĐTT from the offices and departments, once the LĐTT list is decided.
        var proposed = groups.Where(g => g.Key.Code is AwardCode.Cstdcs or AwardCode.Ttldtt).ToList();
        if (proposed.Count == 0)
        {
            return;
        }

        // Sent the working day after the LĐTT list was decided, so that the verdicts frozen at submission rest on it.
        var firstDecision = proposed.Min(g => g.Key.DecisionDate);
        var listsDecided = groups.Where(g => g.Key.Code is not (AwardCode.Cstdcs or AwardCode.Ttldtt) && g.Key.DecisionDate < firstDecision)
            .Select(g => g.Key.DecisionDate).DefaultIfEmpty(new DateOnly(year + 1, 1, 2)).Max();
        var submitted = days.AddWorkingDays(listsDecided, 1);
        var proposals = new List<Proposal>();
        var create = new CreateProposal(db, actor, At(submitted), personCandidate, collectiveCandidate);
        foreach (var record in proposed.SelectMany(g => g).OrderBy(a => a.UnitId is null).ThenBy(a => a.PersonId ?? a.UnitId))
        {
            // A person proposes through their office or department; a collective through itself. The province's own
            // staff (its leaders) have no unit below the decider to propose them: their line stands without a proposal.
            var proposing = record.PersonId is int pid ? people[pid].UnitId : record.UnitId!.Value;
            if (proposing == lsn.Id || units[proposing].ParentId != lsn.Id)
            {
                continue;
            }

            var made = await create.HandleAsync(new ProposalInput(proposing, record.PersonId, record.UnitId, CodeOf<AwardCode>.Code(record.Code), year, ProposalRoute.Automatic, null, null, lsn.Id), ct);
            if (!made.IsSuccess)
            {
                continue;
            }

            var p = made.Value!;
            await AttachScansAsync(p, scans, submitted, ct);
            p.Submit(Morning(submitted), days.AddWorkingDays(submitted, ProposalDeadline.Defaults[DeadlineStep.Receive]));
            var received = days.AddWorkingDays(submitted, 1);
            p.Receive(Morning(received), days.AddWorkingDays(received, ProposalDeadline.Defaults[DeadlineStep.StartReview]));
            p.StartReview(Morning(received).AddHours(2), days.AddWorkingDays(received, ProposalDeadline.Defaults[DeadlineStep.Review]));
            proposals.Add(p);
        }

        await db.SaveChangesAsync(ct);

        // 3. The council's session: posted from the day after review began, voted, closed; the results recorded.
        var postingStart = days.AddWorkingDays(submitted, 2);
        var session = await HoldSessionAsync(council, year, proposals, postingStart, firstDecision, days, ct);
        var approvedOn = days.AddWorkingDays(session.ClosedOn!.Value, 1);
        foreach (var p in proposals.Where(p => p.CouncilPassed == true))
        {
            p.Approve(Morning(approvedOn), days.AddWorkingDays(approvedOn, ProposalDeadline.Defaults[DeadlineStep.Decide]));
        }

        await db.SaveChangesAsync(ct);

        // 4. The decisions, one per title, from the approved proposals (and the lines that have none).
        foreach (var group in proposed)
        {
            var lines = group.Select(a => new DecisionLineInput(PersonId: a.PersonId, UnitId: a.UnitId,
                ProposalId: proposals.FirstOrDefault(p => p.Code == a.Code && p.Status == ProposalStatus.Approved && p.PersonId == a.PersonId && p.SubjectUnitId == a.UnitId)?.Id)).ToList();
            await IssueAsync(lsn, group.Key, lines, year, head.FullName, head.Position, ct);
        }

        // A year-old decision's notices are not news: read.
        var links = proposals.Select(p => "/Awards/Proposals/Details/" + p.Id.ToString(CultureInfo.InvariantCulture)).ToList();
        foreach (var notice in await db.Notifications.Where(n => n.ReadAt == null && links.Contains(n.Link)).ToListAsync(ct))
        {
            notice.MarkRead(Morning(firstDecision));
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task IssueAsync(OrgUnit lsn, (AwardCode Code, AwardKind Kind, string Number, DateOnly Date) key, List<DecisionLineInput> lines, int year, string signer, string position, CancellationToken ct)
    {
        var number = int.Parse(key.Number[..key.Number.IndexOf('/', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
        var achievement = key.Code switch
        {
            AwardCode.Gk => $"xuất sắc trong đợt thi đua cao điểm \"về đích\" năm {year}",
            AwardCode.Ttldtt => $"hoàn thành tốt nhiệm vụ thi hành án dân sự năm {year}",
            _ => $"hoàn thành xuất sắc nhiệm vụ thi hành án dân sự năm {year}",
        };
        var draft = await Require(new CreateDecision(db, actor, regimes).HandleAsync(new DecisionInput(
            lsn.Id, key.Date, CodeOf<AwardCode>.Code(key.Code), CodeOf<AwardKind>.Code(key.Kind), year, year, achievement,
            SignerPosition: position, SignerName: signer, Lines: lines), ct));
        await Require(new IssueDecision(db, actor, regimes, At(key.Date), notifier).HandleAsync(draft.Id, number, ct));
    }

    /// <summary>
    /// The session of <paramref name="year"/> on the proposals: posted for the regime's working days, met the next working
    /// day, voted by every member (the fourth in writing), closed with the tally and results recorded. Most members vote
    /// yes; a candidate who would fall short gets the yes votes it needs, since the history says it was awarded.
    /// </summary>
    private async Task<CouncilSession> HoldSessionAsync(Council council, int year, List<Proposal> proposals, DateOnly start, DateOnly before, WorkingCalendar days, CancellationToken ct)
    {
        var catalog = await regimes.CatalogAsync(ct);
        var regime = catalog.Resolve(start);
        var postingDays = regime.PostingDays(Sector.Justice);
        var meeting = days.AddWorkingDays(start, postingDays + 1);
        while (meeting >= before || !days.IsWorkingDay(meeting))
        {
            // The history's decision came sooner than a full posting allows (not so in the demo's dates): meet the working day before it.
            meeting = meeting >= before ? before.AddDays(-1) : meeting.AddDays(-1);
        }

        var session = new CouncilSession(council.Id, year, $"Phiên họp xét thi đua, khen thưởng năm {year}", meeting, allowAbstain: false);
        foreach (var p in proposals.OrderBy(p => p.PersonId is null).ThenBy(p => p.SubjectName, StringComparer.Ordinal))
        {
            session.AddCandidate(p.PersonId is null ? CandidateKind.Collective : CandidateKind.Person, p.PersonId, p.SubjectUnitId, CodeOf<AwardCode>.Code(p.Code), year, p.SubjectName, p.Id);
        }

        var members = council.Members.OrderBy(m => m.Order).Select(m => (m.PersonId, m.Role, m.Person.FullName, m.Person.Position)).ToList();
        session.StartPosting(start, days.AddWorkingDays(start, postingDays), postingDays);
        var rules = catalog.Resolve(meeting).CouncilVote.Value;
        session.OpenVoting(meeting, regime.Code, members, rules.RequiredVotes, rules.Quorum(members.Count));
        db.CouncilSessions.Add(session);
        await db.SaveChangesAsync(ct);

        var random = new Random(year);
        var candidates = session.Candidates.OrderBy(c => c.Order).ToList();
        var choices = members.Select(_ => candidates.Select(_ => random.Next(100) < 8 ? 'N' : 'Y').ToArray()).ToList();
        for (var c = 0; c < candidates.Count; c++)
        {
            for (var m = 0; choices.Count(b => b[c] == 'Y') < candidates[c].RequiredVotes && m < choices.Count; m++)
            {
                choices[m][c] = 'Y';
            }
        }

        foreach (var (m, i) in members.Select((m, i) => (m, i)))
        {
            db.VoteParticipations.Add(new VoteParticipation(session.Id, m.PersonId, i == 3 ? ParticipationMethod.InWriting : ParticipationMethod.InPerson, meeting));
        }

        // Stored in an order unrelated to the members' (ADR 0019), each with a random receipt.
        var ballots = choices.Select(c => new string(c)).OrderBy(_ => random.Next()).ToList();
        foreach (var ballot in ballots)
        {
            db.SecretBallots.Add(new SecretBallot(session.Id, Receipt(random), ballot));
        }

        session.Close(meeting, ballots.Count, CouncilTally.Count(ballots, candidates.Count));
        await db.SaveChangesAsync(ct);
        await ProposalCouncilResults.RecordAsync(db, session, ct);
        return session;
    }

    /// <summary>The stand-in scan of each dossier item (rendered once per item), stored per proposal as a file of its unit.</summary>
    private async Task AttachScansAsync(Proposal p, Dictionary<string, byte[]> scans, DateOnly day, CancellationToken ct)
    {
        const string By = "hệ thống (dữ liệu mẫu)";
        var files = new List<(string Item, StoredFile File)>();
        foreach (var item in DossierChecklist.For(p.Code, p.Route, p.RouteCode))
        {
            if (!scans.TryGetValue(item.Code, out var bytes))
            {
                bytes = PdfRenderer.Render(new OfficialDocument(
                    new DocumentHeader(null, "Thi hành án dân sự tỉnh Lạng Sơn", null, "Lạng Sơn", day),
                    "Bản quét", item.Name,
                    [new ParagraphBlock($"{item.Name}: bản quét của hồ sơ giấy năm {p.Year.ToString(CultureInfo.InvariantCulture)} lưu tại đơn vị (dữ liệu mẫu của bản trình diễn)."),
                     new ParagraphBlock("Hồ sơ gốc có chữ ký, đóng dấu được lưu trữ theo quy định về lưu trữ hồ sơ thi đua, khen thưởng.")],
                    new SignatureBlock(AuthorityForm.Direct, "Thủ trưởng đơn vị", "(đã ký)")));
                scans[item.Code] = bytes;
            }

            files.Add((item.Code, new StoredFile($"{item.Code.ToLowerInvariant().Replace('_', '-')}-{p.Id}.pdf", UploadCheck.ContentType(UploadKind.Pdf), bytes, p.ProposingUnitId, By, Morning(day))));
        }

        // One save for the proposal's files (their ids), then the dossier points at them.
        db.StoredFiles.AddRange(files.Select(f => f.File));
        await db.SaveChangesAsync(ct);
        foreach (var (item, file) in files)
        {
            p.Attach(item, file.Id, file.OriginalName, Morning(day), By);
        }
    }

    private static string Receipt(Random random)
    {
        const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return string.Join("-", Enumerable.Range(0, 3).Select(_ => new string(Enumerable.Range(0, 4).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray())));
    }

    /// <summary>09:00 in Vietnam on <paramref name="day"/>, as UTC.</summary>
    private static DateTime Morning(DateOnly day) => DateTimeKinds.AsUtc(day.ToDateTime(new TimeOnly(2, 0)));

    private static FixedClock At(DateOnly day) => new(new DateTimeOffset(Morning(day), TimeSpan.Zero));

    private static async Task<AwardDecision> Require(Task<Shared.Result<AwardDecision>> task)
    {
        var result = await task;
        return result.IsSuccess
            ? result.Value!
            : throw new InvalidOperationException("Demo decision of the past year: " + string.Join("; ", result.Errors.Select(e => e.Message)));
    }

    /// <summary>The clock of a historic day, for the use cases run as of that day.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
