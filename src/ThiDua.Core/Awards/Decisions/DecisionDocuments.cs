using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Documents;
using ThiDua.Core.Organisation;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Awards.Decisions;

/// <summary>A generated file: its bytes, name and content type.</summary>
public sealed record DecisionFile(byte[] Content, string FileName, string ContentType);

/// <summary>
/// The files of an issued decision: the decision in the form of Decree 30/2020 (.docx or .pdf) with the annex of
/// awardees and their money, totalled; the certificates (one A4 landscape page per awardee not revoked). A draft is
/// previewed in .docx or .pdf with a blank number line ("Số:       /QĐ-THADS"), its date and "DỰ THẢO" at the top (file
/// "du-thao-quyet-dinh-…"); its certificates are refused until it is issued and numbered.
/// </summary>
public sealed class GetDecisionDocument(AppDbContext db, ICurrentUser actor)
{
    public const string DocxType = DocxRenderer.ContentType;

    public async Task<Result<DecisionFile>> HandleAsync(int id, string? format, CancellationToken ct = default)
    {
        var kind = (format ?? "docx").Trim().ToLowerInvariant();
        if (kind is not ("docx" or "pdf" or "certificates"))
        {
            return Result<DecisionFile>.Invalid(new FieldError("Format", "Định dạng phải là docx, pdf hoặc certificates (bằng khen, giấy khen để in)."));
        }

        var decision = await DecisionScope.LoadAsync(db, actor, id, DecisionsPermissions.View, ct, tracking: false);
        if (decision is null)
        {
            return Result<DecisionFile>.NotFound();
        }

        string name;
        if (decision.Number is null)
        {
            if (kind == "certificates")
            {
                return Result<DecisionFile>.Invalid(new FieldError("Status", "Quyết định còn là dự thảo, chưa có số: hãy ban hành trước khi in bằng khen, giấy khen (có thể xem dự thảo quyết định dạng Word hoặc PDF)."));
            }

            // The preview of a draft: blank number line, "DỰ THẢO" at the top; the file name says so.
            name = $"du-thao-quyet-dinh-{decision.Id}-{decision.IssuingUnit.Code}".ToLowerInvariant();
        }
        else
        {
            name = $"quyet-dinh-{decision.Number:00}-{decision.NumberYear}-{decision.IssuingUnit.Code}".ToLowerInvariant();
        }

        try
        {
            if (kind == "certificates")
            {
                return Result<DecisionFile>.Ok(new DecisionFile(CertificateRenderer.Render(Certificates(decision)), name + "-bang-khen.pdf", "application/pdf"));
            }

            var document = OfficialDocuments.AwardDecision(Input(decision));
            return Result<DecisionFile>.Ok(kind == "pdf"
                ? new DecisionFile(PdfRenderer.Render(document), name + ".pdf", "application/pdf")
                : new DecisionFile(DocxRenderer.Render(document), name + ".docx", DocxType));
        }
        catch (DocumentException e)
        {
            return Result<DecisionFile>.Invalid(new FieldError("Document", e.Message));
        }
    }

    /// <summary>The Decree 30 model of a decision loaded with its issuing unit (and the unit's parent).</summary>
    public static AwardDecisionInput Input(AwardDecision decision) => Input(decision, decision?.IssuingUnit!);

    /// <summary>The Decree 30 model of a decision issued by <paramref name="issuingUnit"/> (public for the benchmark and the tests).</summary>
    public static AwardDecisionInput Input(AwardDecision decision, OrgUnit issuingUnit)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(issuingUnit);
        var award = DecisionRules.AwardName(decision.Code);
        var shortAward = CodeNames.Of(decision.Code);
        return new AwardDecisionInput(
            Issuer(issuingUnit, decision.Symbol), decision.Number, decision.Date, decision.IssuerTitle, award, decision.Achievement,
            decision.LegalBases.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), decision.ProposedBy,
            decision.Lines.OrderBy(l => !l.IsCollective).ThenBy(l => l.Order)
                .Select(l => new Awardee(l.Name, l.PositionAndUnit, shortAward, l.Amount, l.IsCollective)).ToList(),
            decision.Fund, decision.Executors, Signature(decision),
            decision.Recipients.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), Totalled: true,
            Draft: decision.Number is null);
    }

    public static CertificateSet Certificates(AwardDecision decision) => Certificates(decision, decision?.IssuingUnit!);

    public static CertificateSet Certificates(AwardDecision decision, OrgUnit issuingUnit)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(issuingUnit);
        return new CertificateSet(decision.IssuerTitle, CodeNames.Of(decision.Code), decision.Notation ?? "…", decision.Date, Place(issuingUnit),
            Signature(decision),
            decision.Lines.Where(l => l.RevokedOn is null).OrderBy(l => l.Order)
                .Select(l => new Certificate(l.Name, l.PositionAndUnit, l.IsCollective, decision.Achievement)).ToList());
    }

    private static SignatureBlock Signature(AwardDecision d) => new(d.SignerForm, d.SignerPosition, d.SignerName, d.SignerPrincipal);

    /// <summary>The issuer of the header: parent and unit names, the symbol after "QĐ-", the place, "Lưu: VT, TĐKT".</summary>
    private static Issuer Issuer(OrgUnit unit, string symbol) =>
        new(unit.Parent?.Name, unit.Name, symbol.StartsWith("QĐ-", StringComparison.Ordinal) ? symbol[3..] : symbol, Place(unit), "TĐKT");

    /// <summary>"… tỉnh Lạng Sơn" → "Lạng Sơn"; "Hà Nội" by default (central bodies).</summary>
    public static string Place(OrgUnit unit)
    {
        for (var u = unit; u is not null; u = u.Parent)
        {
            foreach (var marker in new[] { "tỉnh ", "thành phố " })
            {
                var at = u.Name.IndexOf(marker, StringComparison.Ordinal);
                if (at >= 0)
                {
                    var place = u.Name[(at + marker.Length)..].Trim();
                    var paren = place.IndexOf(" (", StringComparison.Ordinal);
                    return paren > 0 ? place[..paren] : place;
                }
            }
        }

        return "Hà Nội";
    }
}
