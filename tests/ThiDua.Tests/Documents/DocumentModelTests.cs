using ThiDua.Core.Documents;

namespace ThiDua.Tests.Documents;

/// <summary>The renderer-independent rules of Decree 30/2020 (documents.md §4–9): dates, numbers, punctuation, bad input.</summary>
public sealed class DocumentModelTests
{
    [Theory]
    [InlineData(2024, 2, 5, "ngày 05 tháng 02 năm 2024")]
    [InlineData(2026, 1, 9, "ngày 09 tháng 01 năm 2026")]
    [InlineData(2026, 3, 10, "ngày 10 tháng 3 năm 2026")]
    [InlineData(2026, 8, 8, "ngày 08 tháng 8 năm 2026")]
    [InlineData(2026, 11, 27, "ngày 27 tháng 11 năm 2026")]
    public void Date_PadsDaysOneToNineAndOnlyJanuaryAndFebruary(int year, int month, int day, string expected) =>
        Assert.Equal(expected, DocumentText.Date(new DateOnly(year, month, day)));

    [Fact]
    public void AnUnnumberedDraft_LeavesTheBlankForTheNumber_AndKeepsTheSymbols()
    {
        var blank = DocumentNumber.Unnumbered("TTr", "thads");
        Assert.True(blank.IsBlank);
        Assert.Null(blank.Number);
        Assert.Equal("Số:       /TTr-THADS", blank.ToString());
        Assert.Equal("…/TTr-THADS", blank.Notation);
        Assert.Equal("Số: 05/QĐ-THADS", new DocumentNumber(5, "QĐ", "THADS").ToString());
        Assert.False(new DocumentNumber(5, "QĐ", "THADS").IsBlank);
        Assert.Throws<DocumentException>(() => DocumentNumber.Unnumbered("TTr", " "));
        Assert.Throws<DocumentException>(() => DocumentNumber.Unnumbered("T Tr", "THADS"));
    }

    [Fact]
    public void ADraftDecision_HasTheBlankNumber_TheMark_AndATitleWithoutNumber()
    {
        var issued = SampleDocuments.AwardDecision(2);
        Assert.False(issued.IsDraft);
        Assert.Equal("QUYẾT ĐỊNH 05/QĐ-THADS", issued.Title);

        var draft = OfficialDocuments.AwardDecision(SampleDocuments.AwardDecisionInput(2) with { Number = null, Draft = true });
        Assert.True(draft.IsDraft);
        Assert.Equal("Số:       /QĐ-THADS", draft.Header.Number!.ToString());
        Assert.Equal("QUYẾT ĐỊNH", draft.Title);
        Assert.Equal("(Kèm theo Quyết định số …/QĐ-THADS ngày 27 tháng 11 năm 2026 của Trưởng Thi hành án dân sự tỉnh Lạng Sơn)", draft.Annexes[0].Reference);
    }

    [Fact]
    public void PlaceAndDate_PutsACommaAfterThePlace() =>
        Assert.Equal("Lạng Sơn, ngày 27 tháng 11 năm 2026", DocumentText.PlaceAndDate("Lạng Sơn", new DateOnly(2026, 11, 27)));

    [Theory]
    [InlineData(1_800_000, "1.800.000 đồng")]
    [InlineData(1_234_000, "1.234.000 đồng")]
    [InlineData(500, "500 đồng")]
    public void Money_SeparatesThousandsWithDots(long amount, string expected) => Assert.Equal(expected, DocumentText.Money(amount));

    [Theory]
    [InlineData(5, "Số: 05/QĐ-THADS")]
    [InlineData(12, "Số: 12/QĐ-THADS")]
    [InlineData(120, "Số: 120/QĐ-THADS")]
    public void Number_IsZeroPaddedBelowTen(int number, string expected) => Assert.Equal(expected, new DocumentNumber(number, "qđ", "thads").ToString());

    [Fact]
    public void Number_WithoutIssuerSymbol_IsRejectedInVietnamese()
    {
        var error = Assert.Throws<DocumentException>(() => new DocumentNumber(5, "QĐ", " "));
        Assert.Equal("Số văn bản: thiếu ký hiệu cơ quan ban hành (ví dụ THADS).", error.Message);
    }

    [Fact]
    public void Number_WithoutTypeSymbol_IsRejectedInVietnamese() =>
        Assert.Contains("thiếu ký hiệu loại văn bản", Assert.Throws<DocumentException>(() => new DocumentNumber(5, "", "THADS")).Message, StringComparison.Ordinal);

