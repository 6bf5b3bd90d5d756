using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Awards.Councils;
using ThiDua.Core.Awards.Decisions;
using ThiDua.Core.Shared;
using ThiDua.IntegrationTests.Infrastructure;

namespace ThiDua.IntegrationTests.Awards;

/// <summary>
/// The proposal links are foreign keys (migration ProposalLinks) on both databases: a council candidate or a decision
/// line pointing to a proposal that does not exist is refused by the database; the use cases refuse it first with a
/// message (decisions: not found, as another province's proposal; councils: the row named); the demo data links only
/// to real proposals. Proposals are never deleted, so the Restrict delete rule only guards the link.
/// </summary>
[Collection("app")]
public sealed class ProposalLinkTests(Apps apps)
{
    private const int Missing = 987_654;

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task TheDatabase_RefusesALinkToAProposalThatDoesNotExist(Db db)
    {
        var app = apps.Get(db);
        var (line, candidate) = await app.WithDbAsync(async d => (
            await d.Set<DecisionLine>().OrderBy(l => l.Id).Select(l => l.Id).FirstAsync(),
            await d.Set<SessionCandidate>().OrderBy(c => c.Id).Select(c => c.Id).FirstAsync()));

        var lineError = await Assert.ThrowsAsync<DbUpdateException>(() => app.WithDbAsync(async d =>
        {
            var row = await d.Set<DecisionLine>().SingleAsync(l => l.Id == line);
            d.Entry(row).Property(l => l.ProposalId).CurrentValue = Missing;
            return await d.SaveChangesAsync();
        }));
        Assert.Contains("FOREIGN KEY", (lineError.InnerException ?? lineError).Message, StringComparison.OrdinalIgnoreCase);

        var candidateError = await Assert.ThrowsAsync<DbUpdateException>(() => app.WithDbAsync(async d =>
        {
            var row = await d.Set<SessionCandidate>().SingleAsync(c => c.Id == candidate);
            d.Entry(row).Property(c => c.ProposalId).CurrentValue = Missing;
            return await d.SaveChangesAsync();
        }));
        Assert.Contains("FOREIGN KEY", (candidateError.InnerException ?? candidateError).Message, StringComparison.OrdinalIgnoreCase);

        // Nothing was written, and the demo data (seeded in every test app) links only to real proposals.
        Assert.False(await app.WithDbAsync(d => d.Set<DecisionLine>().AnyAsync(l => l.ProposalId == Missing)));
        Assert.False(await app.WithDbAsync(d => d.Set<SessionCandidate>().AnyAsync(c => c.ProposalId == Missing)));
        Assert.False(await app.WithDbAsync(d => d.Set<DecisionLine>().AnyAsync(l => l.ProposalId != null && !d.Proposals.Any(p => p.Id == l.ProposalId))));
        Assert.False(await app.WithDbAsync(d => d.Set<SessionCandidate>().AnyAsync(c => c.ProposalId != null && !d.Proposals.Any(p => p.Id == c.ProposalId))));
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task ADecisionLine_NamesAVisibleProposal_OfTheSamePerson(Db db)
    {
        var app = apps.Get(db);
        var officer = await app.ApiClientAsync("canbo.langson");
        var proposal = await TestProposals.UnderReviewAsync(app, "LSN-0102", AwardCode.Gk, "LSN");
        var hanoi = await TestProposals.UnderReviewAsync(app, await app.WithDbAsync(d => d.People.Where(p => p.Code.StartsWith("HNI")).OrderBy(p => p.Code).Select(p => p.Code).FirstAsync()), AwardCode.Gk, "HNI");
        var ids = await app.WithDbAsync(async d => new
        {
            Province = await d.Units.Where(u => u.Code == "LSN").Select(u => u.Id).SingleAsync(),
            Person = await d.People.Where(p => p.Code == "LSN-0102").Select(p => p.Id).SingleAsync(),
            Other = await d.People.Where(p => p.Code == "LSN-0103").Select(p => p.Id).SingleAsync(),
        });
        var decisions = await app.WithDbAsync(d => d.AwardDecisions.CountAsync());
        var today = EmulationYear.DateIn(TimeProvider.System.GetUtcNow());
        object Body(int personId, int proposalId) => new
        {
            issuingUnitId = ids.Province, date = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), code = "GK",
            periodFrom = EmulationYear.LastFinished(today), achievement = "dũng cảm bảo vệ tài sản kê biên",
            signerPosition = "Trưởng Thi hành án dân sự tỉnh", signerName = "Hoàng Văn Nghĩa", lines = new[] { new { personId, proposalId } },
        };

        // An unknown proposal and another province's: not found, as if they did not exist; nothing written (no DB exception).
        Assert.Equal(HttpStatusCode.NotFound, (await officer.PostAsJsonAsync("/api/v1/decisions", Body(ids.Person, Missing))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.PostAsJsonAsync("/api/v1/decisions", Body(ids.Person, hanoi))).StatusCode);

        // The proposal of someone else: the row is named.
        var wrong = await officer.PostAsJsonAsync("/api/v1/decisions", Body(ids.Other, proposal));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains($"Dòng 1: đề nghị mã {proposal} là đề nghị khen thưởng", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(decisions, await app.WithDbAsync(d => d.AwardDecisions.CountAsync()));

        // Its own proposal: drafted, the line keeps the link.
        var created = await officer.PostAsJsonAsync("/api/v1/decisions", Body(ids.Person, proposal));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.True(await app.WithDbAsync(d => d.Set<DecisionLine>().AnyAsync(l => l.ProposalId == proposal && l.PersonId == ids.Person)));
    }
}
