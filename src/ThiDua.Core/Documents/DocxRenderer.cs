using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ThiDua.Core.Documents;

/// <summary>
/// Writes an <see cref="OfficialDocument"/> as a Word document in the form of Decree 30/2020 (documents.md): A4, margins
/// 20/20/30/15 mm, Times New Roman, the header as a borderless two-row table, drawn rules (never underlines), page
/// numbers centred in the top margin and hidden on page 1, each annex a new section numbered from 1.
/// </summary>
public static class DocxRenderer
{
    /// <summary>The content type of a .docx file.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private const int TextWidthTwips = DocumentGeometry.TextWidthTwips;
    private const string Before6 = "120";

    public static byte[] Render(OfficialDocument document) => DocumentText.ToBytes(document, Render);

    public static void Render(OfficialDocument document, Stream output)
    {
        var geometry = new DocumentGeometry(document);
        using var package = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = package.AddMainDocumentPart();
        AddStyles(main);
        AddSettings(main);
        package.PackageProperties.Title = document.Title;
        package.PackageProperties.Subject = document.Summary;
        var (numbered, first) = AddPageHeaders(main);
        var body = new Body();
        if (document.IsDraft)
        {
            body.Append(DraftMark());
        }

        body.Append(HeaderTable(document, geometry));
        body.Append(Para(JustificationValues.Center, [], size: 14));
        body.Append(Para(JustificationValues.Center, [Text(document.TypeName, 14, bold: true)]));
        body.Append(Para(JustificationValues.Center, Lines(geometry.SummaryLines, 14, bold: true)));
        body.Append(Rule(TextWidthTwips, geometry.SummaryRule));
        if (document.IssuerTitle is not null)
        {
            body.Append(Para(JustificationValues.Center, [], size: 14));
            body.Append(Para(JustificationValues.Center, [Text(document.IssuerTitle, 14, bold: true)]));
        }

        foreach (var basis in document.LegalBasisLines)
        {
            body.Append(Indented([Text(basis, 14, italic: true)]));
        }

        foreach (var block in document.Body)
        {
            body.Append(Block(block));
        }

        body.Append(Para(JustificationValues.Left, [], size: 14));
        body.Append(SignatureTable(document));
        for (var a = 0; a < document.Annexes.Count; a++)
        {
            // A section's properties close it: the main text keeps its numbering, each annex restarts at 1 [A-I III.1.đ].
            var annex = document.Annexes[a];
            body.Append(new Paragraph(new ParagraphProperties { SectionProperties = Section(numbered, first, restart: a > 0) }));
            body.Append(Para(JustificationValues.Center, [Text(annex.Label, 14, bold: true)]));
            body.Append(Para(JustificationValues.Center, [Text(annex.Title, 14, bold: true)]));
            if (annex.Reference is not null)
            {
                body.Append(Para(JustificationValues.Center, [Text(annex.Reference, 14, italic: true)]));
            }

            body.Append(Rule(TextWidthTwips, DocumentGeometry.AnnexRule));
            body.Append(Para(JustificationValues.Center, [], size: 13));
            body.Append(Table(annex.Table, 13));
            body.Append(Para(JustificationValues.Left, [], size: 13));
        }

        body.Append(Section(numbered, first, restart: document.Annexes.Count > 0));
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle
                {
                    RunFonts = new RunFonts { Ascii = LiberationFonts.Family, HighAnsi = LiberationFonts.Family, ComplexScript = LiberationFonts.Family, EastAsia = LiberationFonts.Family },
                    Color = new Color { Val = "000000" },
                    FontSize = new FontSize { Val = "28" },
                    FontSizeComplexScript = new FontSizeComplexScript { Val = "28" },
                    Languages = new Languages { Val = "vi-VN" },
                }),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle
                {
                    SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                })));
        styles.Styles.Save();
    }

    /// <summary>Word 2013+ layout rules (compatibilityMode 15), so that Word does not open the file in compatibility mode.</summary>
    private static void AddSettings(MainDocumentPart main)
    {
        var settings = main.AddNewPart<DocumentSettingsPart>();
        settings.Settings = new Settings(new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }));
        settings.Settings.Save();
    }

    /// <summary>A PAGE field centred in the top margin, 14 pt, and an empty first-page header (page 1 shows no number) [A-I I.7].</summary>
    private static (string Numbered, string First) AddPageHeaders(MainDocumentPart main)
    {
        var numbered = main.AddNewPart<HeaderPart>();
        numbered.Header = new Header(new Paragraph(
            new ParagraphProperties { Justification = new Justification { Val = JustificationValues.Center } },
            new SimpleField(new Run(RunProps(14, false, false), new Text("1"))) { Instruction = " PAGE " }));
        numbered.Header.Save();
        var first = main.AddNewPart<HeaderPart>();
        first.Header = new Header(new Paragraph());
        first.Header.Save();
        return (main.GetIdOfPart(numbered), main.GetIdOfPart(first));
    }

    private static SectionProperties Section(string numbered, string first, bool restart)
    {
        var section = new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = numbered },
            new HeaderReference { Type = HeaderFooterValues.First, Id = first },
            new PageSize { Width = DocumentGeometry.PageWidthTwips, Height = DocumentGeometry.PageHeightTwips },
            new PageMargin
            {
                Top = DocumentGeometry.TopTwips, Bottom = DocumentGeometry.BottomTwips,
                Left = DocumentGeometry.LeftTwips, Right = DocumentGeometry.RightTwips,
                Header = DocumentGeometry.HeaderDistanceTwips, Footer = DocumentGeometry.HeaderDistanceTwips, Gutter = 0,
            });
        if (restart)
        {
            section.Append(new PageNumberType { Start = 1 });
        }

        section.Append(new TitlePage());
        return section;
    }

    /// <summary>"DỰ THẢO" bold in a box at the right margin, a blank line under it: a paragraph indented to the box's width, bordered.</summary>
    private static Paragraph DraftMark()
    {
        var mark = Para(JustificationValues.Center, [Text(DocumentGeometry.DraftMark, 14, bold: true)], after: "240");
        var properties = mark.ParagraphProperties!;
        properties.ParagraphBorders = new ParagraphBorders(
            new TopBorder { Val = BorderValues.Single, Size = 6, Space = 2, Color = "000000" },
            new LeftBorder { Val = BorderValues.Single, Size = 6, Space = 4, Color = "000000" },
            new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 2, Color = "000000" },
            new RightBorder { Val = BorderValues.Single, Size = 6, Space = 4, Color = "000000" });
        properties.Indentation = new Indentation { Left = (TextWidthTwips - DocumentGeometry.DraftBoxTwips).ToString(DocumentText.Culture), Right = "80" };
        return mark;
    }

    private static Table HeaderTable(OfficialDocument document, DocumentGeometry geometry)
    {
        var left = new List<OpenXmlElement>();
        if (geometry.ParentLines.Count > 0)
        {
            left.Add(Para(JustificationValues.Center, Lines(geometry.ParentLines, geometry.NameSize)));
        }

        left.Add(Para(JustificationValues.Center, Lines(geometry.IssuingLines, geometry.NameSize, bold: true)));
        left.Add(Rule(DocumentGeometry.HeaderLeftTwips - 2 * DocumentGeometry.HeaderPaddingTwips, geometry.IssuingRule));
        var right = new List<OpenXmlElement>
        {
            Para(JustificationValues.Center, [Text(DocumentGeometry.NationalTitle, geometry.NameSize, bold: true)]),
            Para(JustificationValues.Center, [Text(DocumentGeometry.Motto, geometry.MottoSize, bold: true)]),
            Rule(DocumentGeometry.HeaderRightTwips - 2 * DocumentGeometry.HeaderPaddingTwips, geometry.MottoRule),
        };
        var number = document.Header.Number?.ToString();
        var date = document.Header.PlaceAndDateLine;
        var table = new Table(
            new TableProperties
            {
                TableWidth = new TableWidth { Width = (DocumentGeometry.HeaderLeftTwips + DocumentGeometry.HeaderRightTwips).ToString(DocumentText.Culture), Type = TableWidthUnitValues.Dxa },
                TableIndentation = new TableIndentation { Width = DocumentGeometry.HeaderIndentTwips, Type = TableWidthUnitValues.Dxa },
                TableBorders = Borders(BorderValues.None, 0),
                TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
                TableCellMarginDefault = new TableCellMarginDefault
                {
                    TableCellLeftMargin = new TableCellLeftMargin { Width = DocumentGeometry.HeaderPaddingTwips, Type = TableWidthValues.Dxa },
                    TableCellRightMargin = new TableCellRightMargin { Width = DocumentGeometry.HeaderPaddingTwips, Type = TableWidthValues.Dxa },
                },
            },
            new TableGrid(new GridColumn { Width = DocumentGeometry.HeaderLeftTwips.ToString(DocumentText.Culture) }, new GridColumn { Width = DocumentGeometry.HeaderRightTwips.ToString(DocumentText.Culture) }),
            new TableRow(Cell(DocumentGeometry.HeaderLeftTwips, left), Cell(DocumentGeometry.HeaderRightTwips, right)));
        if (number is not null || date is not null)
        {
            // Row 2 keeps "Số" and the place/date level however many lines the names take [A-I II.4.c].
            table.Append(new TableRow(
                Cell(DocumentGeometry.HeaderLeftTwips, [Para(JustificationValues.Center, number is null ? [] : [Text(number, geometry.NameSize)], before: "60")]),
                Cell(DocumentGeometry.HeaderRightTwips, [Para(JustificationValues.Center, date is null ? [] : [Text(date, geometry.MottoSize, italic: true)], before: "60")])));
        }

        return table;
    }

    /// <summary>Signature right, "Nơi nhận" left level with its first line [A-I II.7, II.9]; one row that never splits.</summary>
    private static Table SignatureTable(OfficialDocument document)
    {
        var left = new List<OpenXmlElement>();
        if (document.LeftSignature is { } second)
        {
            left.AddRange(second.AuthorityLines.Select(l => Para(JustificationValues.Center, [Text(l, 14, bold: true)])));
            left.AddRange(Enumerable.Range(0, 5).Select(_ => Para(JustificationValues.Center, [], size: 14)));
            left.Add(Para(JustificationValues.Center, [Text(second.SignerName, 14, bold: true)]));
            left.Add(Para(JustificationValues.Left, [], size: 14));
        }

        if (document.Recipients is not null)
        {
            left.Add(Para(JustificationValues.Left, [Text("Nơi nhận:", 12, bold: true, italic: true)]));
            left.AddRange(document.Recipients.Lines.Select(l => Para(JustificationValues.Left, [Text(l, 11)])));
        }
        else if (left.Count == 0)
        {
            left.Add(Para(JustificationValues.Left, []));
        }

        var signature = document.Signature;
        var right = signature.AuthorityLines.Select(l => Para(JustificationValues.Center, [Text(l, 14, bold: true)])).ToList<OpenXmlElement>();
        right.AddRange(Enumerable.Range(0, 5).Select(_ => Para(JustificationValues.Center, [], size: 14)));
        right.Add(Para(JustificationValues.Center, [Text(signature.SignerName, 14, bold: true)]));
        return new Table(
            new TableProperties
            {
                TableWidth = new TableWidth { Width = (DocumentGeometry.SignatureLeftTwips + DocumentGeometry.SignatureRightTwips).ToString(DocumentText.Culture), Type = TableWidthUnitValues.Dxa },
                TableBorders = Borders(BorderValues.None, 0),
                TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            },
            new TableGrid(new GridColumn { Width = DocumentGeometry.SignatureLeftTwips.ToString(DocumentText.Culture) }, new GridColumn { Width = DocumentGeometry.SignatureRightTwips.ToString(DocumentText.Culture) }),
            new TableRow(new TableRowProperties(new CantSplit()), Cell(DocumentGeometry.SignatureLeftTwips, left), Cell(DocumentGeometry.SignatureRightTwips, right)));
    }

    private static IEnumerable<OpenXmlElement> Block(DocumentBlock block) => block switch
    {
        HeadingBlock h => [Para(JustificationValues.Center, [Text(h.Text, 14, bold: true)], before: "240")],
        ParagraphBlock p => [Indented(p.Label is null
            ? [Text(p.Text, 14, p.Bold, p.Italic)]
            : [Text(p.Label + " ", 14, bold: true), Text(p.Text, 14, p.Bold, p.Italic)])],
        TableBlock t => [Para(JustificationValues.Left, [], size: 13), Table(t, 13), Para(JustificationValues.Left, [], size: 13)],
        _ => throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "Khối nội dung không được hỗ trợ."),
    };

    /// <summary>A bordered table (0.5 pt), fixed widths, the header row bold and repeated on every page, rows that never split.</summary>
    private static Table Table(TableBlock block, double size)
    {
        var widths = block.Columns.Select(c => Twips(c.WidthMm)).ToList();
        var table = new Table(
            new TableProperties
            {
                TableWidth = new TableWidth { Width = widths.Sum().ToString(DocumentText.Culture), Type = TableWidthUnitValues.Dxa },
                TableBorders = Borders(BorderValues.Single, 4),
                TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
                TableCellMarginDefault = new TableCellMarginDefault
                {
                    TableCellLeftMargin = new TableCellLeftMargin { Width = 57, Type = TableWidthValues.Dxa },
                    TableCellRightMargin = new TableCellRightMargin { Width = 57, Type = TableWidthValues.Dxa },
                },
            },
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(DocumentText.Culture) })));
        table.Append(new TableRow(
            block.Columns.Select((c, i) => Cell(widths[i], [Para(JustificationValues.Center, [Text(c.Header, size, bold: true)], before: "40", after: "40")]))
                .Prepend<OpenXmlElement>(new TableRowProperties(new CantSplit(), new TableHeader()))));
        foreach (var row in block.Rows)
        {
            table.Append(new TableRow(
                row.Cells.Select((text, i) => Cell(widths[i], [Para(Align(block.Columns[i].Alignment), [Text(text, size, row.Bold)], before: "40", after: "40")]))
                    .Prepend<OpenXmlElement>(new TableRowProperties(new CantSplit()))));
        }

        return table;
    }

    private static JustificationValues Align(CellAlignment alignment) => alignment switch
    {
        CellAlignment.Center => JustificationValues.Center,
        CellAlignment.Right => JustificationValues.Right,
        _ => JustificationValues.Left,
    };

    private static TableBorders Borders(BorderValues value, uint size) => new(
        new TopBorder { Val = value, Size = size, Color = "000000" },
        new LeftBorder { Val = value, Size = size, Color = "000000" },
        new BottomBorder { Val = value, Size = size, Color = "000000" },
        new RightBorder { Val = value, Size = size, Color = "000000" },
        new InsideHorizontalBorder { Val = value, Size = size, Color = "000000" },
        new InsideVerticalBorder { Val = value, Size = size, Color = "000000" });

    private static TableCell Cell(int widthTwips, IEnumerable<OpenXmlElement> content)
    {
        var cell = new TableCell(new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = widthTwips.ToString(DocumentText.Culture), Type = TableWidthUnitValues.Dxa },
            TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Top },
        });
        cell.Append(content);
        return cell;
    }

    /// <summary>A drawn rule of a given length (points) centred in a width (twips): an empty paragraph with a 0.75 pt bottom border [P].</summary>
    private static Paragraph Rule(int widthTwips, double lengthPoints)
    {
        var indent = Math.Max(0, (widthTwips - (int)Math.Round(lengthPoints * 20)) / 2).ToString(DocumentText.Culture);
        return new Paragraph(new ParagraphProperties
        {
            ParagraphBorders = new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 0, Color = "000000" }),
            SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = "60", LineRule = LineSpacingRuleValues.Exact },
            Indentation = new Indentation { Left = indent, Right = indent },
        });
    }

    /// <summary>A body paragraph: justified, first-line indent 1 cm, 6 pt before [A-I II.6.e].</summary>
    private static Paragraph Indented(IEnumerable<Run> runs) =>
        new(runs.Prepend<OpenXmlElement>(new ParagraphProperties
        {
            SpacingBetweenLines = new SpacingBetweenLines { Before = Before6, After = "0" },
            Indentation = new Indentation { FirstLine = "567" },
            Justification = new Justification { Val = JustificationValues.Both },
        }));

    private static Paragraph Para(JustificationValues align, IEnumerable<Run> runs, double size = 0, string before = "0", string after = "0")
    {
        var properties = new ParagraphProperties
        {
            SpacingBetweenLines = new SpacingBetweenLines { Before = before, After = after },
            Justification = new Justification { Val = align },
        };
        if (size > 0)
        {
            // An empty paragraph takes its height from the paragraph mark's size.
            properties.ParagraphMarkRunProperties = new ParagraphMarkRunProperties(new FontSize { Val = HalfPoints(size) }, new FontSizeComplexScript { Val = HalfPoints(size) });
        }

        return new Paragraph(runs.Prepend<OpenXmlElement>(properties));
    }

    /// <summary>The measured lines of a name or summary, joined by line breaks so that Word breaks where the PDF does.</summary>
    private static IEnumerable<Run> Lines(IReadOnlyList<string> lines, double size, bool bold = false)
    {
        var run = new Run(RunProps(size, bold, false));
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return [run];
    }

    private static Run Text(string text, double size, bool bold = false, bool italic = false) =>
        new(RunProps(size, bold, italic), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static RunProperties RunProps(double size, bool bold, bool italic) => new()
    {
        Bold = bold ? new Bold() : null,
        Italic = italic ? new Italic() : null,
        FontSize = new FontSize { Val = HalfPoints(size) },
        FontSizeComplexScript = new FontSizeComplexScript { Val = HalfPoints(size) },
    };

    private static string HalfPoints(double size) => ((int)Math.Round(size * 2)).ToString(DocumentText.Culture);

    private static int Twips(double mm) => (int)Math.Round(mm * 1440 / 25.4);
}
