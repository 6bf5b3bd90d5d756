using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Data;
using ThiDua.Core.Documents;
using ThiDua.Core.Documents.Files;
using ThiDua.Core.Organisation.Records;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Awards.Proposals;

/// <summary>Which draft: the submission letter (tờ trình) or the achievement report (báo cáo thành tích).</summary>
public enum ProposalDraftKind
{
    Letter,
    Report,
}

/// <summary>
/// A draft of a proposal's dossier generated from the data (<see cref="ProposalDocuments"/>): the person's details,
/// ratings and initiatives of the year and previous awards (Organisation/Records), or the collective's; the signature
/// of the proposing unit's head. Anyone who sees the proposal may download it.
/// </summary>
public sealed class GetProposalDraft(AppDbContext db, ICurrentUser actor, TimeProvider clock)
{
    public async Task<Result<OfficialDocument>> HandleAsync(int id, ProposalDraftKind kind, CancellationToken ct = default)
    {
        var p = await ProposalScope.LoadAsync(db, actor, id, ct);
        if (p is null)
        {
            return Result<OfficialDocument>.NotFound();
        }

        var parent = p.ProposingUnit.ParentId is int pid ? await db.Units.AsNoTracking().Where(u => u.Id == pid).Select(u => u.Name).FirstOrDefaultAsync(ct) : null;
        var place = Covenants.GetCovenantDocument.PlaceOf(p.ProposingUnit.Name) ?? "Hà Nội";
        var head = await db.People.AsNoTracking().Where(x => x.UnitId == p.ProposingUnitId && x.IsLeader).OrderBy(x => x.Code).Select(x => new { x.FullName, x.Position }).FirstOrDefaultAsync(ct);
        var details = new List<(string, string)>();
        var achievements = new List<AchievementLine>();
        var initiatives = new List<AchievementLine>();
        List<AwardRecord> awards;
        string duties;
        if (p.PersonId is int personId)
        {
            var person = await db.People.AsNoTracking().Include(x => x.Unit).FirstAsync(x => x.Id == personId, ct);
            details.Add(("Họ và tên", person.FullName));
            details.Add(("Giới tính", person.Gender == Organisation.Gender.F ? "Nữ" : "Nam"));
            details.Add(("Ngày sinh", VietnameseFormat.Date(person.BirthDate)));
            details.Add(("Chức vụ", person.Position));
            details.Add(("Đơn vị công tác", person.Unit.Name));
            details.Add(("Ngày tuyển dụng", VietnameseFormat.Date(person.RecruitedOn)));
            duties = $"{person.Position} tại {person.Unit.Name}.";
            var ratings = await db.PersonRatings.AsNoTracking().Where(r => r.PersonId == personId && r.Year <= p.Year && r.Year > p.Year - 5).OrderBy(r => r.Year).ToListAsync(ct);
            achievements.AddRange(ratings.Select(r => new AchievementLine($"Năm {r.Year}", "xếp loại " + CodeNames.Of(r.Rating))));
            var inits = await db.InitiativeAuthors.AsNoTracking().Where(a => a.PersonId == personId)
                .Join(db.Initiatives, a => a.InitiativeId, i => i.Id, (a, i) => i).Where(i => i.Year <= p.Year).OrderBy(i => i.Year).ToListAsync(ct);
            initiatives.AddRange(inits.Select(i => new AchievementLine($"Năm {i.Year}", $"\"{i.Title}\", công nhận theo {i.DecisionNumber} ngày {VietnameseFormat.Date(i.DecisionDate)} của {i.RecognisedBy}")));
            awards = await db.AwardRecords.AsNoTracking().Where(a => a.PersonId == personId && a.RevokedOn == null).OrderBy(a => a.DecisionDate).ToListAsync(ct);
        }
        else
        {
            var unit = await db.Units.AsNoTracking().FirstAsync(u => u.Id == p.SubjectUnitId, ct);
            var members = await db.People.AsNoTracking().CountAsync(x => x.UnitId == unit.Id, ct);
            details.Add(("Tên tập thể", unit.Name));
            details.Add(("Mã đơn vị", unit.Code));
            details.Add(("Số công chức, người lao động", members.ToString(VietnameseFormat.Culture)));
            duties = $"Chức năng, nhiệm vụ của {unit.Name} theo quy định.";
            var ratings = await db.UnitRatings.AsNoTracking().Where(r => r.UnitId == unit.Id && r.Year <= p.Year && r.Year > p.Year - 5).OrderBy(r => r.Year).ToListAsync(ct);
            achievements.AddRange(ratings.Select(r => new AchievementLine($"Năm {r.Year}", "xếp loại " + CodeNames.Of(r.Rating))));
            awards = await db.AwardRecords.AsNoTracking().Where(a => a.UnitId == unit.Id && a.RevokedOn == null).OrderBy(a => a.DecisionDate).ToListAsync(ct);
        }

        var trace = ProposalScope.ReadTrace(p.TraceJson);
        var verdict = trace is null ? "chưa kiểm tra" : $"{VerdictName(trace.Outcome)} ({trace.TargetName}, năm {trace.Year})";
        var input = new ProposalDraftInput(
            new Issuer(parent, p.ProposingUnit.Name, Organisation.IssuerCodes.Of(p.ProposingUnit), place, "TĐKT"),
            p.DecidingUnit.Name, VietnameseFormat.Today(clock), p.Year, ProposalTexts.AwardName(p.Code),
            DossierChecklist.IsTitle(p.Code) ? "xét tặng danh hiệu" : "khen thưởng", p.IsPerson, p.SubjectName, details, duties, achievements, initiatives,
            awards.Select(a => new PreviousAward(Years(a), VietnameseText.Name(a.Code), a.DecisionNumber, VietnameseFormat.Date(a.DecisionDate), a.Issuer)).ToList(),
            p.Justification, verdict,
            new SignatureBlock(AuthorityForm.Direct, head?.Position ?? "Thủ trưởng đơn vị", head?.FullName ?? "(họ và tên)"));
        return Result<OfficialDocument>.Ok(kind == ProposalDraftKind.Letter ? ProposalDocuments.SubmissionLetter(input) : ProposalDocuments.AchievementReport(input));
    }

