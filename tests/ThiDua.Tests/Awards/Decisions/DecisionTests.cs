using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ThiDua.Core.Awards.Decisions;
using ThiDua.Core.Awards.Eligibility.Regimes;
using ThiDua.Core.Documents;
using ThiDua.Tests.Documents;

namespace ThiDua.Tests.Awards.Decisions;

/// <summary>Award money with exact figures (rules.md §10), the decision's state machine, and its document with collectives and a total.</summary>
public sealed class DecisionTests
{
    private static readonly DateOnly Date = new(2026, 10, 20);

    [Theory]
    [InlineData("GK", 0.3, 2_340_000, false, 710_000)] // 702,000 rounded UP to the next 10,000
    [InlineData("GK", 0.3, 2_340_000, true, 1_420_000)] // a collective: double, for a form
    [InlineData("LDTT", 0.3, 1_800_000, false, 540_000)] // already a multiple of 10,000
    [InlineData("CSTDCS", 1.0, 2_340_000, false, 2_340_000)]
    [InlineData("BKBO", 1.5, 2_340_000, false, 3_510_000)]
    [InlineData("BKBO", 1.5, 2_340_000, true, 7_020_000)]
    [InlineData("BKBO", 1.0, 1_490_000, false, 1_490_000)] // Decree 91
    [InlineData("BKTTG", 3.5, 2_340_000, false, 8_190_000)]
    [InlineData("HCLD3", 4.5, 2_340_000, true, 21_060_000)]
    [InlineData("HCLD1", 9, 1_800_000, false, 16_200_000)]
    [InlineData("TTLDXS", 1.5, 2_340_000, true, 3_510_000)] // a collective title: not doubled
    [InlineData("TTLDTT", 0.8, 2_340_000, true, 1_880_000)] // 1,872,000 rounded up
    [InlineData("LDTT", 0.3, 1_490_000, false, 450_000)] // 447,000 rounded up
    [InlineData("CSTDBO", 3.0, 2_340_000, false, 7_020_000)]
    public void Amount_IsCoefficientTimesBaseSalary_RoundedUp_AndDoubledForCollectivesOnForms(string code, double coefficient, long salary, bool collective, long expected) =>
        Assert.Equal(expected, AwardMoney.Amount((decimal)coefficient, salary, CodeOf<AwardCode>.Parse(code), collective));

