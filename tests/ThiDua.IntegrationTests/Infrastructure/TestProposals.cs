using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Awards.Proposals;
using ThiDua.Core.Documents.Files;
using ThiDua.Core.Shared;

namespace ThiDua.IntegrationTests.Infrastructure;

/// <summary>Real proposals for the tests that link to one (council candidates, decision lines carry a foreign key to it).</summary>
internal static class TestProposals
{
    /// <summary>A proposal of the person's unit for the person, decided by the unit coded <paramref name="decidingCode"/>, submitted, received and under review.</summary>
    public static Task<int> UnderReviewAsync(ThiDuaApp app, string personCode, AwardCode code, string decidingCode) => app.WithDbAsync(async d =>
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var person = await d.People.Where(p => p.Code == personCode).Select(p => new { p.Id, p.FullName, p.UnitId }).SingleAsync();
        var deciding = await d.Units.Where(u => u.Code == decidingCode).Select(u => u.Id).SingleAsync();
        var proposal = new Proposal(person.UnitId, person.Id, null, person.FullName, code, 2026, ProposalRoute.ByHand, "DOT_XUAT",
            "Hoàn thành xuất sắc nhiệm vụ được giao, có sáng kiến được công nhận.", deciding, now);
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
        d.Proposals.Add(proposal);
        await d.SaveChangesAsync();
        return proposal.Id;
    });
}
