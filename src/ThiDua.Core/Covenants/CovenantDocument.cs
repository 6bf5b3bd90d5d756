using ThiDua.Core.Data;
using ThiDua.Core.Documents;
using ThiDua.Core.Organisation.Clusters;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Covenants;

/// <summary>
/// The signed covenant as an official document (<see cref="CovenantDocuments.SignedCovenant"/>): only once every member has
/// signed (from <see cref="CovenantStatus.AllSigned"/> on); dated the day of the last signature, in Vietnam.
/// </summary>
public sealed class GetCovenantDocument(AppDbContext db, ICurrentUser actor)
{
    public async Task<Result<OfficialDocument>> HandleAsync(int id, CancellationToken ct = default)
    {
        var c = await CovenantScope.LoadAsync(db, actor, id, ct);
        if (c is null)
        {
            return Result<OfficialDocument>.NotFound();
        }

        if (c.Status is CovenantStatus.Draft or CovenantStatus.OpenForSigning || c.SignedAt is null)
        {
            return Result<OfficialDocument>.Invalid(new FieldError("Status", $"Giao ước chưa đủ chữ ký của các đơn vị thành viên ({c.Signatures.Count} đã ký): văn bản giao ước được lập khi mọi thành viên đã ký."));
        }

        var members = await CovenantScope.MembersAsync(db, c.ClusterId, c.Year, ct);
        var kind = c.Cluster.Kind == ClusterKind.BLOCK ? "Khối" : "Cụm";
        var headSignature = c.Signatures.FirstOrDefault(s => s.UnitId == c.HeadUnitId);
        var place = PlaceOf(c.HeadUnit.Name) ?? PlaceOf(c.Cluster.OwnerUnit.Name) ?? "Hà Nội";
        var input = new CovenantDocumentInput(
            new Issuer(c.Cluster.OwnerUnit.Name, c.Cluster.Name, c.Cluster.Code, place, "VP"),
            EmulationYear.DateIn(new DateTimeOffset(DateTimeKinds.AsUtc(c.SignedAt.Value))),
            c.Year, c.Title, $"{kind.ToLower(VietnameseFormat.Culture)} thi đua", members.Select(m => m.Name).ToList(),
            c.Commitments.OrderBy(x => x.Order).Select(x => new CovenantCommitmentLine(x.Text, Target(x))).ToList(),
            c.Criteria.OrderBy(x => x.Order).Select(x => (x.Name, x.MaxPoints)).ToList(), c.MaxPoints,
            members.Select(m => (m, s: c.Signatures.FirstOrDefault(s => s.UnitId == m.UnitId))).Where(x => x.s is not null)
                .Select(x => new CovenantSignatureLine(x.m.Name, x.s!.SignerName, CovenantTexts.When(x.s.SignedAt))).ToList(),
            new SignatureBlock(AuthorityForm.TM, $"Đơn vị {kind.ToLower(VietnameseFormat.Culture)} trưởng", headSignature?.SignerName ?? c.HeadUnit.Name, $"{kind} thi đua"),
            [c.Cluster.OwnerUnit.Name + " (để báo cáo)", "Các đơn vị thành viên"]);
        return Result<OfficialDocument>.Ok(CovenantDocuments.SignedCovenant(input));
    }

    /// <summary>"20 %" or "≥ 85 %" from the commitment's target, or null when it has none.</summary>
    private static string? Target(CovenantCommitment c) =>
        c.TargetValue is null ? c.Indicator : $"{c.Indicator}: {CovenantTexts.Number(c.TargetValue)} {c.TargetUnit}".Trim();

    /// <summary>The place name of a unit ("… tỉnh Lạng Sơn" → "Lạng Sơn") for the header's place and date.</summary>
    internal static string? PlaceOf(string unitName)
    {
        foreach (var marker in new[] { " thành phố ", " tỉnh " })
        {
            var i = unitName.LastIndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (i >= 0)
            {
                return unitName[(i + marker.Length)..].Trim();
            }
        }

        var dash = unitName.LastIndexOf(" – ", StringComparison.Ordinal);
        return dash >= 0 ? unitName[(dash + 3)..].Trim() : null;
    }
}
