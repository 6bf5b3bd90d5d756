using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace ThiDua.Core.Documents;

/// <summary>
/// Writes an <see cref="OfficialDocument"/> as PDF in the form of Decree 30/2020 (documents.md), with the same layout as
/// <see cref="DocxRenderer"/>: Liberation Serif (the metrics of Times New Roman) from the system fonts, our own line
/// breaking and justification, page breaks that repeat a table's header row, page numbers hidden on each section's first page.
/// </summary>
public static class PdfRenderer
{
    public static byte[] Render(OfficialDocument document) => DocumentText.ToBytes(document, Render);

    public static void Render(OfficialDocument document, Stream output)
    {
        var geometry = new DocumentGeometry(document);
        using var pdf = new PdfDocument();
        pdf.Info.Title = document.Title;
        pdf.Info.Subject = document.Summary;
        var layout = new PdfLayout(pdf);
        layout.Write(document, geometry);
        layout.Finish();
        pdf.Save(output, closeStream: false);
    }
}

/// <summary>The cursor of the PDF renderer: the current page, its graphics and the vertical position in points.</summary>
internal sealed class PdfLayout(PdfDocument pdf)
{
    private const double Mm = DocumentGeometry.PointsPerMm;
    private const double Left = DocumentGeometry.LeftTwips / 20.0;
    private const double Top = DocumentGeometry.TopTwips / 20.0;
    private const double Bottom = (DocumentGeometry.PageHeightTwips - DocumentGeometry.BottomTwips) / 20.0;
    private const double Width = DocumentGeometry.TextWidthTwips / 20.0;
    private const double FirstLineIndent = 10 * Mm;
    private const double Before6 = 6;
    private const double RuleGap = 3;
    private const double CellPadding = 57 / 20.0;
    private const double CellSpacing = 2;
    private const double SignaturePadding = 108 / 20.0;

    private static readonly XPen RulePen = new(XColors.Black, 0.75);
    private static readonly XPen BorderPen = new(XColors.Black, 0.5);

    private XGraphics? _gfx;
    private double _y;
    private int _sectionPage;

    private XGraphics Gfx => _gfx ?? throw new InvalidOperationException("Chưa tạo trang.");

    public void Write(OfficialDocument document, DocumentGeometry geometry)
    {
        NewPage(newSection: true);
        if (document.IsDraft)
        {
            DraftMark();
        }

        Header(document, geometry);
        BlankLine(14);
        Centered(document.TypeName, DocumentGeometry.Font(14, bold: true));
        foreach (var line in geometry.SummaryLines)
        {
            Centered(line, DocumentGeometry.Font(14, bold: true));
        }

        Rule(Left, Width, geometry.SummaryRule);
        if (document.IssuerTitle is not null)
        {
            BlankLine(14);
            Centered(document.IssuerTitle, DocumentGeometry.Font(14, bold: true));
        }

        foreach (var basis in document.LegalBasisLines)
        {
            Paragraph([(basis, DocumentGeometry.Font(14, italic: true))]);
        }

        foreach (var block in document.Body)
        {
            switch (block)
            {
                case HeadingBlock h:
                    _y += 12;
                    Centered(h.Text, DocumentGeometry.Font(14, bold: true));
                    break;
                case ParagraphBlock p:
                    var font = DocumentGeometry.Font(14, p.Bold, p.Italic);
                    Paragraph(p.Label is null ? [(p.Text, font)] : [(p.Label, DocumentGeometry.Font(14, bold: true)), (p.Text, font)]);
                    break;
                case TableBlock t:
                    BlankLine(13);
                    Table(t, 13);
                    BlankLine(13);
                    break;
            }
        }

        BlankLine(14);
        Signature(document);
        foreach (var annex in document.Annexes)
        {
            NewPage(newSection: true);
            Centered(annex.Label, DocumentGeometry.Font(14, bold: true));
            Centered(annex.Title, DocumentGeometry.Font(14, bold: true));
            if (annex.Reference is not null)
            {
                foreach (var line in DocumentGeometry.Wrap(Gfx, annex.Reference, DocumentGeometry.Font(14, italic: true), Width))
                {
                    Centered(line, DocumentGeometry.Font(14, italic: true));
                }
            }

            Rule(Left, Width, DocumentGeometry.AnnexRule);
            BlankLine(13);
            Table(annex.Table, 13);
        }
    }