    [Theory]
    [InlineData("2019-06-30", null)]
    [InlineData("2019-07-01", 1_490_000L)]
    [InlineData("2023-06-30", 1_490_000L)]
    [InlineData("2023-07-01", 1_800_000L)]
    [InlineData("2024-06-30", 1_800_000L)]
    [InlineData("2024-07-01", 2_340_000L)]
    [InlineData("2026-10-20", 2_340_000L)]
    public void TheBaseSalaryInForce_IsTheLatestStartingOnOrBeforeTheDate(string date, long? expected) =>
        Assert.Equal(expected, AwardMoney.InForce(AwardMoney.BuiltIns, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))?.Amount);

    [Fact]
    public void Coefficients_ComeFromTheRegimeInForceOnTheDecisionDate()
    {
        Assert.Equal(1.5m, AwardMoney.Coefficient(RegimeCatalog.Default.Resolve(Date), AwardCode.Bkbo));
        Assert.Equal(1.0m, AwardMoney.Coefficient(RegimeCatalog.Default.Resolve(new DateOnly(2020, 3, 1)), AwardCode.Bkbo));
        Assert.Equal(0.3m, AwardMoney.Coefficient(RegimeCatalog.Default.Resolve(Date), AwardCode.Gk));
        Assert.Equal(0m, AwardMoney.Coefficient(RegimeCatalog.Default.Resolve(Date), AwardCode.Knc));

        // A Giấy khen of 20/10/2026: 0.3 × 2,340,000 = 702,000 → 710,000.
        var salary = AwardMoney.InForce(AwardMoney.BuiltIns, Date)!.Amount;
        Assert.Equal(710_000, AwardMoney.Amount(AwardMoney.Coefficient(RegimeCatalog.Default.Resolve(Date), AwardCode.Gk), salary, AwardCode.Gk, false));
    }

    [Fact]
    public void Notation_IsZeroPaddedBelowTen()
    {
        Assert.Equal("05/QĐ-THADS", DecisionTexts.Notation(5, "QĐ-THADS"));
        Assert.Equal("12/QĐ-THADS", DecisionTexts.Notation(12, "QĐ-THADS"));
        Assert.Equal("512/QĐ-PTHADS", DecisionTexts.Notation(512, "QĐ-PTHADS"));
    }

    [Fact]
    public void ADraft_IsIssuedOnce_ThenFrozen_AndRevokedLineByLineOrWhole()
    {
        var decision = Draft();
        Assert.Equal(DecisionStatus.Draft, decision.Status);
        Assert.Null(decision.Notation);
        Assert.NotNull(decision.Refusal(DecisionAction.RevokeLine));
        Assert.Throws<InvalidOperationException>(() => decision.RevokeAll(Date, "không được khi còn dự thảo", RevocationGround.ForgedDossier, null));

        decision.Issue(5, new DateTime(2026, 10, 20, 2, 0, 0, DateTimeKind.Utc), "lãnh đạo");
        Assert.Equal(DecisionStatus.Issued, decision.Status);
        Assert.Equal("05/QĐ-THADS", decision.Notation);
        Assert.Equal(2026, decision.NumberYear);
        Assert.Contains("05/qd-thads", decision.SearchText, StringComparison.Ordinal);
        Assert.Contains("đã ban hành không sửa được", decision.Refusal(DecisionAction.Edit), StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => decision.Change(Content()));
        Assert.Throws<InvalidOperationException>(() => decision.Issue(6, DateTime.UnixEpoch, "lần hai"));

        var first = decision.Lines[0];
        decision.RevokeLine(first, Date.AddDays(10), "Khai man số liệu thành tích", RevocationGround.FalseDeclaration, "Quyết định số 20/QĐ-THADS");
        Assert.Equal(DecisionStatus.Issued, decision.Status);
        Assert.Equal(RevocationGround.FalseDeclaration, first.RevocationGround);
        Assert.Throws<InvalidOperationException>(() => decision.RevokeLine(first, Date.AddDays(11), "lần hai", RevocationGround.FalseDeclaration, null));

        decision.RevokeAll(Date.AddDays(12), "Hồ sơ đề nghị bị làm giả", RevocationGround.ForgedDossier, null);
        Assert.Equal(DecisionStatus.Revoked, decision.Status);
        Assert.All(decision.Lines, l => Assert.NotNull(l.RevokedOn));
        Assert.Equal(RevocationGround.FalseDeclaration, first.RevocationGround); // the earlier revocation is kept as it was
        Assert.Equal(RevocationGround.ForgedDossier, decision.Lines[1].RevocationGround);
        Assert.NotNull(decision.Refusal(DecisionAction.RevokeAll));
    }

    [Fact]
    public void Transitions_NeverSkipTheIssue()
    {
        Assert.False(AwardDecision.Transitions.ContainsKey((DecisionStatus.Draft, DecisionAction.RevokeAll)));
        Assert.False(AwardDecision.Transitions.ContainsKey((DecisionStatus.Issued, DecisionAction.Edit)));
        Assert.DoesNotContain(AwardDecision.Transitions.Keys, k => k.From == DecisionStatus.Revoked);
    }

    [Fact]
    public void Pricing_WritesTheMoneyOfEachLine_AndTheTotal()
    {
        var decision = Draft();
        decision.Price(l => (0.3m, AwardMoney.Amount(0.3m, 2_340_000, AwardCode.Gk, l.IsCollective)));
        Assert.Equal([1_420_000L, 710_000L, 710_000L], decision.Lines.Select(l => l.Amount));
        Assert.Equal(2_840_000, decision.Total);
    }

    [SkippableFact]
    public void TheDecisionDocument_CountsCollectivesAndPeople_GroupsTheAnnex_AndTotalsTheMoney()
    {
        DocxRendererTests.SkipUnlessFonts();
        var input = new AwardDecisionInput(SampleDocuments.LangSon, 5, Date, "Trưởng Thi hành án dân sự tỉnh Lạng Sơn", "Giấy khen", "xuất sắc năm 2026",
            ["Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022"], "Theo đề nghị của Hội đồng Thi đua – Khen thưởng",
            [
                new("Phòng Thi hành án dân sự khu vực 2", "Thi hành án dân sự tỉnh Lạng Sơn", "Giấy khen", 1_420_000, Collective: true),
                new("Phòng Thi hành án dân sự khu vực 3", "Thi hành án dân sự tỉnh Lạng Sơn", "Giấy khen", 1_420_000, Collective: true),
                new("Nguyễn Văn An", "Chấp hành viên", "Giấy khen", 710_000),
                new("Lê Thị Hạnh", "Thư ký thi hành án", "Giấy khen", 710_000),
                new("Hà Văn Lâm", "Thẩm tra viên", "Giấy khen", 710_000),
            ],
            "Quỹ thi đua, khen thưởng", "Chánh Văn phòng", SampleDocuments.DeputyHead, ["Như Điều 3"], Totalled: true);
        var document = OfficialDocuments.AwardDecision(input);
        var rows = document.Annexes[0].Table.Rows;
        Assert.Equal(["I. TẬP THỂ", "Phòng Thi hành án dân sự khu vực 2", "Phòng Thi hành án dân sự khu vực 3", "II. CÁ NHÂN", "Nguyễn Văn An", "Lê Thị Hạnh", "Hà Văn Lâm", "Tổng cộng"],
            rows.Select(r => r.Cells[1]));
        Assert.Equal(["2.840.000", "2.130.000", "4.970.000"], rows.Where(r => r.Bold).Select(r => r.Cells[4]));
        Assert.Equal("DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN", document.Annexes[0].Title);

        using var word = WordprocessingDocument.Open(new MemoryStream(DocxRenderer.Render(document)), false);
        var text = string.Join("\n", word.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
        Assert.Contains("Điều 1. Tặng Giấy khen cho 2 tập thể và 3 cá nhân (có danh sách kèm theo)", text, StringComparison.Ordinal);
        Assert.Contains("Mỗi tập thể, cá nhân được tặng Giấy khen kèm theo tiền thưởng theo quy định; tổng số tiền thưởng là 4.970.000 đồng", text, StringComparison.Ordinal);
        Assert.Contains("Tổng cộng", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ATitle_IsRecognised_NotGiven()
    {
        var document = OfficialDocuments.AwardDecision(new AwardDecisionInput(SampleDocuments.LangSon, 7, Date, "Trưởng", "danh hiệu Lao động tiên tiến", "hoàn thành tốt nhiệm vụ năm 2026",
            [], "Theo đề nghị", [new("Nguyễn Văn An", "Chấp hành viên", "Lao động tiên tiến", 710_000)], "Quỹ", "Văn phòng", SampleDocuments.DeputyHead, ["Như Điều 3"]));
        Assert.Equal("Về việc công nhận danh hiệu Lao động tiên tiến", document.Summary);
        Assert.StartsWith("Công nhận danh hiệu Lao động tiên tiến cho 1 cá nhân", ((ParagraphBlock)document.Body[1]).Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Certificates_AreOneLandscapePagePerAwardee_WithTheDecisionNumberAndDate()
    {
        DocxRendererTests.SkipUnlessFonts();
        Skip.IfNot(File.Exists("/usr/bin/pdftotext"), "pdftotext is missing: install poppler-utils.");
        var bytes = CertificateRenderer.Render(new CertificateSet("Trưởng Thi hành án dân sự tỉnh Lạng Sơn", "Giấy khen", "05/QĐ-THADS", Date, "Lạng Sơn", SampleDocuments.DeputyHead,
            [new("Nguyễn Văn An", "Chấp hành viên", false, "xuất sắc năm 2026"), new("Phòng Thi hành án dân sự khu vực 2", "", true, "xuất sắc năm 2026")]));
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, bytes);
            using var process = Process.Start(new ProcessStartInfo("/usr/bin/pdftotext", ["-enc", "UTF-8", path, "-"]) { RedirectStandardOutput = true, UseShellExecute = false })!;
            var pages = process.StandardOutput.ReadToEnd().Split('\f').SkipLast(1).ToList();
            process.WaitForExit();
            Assert.Equal(2, pages.Count);
            Assert.Contains("Ông/Bà: Nguyễn Văn An", pages[0], StringComparison.Ordinal);
            Assert.Contains("GIẤY KHEN", pages[0], StringComparison.Ordinal);
            Assert.Contains("Quyết định số: 05/QĐ-THADS", pages[0], StringComparison.Ordinal);
            Assert.Contains("Lạng Sơn, ngày 20 tháng 10 năm 2026", pages[0], StringComparison.Ordinal);
            Assert.Contains("Phòng Thi hành án dân sự khu vực 2", pages[1], StringComparison.Ordinal);
            Assert.DoesNotContain("Ông/Bà", pages[1], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }

        using var read = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(bytes), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        Assert.All(read.Pages.Cast<PdfSharp.Pdf.PdfPage>(), p => Assert.Equal((842, 595), ((int)Math.Round(p.Width.Point), (int)Math.Round(p.Height.Point)))); // A4 landscape
    }

    private static DecisionContent Content() => new(
        "QĐ-THADS", Date, AwardCode.Gk, AwardKind.CongTrang, 2026, 2026, "xuất sắc năm 2026", "Trưởng Thi hành án dân sự tỉnh Lạng Sơn",
        ["Căn cứ Luật Thi đua, khen thưởng"], "Theo đề nghị của Hội đồng", AuthorityForm.KT, "Phó Trưởng", "Hoàng Văn Nghĩa", "Trưởng", ["Như Điều 3"], "Quỹ", "Văn phòng",
        [
            new(null, 11, "Phòng Thi hành án dân sự khu vực 2", "Thi hành án dân sự tỉnh Lạng Sơn", null, 0, 0),
            new(101, null, "Nguyễn Văn An", "Chấp hành viên", 42, 0, 0),
            new(102, null, "Lê Thị Hạnh", "Thư ký thi hành án", null, 0, 0),
        ]);

    private static AwardDecision Draft() => new(3, Content());
}
