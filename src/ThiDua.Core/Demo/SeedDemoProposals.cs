using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Awards.Candidates;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Awards.Proposals;
using ThiDua.Core.Data;
using ThiDua.Core.Documents;
using ThiDua.Core.Documents.Files;

namespace ThiDua.Core.Demo;

/// <summary>
/// Demo proposals of THADS Lạng Sơn to the Cục, counted from the clock. For the last finished emulation year: LDTT
/// proposals of eligible staff from the candidate list — three approved (council passed; the decisions part marks them
/// decided), one under review, one submitted and overdue, one draft. For the current year: sudden-feat proposals by
/// hand (DOT_XUAT), one submitted, one draft. The dossiers hold the generated drafts rendered as PDF (standing in for
/// the signed scans). Deterministic (the candidate list's order), idempotent (nothing when proposals exist).
/// </summary>
public sealed class SeedDemoProposals(AppDbContext db, EmulationCalendar calendar, TimeProvider clock, ListCandidates candidates, CreateProposal create, GetProposalDraft drafts)
{
    public async Task HandleAsync(CancellationToken ct = default)
    {
        if (await db.Proposals.AnyAsync(ct))
        {
            return;
        }

        var lsn = await db.Units.AsNoTracking().Where(u => u.Code == "LSN").Select(u => new { u.Id }).FirstOrDefaultAsync(ct);
        if (lsn is null)
        {
            return;
        }

        var last = calendar.LastFinished;
        var list = await candidates.HandleAsync(new CandidateQuery(lsn.Id, last, AwardCode.Ldtt, Outcome.Eligible, Size: 40), ct);
        var eligible = (list.Value?.Items ?? []).Where(r => r.PersonId is not null).Select(r => r.PersonId!.Value).Take(6).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var today = VietnameseFormat.Today(clock);
        var calendarDays = await Shared.Calendar.WorkingCalendar.LoadAsync(db, today.AddMonths(-2), today, ct);
        for (var i = 0; i < eligible.Count; i++)
        {
            var made = await create.HandleAsync(new ProposalInput(lsn.Id, eligible[i], null, "LDTT", last, ProposalRoute.Automatic, null, null, null), ct);
            if (!made.IsSuccess)
            {
                continue;
            }

            var p = made.Value!;
            var stage = i switch { < 3 => ProposalStatus.Approved, 3 => ProposalStatus.UnderReview, 4 => ProposalStatus.Submitted, _ => ProposalStatus.Draft };
            await FillDossierAsync(p, stage == ProposalStatus.Draft ? 2 : int.MaxValue, now, ct);
            if (stage != ProposalStatus.Draft)
            {
                // The submitted one was sent weeks ago: its receipt is overdue.
                var sent = stage == ProposalStatus.Submitted ? calendarDays.AddWorkingDays(today.AddDays(-21), 0) : today;
                p.Submit(now, calendarDays.AddWorkingDays(sent, ProposalDeadline.Defaults[DeadlineStep.Receive]));
            }

            if (stage is ProposalStatus.UnderReview or ProposalStatus.Approved)
            {
                p.Receive(now, calendarDays.AddWorkingDays(today, ProposalDeadline.Defaults[DeadlineStep.StartReview]));
                p.StartReview(now, calendarDays.AddWorkingDays(today, ProposalDeadline.Defaults[DeadlineStep.Review]));
            }

            if (stage == ProposalStatus.Approved)
            {
                p.RecordCouncilResult(true, 9, 6, 11, $"BB-HĐTĐKT-{last}-01");
                p.Approve(now, calendarDays.AddWorkingDays(today, ProposalDeadline.Defaults[DeadlineStep.Decide]));
            }

            await db.SaveChangesAsync(ct);
        }

        // Sudden feats of the current year, proposed by hand with a justification.
        var office = await db.People.AsNoTracking().Where(x => x.Unit.Code == "LSN-KV1" && !x.IsLeader).OrderBy(x => x.Code).Select(x => x.Id).Take(2).ToListAsync(ct);
        string[] feats =
        [
            "Dũng cảm ngăn chặn hành vi chống đối, bảo vệ an toàn tài sản kê biên trong buổi cưỡng chế ngày 12/11/2026 tại xã Hợp Thành; được chính quyền địa phương ghi nhận.",
            "Phát hiện và kịp thời báo cáo hành vi tẩu tán tài sản của người phải thi hành án, giúp thu hồi hơn 2 tỷ đồng cho ngân sách nhà nước.",
        ];
        for (var i = 0; i < office.Count; i++)
        {
            var made = await create.HandleAsync(new ProposalInput(lsn.Id, office[i], null, "BKBO", calendar.CurrentYear, ProposalRoute.ByHand, "DOT_XUAT", feats[i], null), ct);
            if (!made.IsSuccess)
            {
                continue;
            }

            var p = made.Value!;
            await FillDossierAsync(p, i == 0 ? int.MaxValue : 1, now, ct);
            if (i == 0)
            {
                p.Submit(now, calendarDays.AddWorkingDays(today, ProposalDeadline.Defaults[DeadlineStep.Receive]));
            }

            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>The first <paramref name="count"/> items of the checklist, as PDFs made from the drafts (letter, report) or a short stand-in.</summary>
    private async Task FillDossierAsync(Proposal p, int count, DateTime now, CancellationToken ct)
    {
        var letter = (await drafts.HandleAsync(p.Id, ProposalDraftKind.Letter, ct)).Value!;
        var report = (await drafts.HandleAsync(p.Id, ProposalDraftKind.Report, ct)).Value!;
        foreach (var item in DossierChecklist.For(p.Code, p.Route, p.RouteCode).Take(count))
        {
            var document = item.Code switch
            {
                DossierChecklist.Letter => letter,
                DossierChecklist.Report => report,
                _ => StandIn(report, item.Name),
            };
            var file = new StoredFile($"{item.Code.ToLowerInvariant().Replace('_', '-')}-{p.Id}.pdf", UploadCheck.ContentType(UploadKind.Pdf), PdfRenderer.Render(document), p.ProposingUnitId, "hệ thống (dữ liệu mẫu)", now);
            db.StoredFiles.Add(file);
            await db.SaveChangesAsync(ct);
            p.Attach(item.Code, file.Id, file.OriginalName, now, "hệ thống (dữ liệu mẫu)");
        }
    }

    private static OfficialDocument StandIn(OfficialDocument like, string name) =>
        new(like.Header, "BIÊN BẢN", name, [new ParagraphBlock($"{name} (bản quét mẫu của dữ liệu demo).")], like.Signature);
}