    public void Finish() => _gfx?.Dispose();

    private void NewPage(bool newSection)
    {
        _gfx?.Dispose();
        var page = pdf.AddPage();
        page.Width = XUnit.FromPoint(DocumentGeometry.PageWidthTwips / 20.0);
        page.Height = XUnit.FromPoint(DocumentGeometry.PageHeightTwips / 20.0);
        _gfx = XGraphics.FromPdfPage(page);
        _sectionPage = newSection ? 1 : _sectionPage + 1;
        _y = Top;
        if (_sectionPage > 1)
        {
            // Arabic numerals, 14 pt, centred in the top margin (10 mm from the edge), none on a section's first page [A-I I.7].
            var font = DocumentGeometry.Font(14);
            Gfx.DrawString(_sectionPage.ToString(DocumentText.Culture), font, XBrushes.Black, Left + Width / 2, DocumentGeometry.HeaderDistanceTwips / 20.0 + Ascent(font), XStringFormats.BaseLineCenter);
        }
    }

    private void Header(OfficialDocument document, DocumentGeometry geometry)
    {
        var leftX = Left + (DocumentGeometry.HeaderIndentTwips + DocumentGeometry.HeaderPaddingTwips) / 20.0;
        var leftWidth = DocumentGeometry.CellTextWidth(DocumentGeometry.HeaderLeftTwips);
        var rightX = leftX + DocumentGeometry.HeaderLeftTwips / 20.0;
        var rightWidth = DocumentGeometry.CellTextWidth(DocumentGeometry.HeaderRightTwips);

        var top = _y;
        var y = top;
        y = Lines(geometry.ParentLines, DocumentGeometry.Font(geometry.NameSize), leftX, leftWidth, y);
        y = Lines(geometry.IssuingLines, DocumentGeometry.Font(geometry.NameSize, bold: true), leftX, leftWidth, y);
        var leftBottom = RuleAt(leftX, leftWidth, geometry.IssuingRule, y);

        y = Lines([DocumentGeometry.NationalTitle], DocumentGeometry.Font(geometry.NameSize, bold: true), rightX, rightWidth, top);
        y = Lines([DocumentGeometry.Motto], DocumentGeometry.Font(geometry.MottoSize, bold: true), rightX, rightWidth, y);
        var rightBottom = RuleAt(rightX, rightWidth, geometry.MottoRule, y);

        // Row 2: "Số" and the place/date on one level, whatever the names took [A-I II.4.c].
        _y = Math.Max(leftBottom, rightBottom) + 3;
        var number = document.Header.Number?.ToString();
        var date = document.Header.PlaceAndDateLine;
        var numberBottom = number is null ? _y : Lines([number], DocumentGeometry.Font(geometry.NameSize), leftX, leftWidth, _y);
        var dateBottom = date is null ? _y : Lines([date], DocumentGeometry.Font(geometry.MottoSize, italic: true), rightX, rightWidth, _y);
        _y = Math.Max(numberBottom, dateBottom);
    }

    /// <summary>"DỰ THẢO" bold 14 pt centred in a 32 mm box ending at the right margin, a blank line under it, as in Word.</summary>
    private void DraftMark()
    {
        var font = DocumentGeometry.Font(14, bold: true);
        var width = DocumentGeometry.DraftBoxTwips / 20.0;
        var x = Left + Width - width - 4;
        var height = font.GetHeight() + 4;
        Gfx.DrawRectangle(RulePen, x, _y, width, height);
        Lines([DocumentGeometry.DraftMark], font, x, width, _y + 2);
        _y += height + 12;
    }

