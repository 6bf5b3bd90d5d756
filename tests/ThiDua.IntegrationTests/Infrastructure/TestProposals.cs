using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Awards.Proposals;
using ThiDua.Core.Data;
using ThiDua.Core.Documents.Files;
using ThiDua.Core.Shared;

namespace ThiDua.IntegrationTests.Infrastructure;

/// <summary>Real proposals for the tests that link to one (council candidates, decision lines carry a foreign key to it).</summary>
internal static class TestProposals
{
    /// <summary>A proposal of the person's unit for the person, decided by the unit coded <paramref name="decidingCode"/>, submitted, received and under review.</summary>
    public static Task<int> UnderReviewAsync(ThiDuaApp app, string personCode, AwardCode code, string decidingCode) => app.WithDbAsync(async d =>
    {
        var person = await d.People.Where(p => p.Code == personCode).Select(p => p.Id).SingleAsync();
        var deciding = await d.Units.Where(u => u.Code == decidingCode).Select(u => u.Id).SingleAsync();
        return await AddAsync(d, person, code, deciding, "Hoàn thành xuất sắc nhiệm vụ được giao, có sáng kiến được công nhận.", approve: false);
    });

    /// <summary>
    /// A proposal by hand (DOT_XUAT) of the person's unit, with its dossier complete, submitted, received and under
    /// review; <paramref name="approve"/>: also passed by the council (6 of 8, 5 required) and approved.
    /// </summary>
    public static async Task<int> AddAsync(AppDbContext d, int personId, AwardCode code, int decidingUnitId, string justification, bool approve)
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var person = await d.People.Where(p => p.Id == personId).Select(p => new { p.Id, p.FullName, p.UnitId }).SingleAsync();
        var proposal = new Proposal(person.UnitId, person.Id, null, person.FullName, code, 2026, ProposalRoute.ByHand, "DOT_XUAT", justification, decidingUnitId, now);
        var file = new StoredFile("ho-so.pdf", "application/pdf", "%PDF-1.4 hồ sơ"u8.ToArray(), person.UnitId, "kiểm thử", now);
        d.StoredFiles.Add(file);
        await d.SaveChangesAsync();
        foreach (var item in proposal.MissingItems())
        {
            proposal.Attach(item.Code, file.Id, file.OriginalName, now, "kiểm thử");
        }

        proposal.Submit(now, today.AddDays(10));
        proposal.Receive(now, today.AddDays(10));
        proposal.StartReview(now, today.AddDays(30));
        if (approve)
        {
            Assert.Null(proposal.RecordCouncilResult(true, 6, 5, 8, "Phiên họp kiểm thử"));
            proposal.Approve(now, today.AddDays(10));
        }

        d.Proposals.Add(proposal);
        await d.SaveChangesAsync();
        return proposal.Id;
    }
}