    [Fact]
    public void Number_WithSpacesInTheSymbol_IsRejected() =>
        Assert.Contains("không có dấu cách", Assert.Throws<DocumentException>(() => new DocumentNumber(5, "QĐ", "CT HADS")).Message, StringComparison.Ordinal);

    [Fact]
    public void Signature_WithoutSigner_IsRejectedInVietnamese() =>
        Assert.Equal("Họ và tên người ký: không được để trống.",
            Assert.Throws<DocumentException>(() => new SignatureBlock(AuthorityForm.Direct, "Trưởng phòng", "  ")).Message);

    [Fact]
    public void Signature_KtWithoutTheHeadsPosition_IsRejected() =>
        Assert.Contains("KT.", Assert.Throws<DocumentException>(() => new SignatureBlock(AuthorityForm.KT, "Phó Trưởng", "Hoàng Văn Nghĩa")).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData(AuthorityForm.KT, "KT. CỤC TRƯỞNG|PHÓ CỤC TRƯỞNG")]
    [InlineData(AuthorityForm.Q, "Q. PHÓ CỤC TRƯỞNG")]
    [InlineData(AuthorityForm.Direct, "PHÓ CỤC TRƯỞNG")]
    public void Signature_AuthorityLines_FollowTheForm(AuthorityForm form, string expected) =>
        Assert.Equal(expected, string.Join('|', new SignatureBlock(form, "Phó Cục trưởng", "Lê Văn An", "Cục trưởng").AuthorityLines));

    [Fact]
    public void LegalBases_EndWithSemicolons_AndTheLastWithAFullStop()
    {
        var decision = SampleDocuments.AwardDecision(3);
        var lines = decision.LegalBasisLines.ToList();
        Assert.Equal(4, lines.Count);
        Assert.All(lines[..^1], l => Assert.EndsWith(";", l, StringComparison.Ordinal));
        Assert.StartsWith("Theo đề nghị của", lines[^1], StringComparison.Ordinal);
        Assert.EndsWith("Lạng Sơn.", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Recipients_EndWithTheArchiveLine() =>
        Assert.Equal(["- Như Điều 3;", "- Lãnh đạo đơn vị;", "- Lưu: VT, TCCB."], new Recipients(["Như Điều 3", "Lãnh đạo đơn vị;"], "TCCB").Lines);

    [Fact]
    public void AwardDecision_HasOneAnnexRowPerAwardee_AndTheTotalInArticle2()
    {
        var decision = SampleDocuments.AwardDecision(7);
        var annex = Assert.Single(decision.Annexes);
        Assert.Equal(7, annex.Table.Rows.Count);
        Assert.Equal("(Kèm theo Quyết định số 05/QĐ-THADS ngày 27 tháng 11 năm 2026 của Trưởng Thi hành án dân sự tỉnh Lạng Sơn)", annex.Reference);
        var article2 = decision.Body.OfType<ParagraphBlock>().Single(p => p.Label == "Điều 2.");
        Assert.Contains("12.600.000 đồng", article2.Text, StringComparison.Ordinal);
        Assert.EndsWith("./.", decision.Body.OfType<ParagraphBlock>().Last().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AwardDecision_WithoutAwardees_IsRejected() =>
        Assert.Contains("ít nhất một người", Assert.Throws<DocumentException>(() => OfficialDocuments.AwardDecision(
            new AwardDecisionInput(SampleDocuments.LangSon, 1, SampleDocuments.Date, "Trưởng", "Giấy khen", "tốt", [], "Theo đề nghị", [], "Quỹ", "Văn phòng",
                SampleDocuments.DeputyHead, ["Như Điều 3"]))).Message, StringComparison.Ordinal);

    [Fact]
    public void MissingFontFiles_AreNamedWithThePackageToInstall()
    {
        var empty = Directory.CreateTempSubdirectory("thidua-fonts-").FullName;
        try
        {
            var error = Assert.Throws<DocumentException>(() => LiberationFonts.EnsureInstalled(empty));
            Assert.Contains(Path.Combine(empty, "LiberationSerif-Regular.ttf"), error.Message, StringComparison.Ordinal);
            Assert.Contains(Path.Combine(empty, "LiberationSerif-BoldItalic.ttf"), error.Message, StringComparison.Ordinal);
            Assert.Contains("fonts-liberation2", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty);
        }
    }
}
