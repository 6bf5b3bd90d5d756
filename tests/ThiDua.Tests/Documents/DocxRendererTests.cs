using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Core.Documents;

namespace ThiDua.Tests.Documents;

/// <summary>The Word rendering, opened again with the Open XML SDK: valid, complete, in Decree 30's order and layout.</summary>
public sealed class DocxRendererTests
{
    internal static void SkipUnlessFonts() =>
        Skip.If(LiberationFonts.MissingFiles(LiberationFonts.SystemDirectory).Count > 0,
            $"Liberation Serif is not in {LiberationFonts.SystemDirectory}: install fonts-liberation2 (scripts/test-all.sh does).");

    [SkippableTheory]
    [InlineData("decision")]
    [InlineData("plan")]
    [InlineData("registration")]
    [InlineData("draft-decision")]
    [InlineData("letter")]
    public void Render_ProducesADocumentTheValidatorAccepts(string kind)
    {
        SkipUnlessFonts();
        var document = kind switch
        {
            "plan" => SampleDocuments.Plan(),
            "registration" => SampleDocuments.RegistrationList(25),
            "draft-decision" => OfficialDocuments.AwardDecision(SampleDocuments.AwardDecisionInput(25) with { Number = null, Draft = true }),
            "letter" => ProposalDocuments.SubmissionLetter(new ProposalDraftInput(SampleDocuments.LangSon, "Cục Quản lý Thi hành án dân sự", SampleDocuments.Date, 2026,
                "Giấy khen", "khen thưởng", true, "Nguyễn Thị Bình", [], "Chấp hành viên.", [], [], [], null, "đủ điều kiện", SampleDocuments.DeputyHead)),
            _ => SampleDocuments.AwardDecision(25),
        };
        using var word = Open(DocxRenderer.Render(document));
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
    }

