using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Awards.Proposals;
using ThiDua.Core.Data;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Awards.Decisions;

/// <summary>
/// The link between approved proposals and the decision that grants them: a draft is made from the approved proposals
/// of one deciding unit and one award (<see cref="DraftDecisionFromProposals"/>), and issuing it marks them decided
/// (<see cref="IssueDecision"/>). A line that names a proposal must name one approved by the issuing unit, for the same
/// award and the same person or collective.
/// </summary>
internal static class DecisionProposals
{
    public static async Task<(IReadOnlyList<Proposal> Proposals, string? Error)> CheckAsync(AppDbContext db, AwardDecision decision, CancellationToken ct)
    {
        var ids = decision.Lines.Where(l => l.ProposalId is not null).Select(l => l.ProposalId!.Value).Distinct().ToList();
        if (ids.Count == 0)
        {
            return ([], null);
        }

        var proposals = await db.Proposals.Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        for (var i = 0; i < decision.Lines.Count; i++)
        {
            var line = decision.Lines[i];
            if (line.ProposalId is not int id)
            {
                continue;
            }

            var row = string.Create(CultureInfo.InvariantCulture, $"Dòng {i + 1} ({line.Name})");
            var p = proposals.FirstOrDefault(x => x.Id == id);
            if (p is null || p.DecidingUnitId != decision.IssuingUnitId)
            {
                return ([], $"{row}: đề nghị số {id} không phải đề nghị gửi {decision.IssuingUnit.Name} xét.");
            }

            if (p.Status != ProposalStatus.Approved)
            {
                return ([], $"{row}: đề nghị số {id} chưa được phê duyệt (hiện tại: {ProposalTexts.Status(p.Status)}); chỉ khen thưởng đề nghị đã phê duyệt.");
            }

            if (p.Code != decision.Code || p.PersonId != line.PersonId || p.SubjectUnitId != line.UnitId)
            {
                return ([], $"{row}: đề nghị số {id} là {ProposalTexts.AwardName(p.Code)} cho {p.SubjectName}, không khớp với dòng này của quyết định.");
            }
        }

        return (proposals, null);
    }
}

/// <summary>What the officer adds to approved proposals to draft their decision: the signer and the achievement.</summary>
public sealed record DecisionFromProposalsInput(IReadOnlyList<int> ProposalIds, string? SignerPosition, string? SignerName, string? Achievement = null);

/// <summary>
/// Drafts an award decision of the deciding unit from its approved proposals of one award, with the signer typed by the
/// officer and the rest prefilled (legal bases, issuer, recipients); the leader then issues it. Only proposals the
/// user may draft decisions for; one line each.
/// </summary>
public sealed class DraftDecisionFromProposals(AppDbContext db, ICurrentUser actor, CreateDecision create, TimeProvider clock)
{
    public async Task<Result<AwardDecision>> HandleAsync(DecisionFromProposalsInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var proposalIds = input.ProposalIds ?? [];
        if (proposalIds.Count == 0)
        {
            return Result<AwardDecision>.Invalid(new FieldError("ProposalIds", "Chưa chọn đề nghị nào để lập quyết định."));
        }

        var ids = proposalIds.Distinct().ToList();
        var proposals = await db.Proposals.AsNoTracking().Include(p => p.DecidingUnit).Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        if (proposals.Count != ids.Count || proposals.Any(p => !actor.CanAccess(DecisionsPermissions.Draft, p.DecidingUnit.Path)))
        {
            return Result<AwardDecision>.NotFound();
        }

        if (proposals.FirstOrDefault(p => p.Status != ProposalStatus.Approved) is { } waiting)
        {
            return Result<AwardDecision>.Invalid(new FieldError("ProposalIds",
                $"Đề nghị {ProposalTexts.AwardName(waiting.Code)} cho {waiting.SubjectName} chưa được phê duyệt (hiện tại: {ProposalTexts.Status(waiting.Status)})."));
        }

        if (proposals.Select(p => (p.DecidingUnitId, p.Code, p.Year)).Distinct().Count() > 1)
        {
            return Result<AwardDecision>.Invalid(new FieldError("ProposalIds", "Một quyết định khen thưởng một danh hiệu, hình thức của một năm: hãy chọn các đề nghị cùng danh hiệu, cùng năm."));
        }

        var drafted = await db.AwardDecisionLines.AsNoTracking()
            .Where(l => l.ProposalId != null && ids.Contains(l.ProposalId.Value))
            .Join(db.AwardDecisions.Where(d => d.Status == DecisionStatus.Draft), l => l.DecisionId, d => d.Id, (l, d) => new { l.Name, d.Id })
            .FirstOrDefaultAsync(ct);
        if (drafted is not null)
        {
            return Result<AwardDecision>.Invalid(new FieldError("ProposalIds", $"{drafted.Name} đã có trong dự thảo quyết định (mã {drafted.Id}); hãy mở dự thảo đó."));
        }

        var first = proposals[0];
        var today = Shared.VietnameseFormat.Today(clock);
        return await create.HandleAsync(new DecisionInput(first.DecidingUnitId, today, CodeOf<AwardCode>.Code(first.Code), PeriodFrom: first.Year, PeriodTo: first.Year,
            Achievement: input.Achievement, SignerPosition: input.SignerPosition, SignerName: input.SignerName,
            Lines: proposals.OrderBy(p => p.SubjectName, StringComparer.Ordinal).Select(p => new DecisionLineInput(PersonId: p.PersonId, UnitId: p.SubjectUnitId, ProposalId: p.Id)).ToList()), ct);
    }
}
