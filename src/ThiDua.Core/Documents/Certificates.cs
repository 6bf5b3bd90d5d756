using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace ThiDua.Core.Documents;

/// <summary>One certificate (giấy khen, bằng khen): the awardee and what the decision says of them.</summary>
public sealed record Certificate(string AwardeeName, string PositionAndUnit, bool Collective, string Achievement);

/// <summary>The certificates of one decision: the issuer, the award, the decision's number, date and place, the signer.</summary>
public sealed record CertificateSet(
    string IssuerTitle, string AwardName, string DecisionNotation, DateOnly DecisionDate, string Place, SignatureBlock Signature,
    IReadOnlyList<Certificate> Certificates);

/// <summary>
/// Certificates as a printable PDF, A4 landscape, one page per awardee: the national title and motto, the issuing
/// authority, the award in large capitals, the awardee, the achievement, "Quyết định số … ngày …", place and date and
/// the signature block, in a double frame. The official models are set by the Government (rules.md §9): this template
/// follows their content, not their artwork (README).
/// </summary>
public static class CertificateRenderer
{
    private const double Mm = 72 / 25.4;
    private const double PageWidth = 297 * Mm;
    private const double PageHeight = 210 * Mm;

    public static byte[] Render(CertificateSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        if (set.Certificates.Count == 0)
        {
            throw new DocumentException("Bằng khen, giấy khen: quyết định không còn người được khen thưởng nào để in.");
        }

        LiberationFonts.Register();
        using var pdf = new PdfDocument();
        pdf.Info.Title = $"{set.AwardName} – Quyết định số {set.DecisionNotation}";
        foreach (var certificate in set.Certificates)
        {
            var page = pdf.AddPage();
            page.Width = XUnit.FromPoint(PageWidth);
            page.Height = XUnit.FromPoint(PageHeight);
            using var gfx = XGraphics.FromPdfPage(page);
            Draw(gfx, set, certificate);
        }

        using var stream = new MemoryStream();
        pdf.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static void Draw(XGraphics gfx, CertificateSet set, Certificate c)
    {
        var red = new XSolidBrush(XColor.FromArgb(0xA5, 0x1C, 0x1C));
        gfx.DrawRectangle(new XPen(XColor.FromArgb(0xB8, 0x86, 0x0B), 3), 12 * Mm, 12 * Mm, PageWidth - 24 * Mm, PageHeight - 24 * Mm);
        gfx.DrawRectangle(new XPen(XColor.FromArgb(0xB8, 0x86, 0x0B), 0.8), 15 * Mm, 15 * Mm, PageWidth - 30 * Mm, PageHeight - 30 * Mm);
        var centre = PageWidth / 2;
        var y = 28 * Mm;
        y = Line(gfx, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", DocumentGeometry.Font(14, bold: true), XBrushes.Black, centre, y);
        var motto = DocumentGeometry.Font(15, bold: true);
        y = Line(gfx, "Độc lập - Tự do - Hạnh phúc", motto, XBrushes.Black, centre, y);
        var mottoWidth = gfx.MeasureString("Độc lập - Tự do - Hạnh phúc", motto).Width;
        gfx.DrawLine(new XPen(XColors.Black, 0.75), centre - mottoWidth / 2, y - 2, centre + mottoWidth / 2, y - 2);
        y += 8 * Mm;
        y = Wrapped(gfx, set.IssuerTitle.ToUpper(DocumentText.Culture), DocumentGeometry.Font(16, bold: true), red, centre, y, 230 * Mm);
        y += 3 * Mm;
        y = Line(gfx, "TẶNG", DocumentGeometry.Font(18, bold: true), XBrushes.Black, centre, y);
        y += 2 * Mm;
        y = Wrapped(gfx, set.AwardName.ToUpper(DocumentText.Culture), DocumentGeometry.Font(30, bold: true), red, centre, y, 250 * Mm);
        y += 5 * Mm;
        y = Wrapped(gfx, (c.Collective ? string.Empty : "Ông/Bà: ") + c.AwardeeName, DocumentGeometry.Font(22, bold: true), red, centre, y, 250 * Mm);
        if (!string.IsNullOrWhiteSpace(c.PositionAndUnit))
        {
            y = Wrapped(gfx, c.PositionAndUnit, DocumentGeometry.Font(14, italic: true), XBrushes.Black, centre, y, 240 * Mm);
        }

        y += 3 * Mm;
        y = Wrapped(gfx, "Đã có thành tích " + c.Achievement.Trim().TrimEnd('.') + ".", DocumentGeometry.Font(15), XBrushes.Black, centre, y, 230 * Mm);

        // Bottom: the decision on the left, place, date and signature on the right.
        var bottom = PageHeight - 62 * Mm;
        var leftX = 75 * Mm;
        var rightX = PageWidth - 85 * Mm;
        var small = DocumentGeometry.Font(12);
        var by = Math.Max(bottom, y + 4 * Mm);
        Line(gfx, $"Quyết định số: {set.DecisionNotation}", small, XBrushes.Black, leftX, by);
        Line(gfx, $"Ngày {VietnameseFormat.Date(set.DecisionDate)}", small, XBrushes.Black, leftX, by + 6 * Mm);
        var sy = Line(gfx, DocumentText.PlaceAndDate(set.Place, set.DecisionDate), DocumentGeometry.Font(13, italic: true), XBrushes.Black, rightX, by);
        foreach (var authority in set.Signature.AuthorityLines)
        {
            sy = Line(gfx, authority, DocumentGeometry.Font(13, bold: true), XBrushes.Black, rightX, sy);
        }

        Line(gfx, set.Signature.SignerName, DocumentGeometry.Font(13, bold: true), XBrushes.Black, rightX, Math.Min(sy + 22 * Mm, PageHeight - 22 * Mm));
    }

    /// <summary>Draws one centred line at <paramref name="y"/> (its top) and returns the top of the next.</summary>
    private static double Line(XGraphics gfx, string text, XFont font, XBrush brush, double x, double y)
    {
        var height = font.GetHeight();
        gfx.DrawString(text, font, brush, new XRect(x - 150 * Mm, y, 300 * Mm, height), XStringFormats.TopCenter);
        return y + height * 1.15;
    }

    private static double Wrapped(XGraphics gfx, string text, XFont font, XBrush brush, double x, double y, double width)
    {
        foreach (var line in DocumentGeometry.Wrap(gfx, text, font, width))
        {
            y = Line(gfx, line, font, brush, x, y);
        }

        return y;
    }
}