    [SkippableFact]
    public void ADraftDecision_StartsWithTheBoxedMark_AtTheRight_ThenTheHeaderWithTheBlankNumber()
    {
        SkipUnlessFonts();
        using var word = Open(DocxRenderer.Render(OfficialDocuments.AwardDecision(SampleDocuments.AwardDecisionInput(3) with { Number = null, Draft = true })));
        var body = word.MainDocumentPart!.Document!.Body!;
        var mark = Assert.IsType<Paragraph>(body.ChildElements[0]);
        Assert.Equal("DỰ THẢO", mark.InnerText);
        Assert.True(mark.Descendants<Bold>().Any(), "the mark is bold");
        Assert.NotNull(mark.ParagraphProperties!.ParagraphBorders!.GetFirstChild<LeftBorder>());
        Assert.True(int.Parse(mark.ParagraphProperties.Indentation!.Left!.Value!, System.Globalization.CultureInfo.InvariantCulture) > 6000, "the box sits at the right");
        var header = Assert.IsType<Table>(body.ChildElements[1]);
        Assert.Equal("Số:       /QĐ-THADS", header.Elements<TableRow>().ElementAt(1).Elements<TableCell>().First().InnerText);
        using var issued = Open(DocxRenderer.Render(SampleDocuments.AwardDecision(3)));
        Assert.DoesNotContain("DỰ THẢO", issued.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Decision_HasItsPartsInTheOrderOfTheDecree()
    {
        SkipUnlessFonts();
        using var word = Open(DocxRenderer.Render(SampleDocuments.AwardDecision(12)));
        var texts = word.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        string[] expected =
        [
            "CỤC QUẢN LÝ THADS", "THI HÀNH ÁN DÂN SỰ TỈNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Số: 05/QĐ-THADS", "Lạng Sơn, ngày 27 tháng 11 năm 2026", "QUYẾT ĐỊNH", "Về việc tặng Giấy khen",
            "TRƯỞNG THI HÀNH ÁN DÂN SỰ TỈNH LẠNG SƠN", "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
            "Theo đề nghị của Hội đồng Thi đua – Khen thưởng Thi hành án dân sự tỉnh Lạng Sơn.", "QUYẾT ĐỊNH:",
            "Điều 1. Tặng Giấy khen cho 12 cá nhân", "Điều 2.", "Điều 3.", "Nơi nhận:", "- Như Điều 3;", "- Lưu: VT, TCCB.",
            "KT. TRƯỞNG", "PHÓ TRƯỞNG", "Hoàng Văn Nghĩa", "Phụ lục", "DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN",
        ];
        var position = -1;
        foreach (var text in expected)
        {
            var next = texts.FindIndex(position + 1, t => t.StartsWith(text, StringComparison.Ordinal));
            Assert.True(next > position, $"'{text}' is missing or out of order (after paragraph {position}).");
            position = next;
        }
    }

    [SkippableFact]
    public void Header_IsABorderlessTwoColumnTable_WithTheMottoRuledAtItsOwnWidth()
    {
        SkipUnlessFonts();
        using var word = Open(DocxRenderer.Render(SampleDocuments.AwardDecision(3)));
        var header = word.MainDocumentPart!.Document!.Body!.Elements<Table>().First();
        Assert.Equal(["3829", "5670"], header.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => c.Width!.Value!));
        Assert.Equal(BorderValues.None, header.GetFirstChild<TableProperties>()!.TableBorders!.TopBorder!.Val!.Value);
        var rows = header.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(["Số: 05/QĐ-THADS", "Lạng Sơn, ngày 27 tháng 11 năm 2026"], rows[1].Elements<TableCell>().Select(c => c.InnerText));
        Assert.True(rows[1].Elements<TableCell>().Last().Descendants<Italic>().Any(), "the place and date are in italics");

        var right = rows[0].Elements<TableCell>().Last().Elements<Paragraph>().ToList();
        var motto = right.Single(p => p.InnerText == "Độc lập - Tự do - Hạnh phúc");
        Assert.Equal("28", motto.Descendants<FontSize>().First().Val!.Value);
        Assert.True(motto.Descendants<Bold>().Any());
        Assert.Empty(motto.Descendants<Underline>());
        var rule = right[right.IndexOf(motto) + 1];
        Assert.NotNull(rule.ParagraphProperties!.ParagraphBorders!.BottomBorder);
        // 60.5 mm at 14 pt [S]: the cell's text width less both indents.
        var indent = int.Parse(rule.ParagraphProperties.Indentation!.Left!.Value!, System.Globalization.CultureInfo.InvariantCulture);
        var ruleMm = (5670 - 2 * 85 - 2 * indent) * 25.4 / 1440;
        Assert.InRange(ruleMm, 59.5, 61.5);
    }

    [SkippableFact]
    public void LongPlaceName_SwitchesTheHeaderTo12_13_13()
    {
        SkipUnlessFonts();
        // "Thành phố Hồ Chí Minh, ngày 29 tháng 12 năm 2024" is 104 mm at 14 pt, wider than the column's 97 mm (documents.md §2).
        var header = new DocumentHeader("Bộ Tư pháp", "Thi hành án dân sự Thành phố Hồ Chí Minh", new DocumentNumber(7, "KH", "THADS"), "Thành phố Hồ Chí Minh", new DateOnly(2024, 12, 29));
        var plan = new OfficialDocument(header, "Kế hoạch", "Tổ chức phong trào thi đua năm 2025", [new ParagraphBlock("Nội dung./.")],
            new SignatureBlock(AuthorityForm.Direct, "Trưởng", "Trần Văn Bình"));
        using var word = Open(DocxRenderer.Render(plan));
        var table = word.MainDocumentPart!.Document!.Body!.Elements<Table>().First();
        string Size(string text) => table.Descendants<Paragraph>().Single(p => p.InnerText == text).Descendants<FontSize>().First().Val!.Value!;
        Assert.Equal(("24", "26", "26"), (Size("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), Size("Độc lập - Tự do - Hạnh phúc"), Size("Thành phố Hồ Chí Minh, ngày 29 tháng 12 năm 2024")));

        using var langSon = Open(DocxRenderer.Render(SampleDocuments.Plan()));
        var standard = langSon.MainDocumentPart!.Document!.Body!.Elements<Table>().First();
        Assert.Equal("26", standard.Descendants<Paragraph>().Single(p => p.InnerText == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").Descendants<FontSize>().First().Val!.Value);
        Assert.Equal("28", standard.Descendants<Paragraph>().Single(p => p.InnerText.StartsWith("Lạng Sơn, ngày 03 tháng 02", StringComparison.Ordinal)).Descendants<FontSize>().First().Val!.Value);
    }

    [SkippableFact]
    public void Annex_IsANewSectionNumberedFromOne_WithARepeatedHeaderRowAndOneRowPerAwardee()
    {
        SkipUnlessFonts();
        using var word = Open(DocxRenderer.Render(SampleDocuments.AwardDecision(40)));
        var body = word.MainDocumentPart!.Document!.Body!;
        var annexTable = body.Elements<Table>().Last();
        var rows = annexTable.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().ToList();
        Assert.Equal(41, rows.Count);
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Equal("40Đặng Thị Hồng BìnhKế toán viên, Văn phòngGiấy khen1.800.000", rows[^1].InnerText);
        Assert.Equal(BorderValues.Single, annexTable.GetFirstChild<TableProperties>()!.TableBorders!.InsideHorizontalBorder!.Val!.Value);

        var sections = body.Descendants<SectionProperties>().ToList();
        Assert.Equal(2, sections.Count);
        Assert.All(sections, s => Assert.NotNull(s.GetFirstChild<TitlePage>()));
        Assert.Null(sections[0].GetFirstChild<PageNumberType>());
        Assert.Equal(1, sections[1].GetFirstChild<PageNumberType>()!.Start!.Value);
        var margins = sections[0].GetFirstChild<PageMargin>()!;
        Assert.Equal((1134, 1134, 1701u, 851u), (margins.Top!.Value, margins.Bottom!.Value, margins.Left!.Value, margins.Right!.Value));

        var numbered = word.MainDocumentPart.HeaderParts.Single(h => h.Header!.Descendants<SimpleField>().Any());
        Assert.Equal(" PAGE ", numbered.Header!.Descendants<SimpleField>().Single().Instruction!.Value);
        Assert.All(sections, s => Assert.Contains(s.Elements<HeaderReference>(), r => r.Type!.Value == HeaderFooterValues.Default && r.Id == word.MainDocumentPart.GetIdOfPart(numbered)));
    }

    [SkippableFact]
    public void RegistrationList_HasItsTableInTheBody_WithoutNumberLine()
    {
        SkipUnlessFonts();
        using var word = Open(DocxRenderer.Render(SampleDocuments.RegistrationList(9)));
        var tables = word.MainDocumentPart!.Document!.Body!.Elements<Table>().ToList();
        var list = tables.Single(t => t.InnerText.StartsWith("STTHọ và tên", StringComparison.Ordinal));
        Assert.Equal(10, list.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Count());
        Assert.DoesNotContain("Số:", tables[0].InnerText, StringComparison.Ordinal);
        Assert.Contains("Lạng Sơn, ngày 09 tháng 3 năm 2026", tables[0].InnerText, StringComparison.Ordinal);
        Assert.Equal("TRƯỞNG PHÒNGLương Thị Hạnh", tables[^1].Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Single().Elements<TableCell>().Last().InnerText);
    }

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);
}
