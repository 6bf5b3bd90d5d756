using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Data;
using ThiDua.Core.Documents;
using ThiDua.Core.Imports.Files;
using ThiDua.Core.Organisation;

namespace ThiDua.Core.Registrations;

/// <summary>A generated file: its bytes, name and media type.</summary>
public sealed record ExportedFile(byte[] Content, string FileName, string ContentType);

/// <summary>
/// The roll-up list of a unit's subtree for a year (submitted and approved registrations): the registration document in
/// Decree 30/2020 form (Word or PDF, through <see cref="OfficialDocuments.RegistrationList"/>; columns STT, Họ và tên,
/// Chức vụ – đơn vị, Danh hiệu đăng ký; collectives first, named by the unit) signed by the unit's head, and the same
/// rows in Excel with the codes and statuses.
/// </summary>
public sealed class ExportRegistrations(AppDbContext db, RegistrationQueries queries, EmulationCalendar calendar)
{
    public static readonly IReadOnlyList<string> ExcelHeaders =
        ["STT", "Họ và tên", "Chức vụ – đơn vị", "Danh hiệu đăng ký", "Mã danh hiệu", "Cá nhân/Tập thể", "Mã", "Trạng thái"];

    public async Task<Result<ExportedFile>> HandleAsync(int? unitId, int year, string format, CancellationToken ct = default)
    {
        var rollUp = await queries.RollUpAsync(unitId, year, ct);
        if (rollUp.IsNotFound)
        {
            return Result<ExportedFile>.NotFound();
        }

        var (unit, rows) = rollUp.Value;
        var name = $"dang-ky-thi-dua-{year}-{unit.Code}";
        switch (format.ToUpperInvariant())
        {
            case "XLSX":
                using (var stream = new MemoryStream())
                {
                    TabularFileWriter.WriteXlsx(stream, $"Đăng ký {year}", ExcelHeaders, rows.Select((r, i) => (IReadOnlyList<object?>)
                    [
                        i + 1, r.Name, PositionAndUnit(r), r.TitleName, CodeOf<AwardCode>.Code(r.Title), r.Kind == "PERSON" ? "Cá nhân" : "Tập thể",
                        r.PersonCode ?? string.Empty, r.StatusName,
                    ]));
                    return Result<ExportedFile>.Ok(new ExportedFile(stream.ToArray(), name + ".xlsx", TabularFileWriter.XlsxContentType));
                }

            case "DOCX":
            case "PDF":
                if (rows.Count == 0)
                {
                    return Result<ExportedFile>.Invalid(new FieldError("Year", $"{unit.Name} chưa có đăng ký nào đã gửi hoặc đã duyệt cho năm {year}: chưa có danh sách để in."));
                }

                var document = OfficialDocuments.RegistrationList(new RegistrationListInput(await IssuerAsync(unit, ct), calendar.Today, year,
                    rows.Select(r => new Documents.Registration(r.Name, PositionAndUnit(r), r.TitleName)).ToList(), await SignatureAsync(unit, ct)));
                return format.Equals("pdf", StringComparison.OrdinalIgnoreCase)
                    ? Result<ExportedFile>.Ok(new ExportedFile(PdfRenderer.Render(document), name + ".pdf", "application/pdf"))
                    : Result<ExportedFile>.Ok(new ExportedFile(DocxRenderer.Render(document), name + ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
            default:
                return Result<ExportedFile>.Invalid(new FieldError("Format", "Định dạng phải là docx (Word), pdf hoặc xlsx (Excel)."));
        }
    }

    private static string PositionAndUnit(RegistrationRow r) => r.Kind == "PERSON" ? $"{r.Position}, {r.UnitName}" : "Tập thể";

    /// <summary>The issuing unit, its parent body, and the place taken from the province's name ("… tỉnh Lạng Sơn" → "Lạng Sơn").</summary>
    private async Task<Issuer> IssuerAsync(OrgUnit unit, CancellationToken ct)
    {
        var chain = await db.Units.AsNoTracking().Where(u => unit.Path.StartsWith(u.Path)).OrderByDescending(u => u.Depth).Select(u => new { u.Name, u.Kind }).ToListAsync(ct);
        var parent = chain.Skip(1).FirstOrDefault()?.Name;
        var place = chain.Select(u => Place(u.Name)).FirstOrDefault(p => p is not null) ?? "Hà Nội";
        var code = unit.Kind == UnitKind.REGIONAL ? "PTHADS" : "THADS";
        return new Issuer(parent, unit.Name, code, place, "TĐKT");
    }

    private static string? Place(string name)
    {
        foreach (var marker in new[] { "tỉnh ", "thành phố " })
        {
            var at = name.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                return name[(at + marker.Length)..].Trim();
            }
        }

        return null;
    }

    /// <summary>Signed by the unit's head: its most senior leader now in the unit itself.</summary>
    private async Task<SignatureBlock> SignatureAsync(OrgUnit unit, CancellationToken ct)
    {
        var head = (await db.People.AsNoTracking().Where(p => p.UnitId == unit.Id && p.IsLeader).Select(p => new { p.FullName, p.Position, p.Leadership, p.Id }).ToListAsync(ct))
            .OrderByDescending(p => p.Leadership).ThenBy(p => p.Position.StartsWith("Phó", StringComparison.Ordinal) ? 1 : 0).ThenBy(p => p.Id).FirstOrDefault();
        return head is null
            ? new SignatureBlock(AuthorityForm.Direct, "Thủ trưởng đơn vị", "(chưa có lãnh đạo trong danh sách)")
            : new SignatureBlock(AuthorityForm.Direct, head.Position, head.FullName);
    }
}
