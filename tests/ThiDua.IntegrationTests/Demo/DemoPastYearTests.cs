using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Core.Awards.Councils;
using ThiDua.Core.Awards.Decisions;
using ThiDua.Core.Awards.Proposals;
using ThiDua.Core.Organisation.Records;
using ThiDua.Core.Shared;
using ThiDua.IntegrationTests.Infrastructure;

namespace ThiDua.IntegrationTests.Demo;

/// <summary>
/// Issue 6, item 8: the demo has a past year fully decided (SeedDemoPastYear). For Lạng Sơn's year before the last
/// finished one: every proposal is decided by an issued decision that names it; the council's session of that year is
/// closed with ballots = participants and a passing result for each proposal; every award the provincial head gave for
/// that year was written by an issued decision's line; and the officer sees it all through the API.
/// </summary>
[Collection("app")]
public sealed class DemoPastYearTests(Apps apps)
{
    private const string Head = "Trưởng Thi hành án dân sự tỉnh Lạng Sơn";

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task ThePastYear_IsCarriedFromProposalsThroughTheCouncilToIssuedDecisions(Db db)
    {
        var app = apps.Get(db);
        int year;
        await using (var scope = app.SystemScope())
        {
            year = scope.ServiceProvider.GetRequiredService<EmulationCalendar>().LastFinished - 1;
        }

        var (proposals, decisions, lines, session, awards, ballots, participants, unread) = await app.WithDbAsync(async d =>
        {
            var lsn = await d.Units.Where(u => u.Code == "LSN").Select(u => u.Id).SingleAsync();
            var council = await d.Councils.Where(c => c.UnitId == lsn).Select(c => c.Id).SingleAsync();
            var session = await d.CouncilSessions.Include(s => s.Candidates).AsNoTracking().SingleAsync(s => s.CouncilId == council && s.Year == year);
            var proposals = await d.Proposals.Include(p => p.Documents).AsNoTracking().Where(p => p.Year == year && p.DecidingUnitId == lsn).ToListAsync();
            // Issued and standing (DecisionTests issues and then revokes one more CSTĐCS of that year in the shared app).
            var decisions = await d.AwardDecisions.AsNoTracking().Where(x => x.IssuingUnitId == lsn && x.PeriodFrom == year && x.Status == DecisionStatus.Issued).ToListAsync();
            var ids = decisions.Select(x => x.Id).ToList();
            var lines = await d.AwardDecisionLines.AsNoTracking().Where(l => ids.Contains(l.DecisionId)).ToListAsync();
            var awards = await d.AwardRecords.AsNoTracking().Where(a => a.PeriodFrom == year && a.Issuer == Head && a.RevokedOn == null).ToListAsync();
            var links = proposals.Select(p => "/Awards/Proposals/Details/" + p.Id).ToList();
            return (proposals, decisions, lines, session, awards,
                await d.SecretBallots.CountAsync(b => b.SessionId == session.Id), await d.VoteParticipations.CountAsync(v => v.SessionId == session.Id),
                await d.Notifications.CountAsync(n => n.ReadAt == null && links.Contains(n.Link)));
        });

        // The decisions: the thematic Giấy khen, LĐTT, TTLĐTT and CSTĐCS, all issued, numbered as in the paper register.
        Assert.Equal(["CSTDCS", "GK", "LDTT", "TTLDTT"], decisions.Select(x => CodeOf<AwardCode>.Code(x.Code)).Order(StringComparer.Ordinal));
        Assert.All(decisions, x => Assert.EndsWith("/QĐ-THADS", x.Notation, StringComparison.Ordinal));

        // The proposals (CSTĐCS and TTLĐTT from the offices and departments): each decided by the decision whose line names it.
        Assert.True(proposals.Count >= 20, $"{proposals.Count} proposals");
        Assert.Contains(proposals, p => p.SubjectUnitId is not null);
        Assert.All(proposals, p =>
        {
            Assert.Equal(ProposalStatus.Decided, p.Status);
            Assert.True(p.CouncilPassed, $"{p.SubjectName}: council");
            var line = Assert.Single(lines, l => l.ProposalId == p.Id);
            var decision = decisions.Single(x => x.Id == line.DecisionId);
            Assert.Equal(decision.Notation, p.DecisionRef);
            Assert.Equal(p.Code, decision.Code);
            Assert.Equal((p.PersonId, p.SubjectUnitId), (line.PersonId, line.UnitId));
            Assert.True(p.SubmittedAt < p.ApprovedAt, $"{p.SubjectName}: submitted {p.SubmittedAt}, approved {p.ApprovedAt}");
            // Its verdict, frozen at submission, rests on the LĐTT list already decided.
            Assert.True(DateOnly.FromDateTime(p.SubmittedAt!.Value) > decisions.Single(x => x.Code == AwardCode.Ldtt).Date, $"{p.SubjectName}: submitted {p.SubmittedAt}");
            Assert.True(DateOnly.FromDateTime(p.ApprovedAt!.Value) <= decision.Date, $"{p.SubjectName}: approved after its decision");
            Assert.NotEmpty(p.Documents);
            Assert.Empty(p.MissingItems());
        });
        Assert.Equal(0, unread);

        // The council's session of that year: closed, every member took part, one ballot each, every proposal on its agenda and passed.
        Assert.Equal(SessionStatus.Closed, session.Status);
        Assert.True(session.QuorumMet);
        Assert.Equal(participants, ballots);
        Assert.Equal(session.MemberCount, participants);
        Assert.Equal(proposals.Select(p => p.Id).Order(), session.Candidates.Select(c => c.ProposalId!.Value).Order());
        Assert.All(session.Candidates, c => Assert.True(c.Passed, $"{c.DisplayName}: {c.Yes}/{c.RequiredVotes}"));
        Assert.All(proposals, p => Assert.StartsWith(session.Title, p.CouncilSessionRef, StringComparison.Ordinal));
        Assert.True(session.ClosedOn < decisions.Where(x => x.Code is AwardCode.Cstdcs or AwardCode.Ttldtt).Min(x => x.Date));

        // Every award of that year by the provincial head comes from an issued line; none is left as bare history.
        Assert.True(awards.Count >= 150, $"{awards.Count} awards");
        Assert.All(awards, a =>
        {
            Assert.Equal(AwardSource.DECISION, a.Source);
            var line = Assert.Single(lines, l => l.Id == a.DecisionLineId);
            Assert.Equal(decisions.Single(x => x.Id == line.DecisionId).Notation, a.DecisionNumber);
        });
        Assert.Equal(lines.Count, awards.Count);

        // The officer reads the same through the API: the year's proposals all decided.
        var officer = await app.ApiClientAsync("canbo.langson");
        var page = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/proposals?year={year}&size=100");
        Assert.Equal(proposals.Count, page.GetProperty("total").GetInt32());
        Assert.All(page.GetProperty("items").EnumerateArray(), p => Assert.Equal("DECIDED", p.GetProperty("status").GetString()));
    }
}