    private double Lines(IEnumerable<string> lines, XFont font, double x, double width, double y)
    {
        foreach (var line in lines)
        {
            Gfx.DrawString(line, font, XBrushes.Black, x + width / 2, y + Ascent(font), XStringFormats.BaseLineCenter);
            y += font.GetHeight();
        }

        return y;
    }

    /// <summary>A 0.75 pt rule of a given length centred in a column, drawn 3 pt below the text above it [P].</summary>
    private double RuleAt(double x, double width, double length, double y)
    {
        var lineY = y + RuleGap;
        Gfx.DrawLine(RulePen, x + (width - length) / 2, lineY, x + (width + length) / 2, lineY);
        return lineY;
    }

    private void Rule(double x, double width, double length) => _y = RuleAt(x, width, length, _y);

    private void BlankLine(double size)
    {
        _y += DocumentGeometry.Font(size).GetHeight();
    }

    private void Centered(string text, XFont font)
    {
        EnsureRoom(font.GetHeight());
        _y = Lines([text], font, Left, Width, _y);
    }

    /// <summary>A body paragraph: 6 pt before, first-line indent 1 cm, justified but for its last line [A-I II.6.e]; breaks across pages.</summary>
    private void Paragraph(IReadOnlyList<(string Text, XFont Font)> runs)
    {
        var words = runs.SelectMany(r => r.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => (Text: w, r.Font))).ToList();
        var height = runs.Max(r => r.Font.GetHeight());
        _y += Before6;
        var start = 0;
        var first = true;
        while (start < words.Count)
        {
            var indent = first ? FirstLineIndent : 0;
            var available = Width - indent;
            var end = start;
            var used = 0.0;
            while (end < words.Count)
            {
                var wordWidth = Measure(words[end].Text, words[end].Font);
                var gap = end > start ? Measure(" ", words[end - 1].Font) : 0;
                if (end > start && used + gap + wordWidth > available)
                {
                    break;
                }

                used += gap + wordWidth;
                end++;
            }

            EnsureRoom(height);
            var last = end == words.Count;
            var spaces = end - start - 1;
            var wordsWidth = Enumerable.Range(start, end - start).Sum(i => Measure(words[i].Text, words[i].Font));
            var x = Left + indent;
            for (var i = start; i < end; i++)
            {
                Gfx.DrawString(words[i].Text, words[i].Font, XBrushes.Black, x, _y + Ascent(words[i].Font), XStringFormats.BaseLineLeft);
                var gap = last || spaces == 0 ? Measure(" ", words[i].Font) : (available - wordsWidth) / spaces;
                x += Measure(words[i].Text, words[i].Font) + gap;
            }

            _y += height;
            start = end;
            first = false;
        }
    }

    /// <summary>Signature right, "Nơi nhận" left level with its first line; the block is kept on one page [A-I II.7, II.9].</summary>
    private void Signature(OfficialDocument document)
    {
        var leftWidth = DocumentGeometry.SignatureLeftTwips / 20.0 - 2 * SignaturePadding;
        var rightX = Left + DocumentGeometry.SignatureLeftTwips / 20.0 + SignaturePadding;
        var rightWidth = DocumentGeometry.SignatureRightTwips / 20.0 - 2 * SignaturePadding;
        var bold14 = DocumentGeometry.Font(14, bold: true);
        var item = DocumentGeometry.Font(11);
        var recipientLines = document.Recipients?.Lines.SelectMany(l => DocumentGeometry.Wrap(Gfx, l, item, leftWidth)).ToList() ?? [];
        var authority = document.Signature.AuthorityLines;
        var rightHeight = (authority.Count + 5 + 1) * bold14.GetHeight();
        var leftHeight = document.Recipients is null ? 0 : DocumentGeometry.Font(12).GetHeight() + recipientLines.Count * item.GetHeight();
        if (document.LeftSignature is { } second)
        {
            leftHeight += (second.AuthorityLines.Count + 5 + 2) * bold14.GetHeight();
        }

        EnsureRoom(Math.Max(leftHeight, rightHeight));

        var top = _y;
        var y = Lines(authority, bold14, rightX, rightWidth, top);
        y += 5 * DocumentGeometry.Font(14).GetHeight();
        var rightBottom = Lines([document.Signature.SignerName], bold14, rightX, rightWidth, y);
        var leftY = top;
        if (document.LeftSignature is { } left)
        {
            leftY = Lines(left.AuthorityLines, bold14, Left + SignaturePadding, leftWidth, leftY) + 5 * DocumentGeometry.Font(14).GetHeight();
            leftY = Lines([left.SignerName], bold14, Left + SignaturePadding, leftWidth, leftY) + bold14.GetHeight();
        }

        if (document.Recipients is not null)
        {
            var heading = DocumentGeometry.Font(12, bold: true, italic: true);
            Gfx.DrawString("Nơi nhận:", heading, XBrushes.Black, Left + SignaturePadding, leftY + Ascent(heading), XStringFormats.BaseLineLeft);
            leftY += heading.GetHeight();
            foreach (var line in recipientLines)
            {
                Gfx.DrawString(line, item, XBrushes.Black, Left + SignaturePadding, leftY + Ascent(item), XStringFormats.BaseLineLeft);
                leftY += item.GetHeight();
            }
        }

        _y = Math.Max(leftY, rightBottom);
    }

    /// <summary>A bordered table (0.5 pt) whose rows never split; on a new page the header row is drawn again.</summary>
    private void Table(TableBlock table, double size)
    {
        var widths = table.Columns.Select(c => c.WidthMm * Mm).ToList();
        var regular = DocumentGeometry.Font(size);
        var bold = DocumentGeometry.Font(size, bold: true);
        var header = new TableBlockRow(table.Columns.Select(c => c.Header).ToList(), Bold: true);
        var headerAlign = table.Columns.Select(_ => CellAlignment.Center).ToList();
        var alignments = table.Columns.Select(c => c.Alignment).ToList();
        Row(header, headerAlign, widths, bold);
        foreach (var row in table.Rows)
        {
            var font = row.Bold ? bold : regular;
            if (Row(row, alignments, widths, font, measureOnly: true) > Bottom - _y)
            {
                NewPage(newSection: false);
                Row(header, headerAlign, widths, bold);
            }

            Row(row, alignments, widths, font);
        }
    }

    private double Row(TableBlockRow row, List<CellAlignment> alignments, List<double> widths, XFont font, bool measureOnly = false)
    {
        var cells = row.Cells.Select((text, i) => DocumentGeometry.Wrap(Gfx, text, font, widths[i] - 2 * CellPadding)).ToList();
        var height = cells.Max(c => c.Count) * font.GetHeight() + 2 * CellSpacing;
        if (measureOnly)
        {
            return height;
        }

        var x = Left;
        for (var i = 0; i < cells.Count; i++)
        {
            Gfx.DrawRectangle(BorderPen, x, _y, widths[i], height);
            var y = _y + CellSpacing;
            foreach (var line in cells[i])
            {
                var (textX, format) = alignments[i] switch
                {
                    CellAlignment.Center => (x + widths[i] / 2, XStringFormats.BaseLineCenter),
                    CellAlignment.Right => (x + widths[i] - CellPadding, XStringFormats.BaseLineRight),
                    _ => (x + CellPadding, XStringFormats.BaseLineLeft),
                };
                Gfx.DrawString(line, font, XBrushes.Black, textX, y + Ascent(font), format);
                y += font.GetHeight();
            }

            x += widths[i];
        }

        _y += height;
        return height;
    }

    private void EnsureRoom(double height)
    {
        if (_y + height > Bottom)
        {
            NewPage(newSection: false);
        }
    }

    private double Measure(string text, XFont font) => Gfx.MeasureString(text, font).Width;

    private static double Ascent(XFont font) => font.Size * font.Metrics.Ascent / font.Metrics.UnitsPerEm;
}