    public static string VerdictName(string outcome) => outcome switch
    {
        "ELIGIBLE" => "đủ điều kiện",
        "NOT_ELIGIBLE" => "chưa đủ điều kiện",
        "SUSPENDED" => "tạm đình chỉ xét",
        _ => "dữ liệu chưa hợp lệ",
    };

    private static string Years(AwardRecord a) =>
        a.PeriodFrom is int from ? a.PeriodTo is int to && to != from ? $"{from}–{to}" : from.ToString(VietnameseFormat.Culture) : a.DecisionDate.Year.ToString(VietnameseFormat.Culture);
}

/// <summary>A stored file of a dossier as served: name, content type, bytes.</summary>
public sealed record FileDownload(string FileName, string ContentType, byte[] Content, string Sha256);

/// <summary>A dossier file of a proposal the user sees; any other file: not found.</summary>
public sealed class GetProposalFile(AppDbContext db, ICurrentUser actor)
{
    public async Task<Result<FileDownload>> HandleAsync(int proposalId, int fileId, CancellationToken ct = default)
    {
        var visible = await ProposalScope.Visible(db, actor).AnyAsync(p => p.Id == proposalId && p.Documents.Any(d => d.StoredFileId == fileId), ct);
        if (!visible)
        {
            return Result<FileDownload>.NotFound();
        }

        var file = await db.StoredFiles.AsNoTracking().Where(f => f.Id == fileId).Select(f => new FileDownload(f.OriginalName, f.ContentType, f.Content, f.Sha256)).FirstAsync(ct);
        return Result<FileDownload>.Ok(file);
    }
}
