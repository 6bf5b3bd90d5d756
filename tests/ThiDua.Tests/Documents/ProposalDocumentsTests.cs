using DocumentFormat.OpenXml.Packaging;
using ThiDua.Core.Documents;

namespace ThiDua.Tests.Documents;

/// <summary>The drafts of a proposal's dossier, opened again: the submission letter and the achievement report's three sections.</summary>
public sealed class ProposalDocumentsTests
{
    private static ProposalDraftInput Input(IReadOnlyList<PreviousAward> awards) => new(
        SampleDocuments.LangSon, "Cục Quản lý Thi hành án dân sự", new DateOnly(2026, 11, 27), 2026, "Chiến sĩ thi đua cơ sở", "xét tặng danh hiệu", true,
        "Nguyễn Thị Bình",
        [("Họ và tên", "Nguyễn Thị Bình"), ("Chức vụ", "Chấp hành viên"), ("Đơn vị công tác", "Phòng Thi hành án dân sự khu vực 1")],
        "Chấp hành viên tại Phòng Thi hành án dân sự khu vực 1.",
        [new AchievementLine("Năm 2026", "xếp loại Hoàn thành xuất sắc nhiệm vụ")],
        [new AchievementLine("Năm 2026", "\"Số hóa hồ sơ thi hành án\"")],
        awards, null, "đủ điều kiện (Chiến sĩ thi đua cơ sở, năm 2026)",
        new SignatureBlock(AuthorityForm.Direct, "Trưởng Thi hành án dân sự tỉnh", "Hoàng Văn Nghĩa"));

    private static string Text(OfficialDocument document)
    {
        using var docx = WordprocessingDocument.Open(new MemoryStream(DocxRenderer.Render(document)), false);
        return docx.MainDocumentPart!.Document.Body!.InnerText;
    }

    [Fact]
    public void TheSubmissionLetter_AsksTheDecidingUnit_ForTheAward()
    {
        var text = Text(ProposalDocuments.SubmissionLetter(Input([])));
        Assert.Contains("TỜ TRÌNH", text, StringComparison.Ordinal);
        Assert.Contains("Về việc đề nghị xét tặng danh hiệu Chiến sĩ thi đua cơ sở năm 2026", text, StringComparison.Ordinal);
        Assert.Contains("kính trình Cục Quản lý Thi hành án dân sự", text, StringComparison.Ordinal);
        Assert.Contains("Nguyễn Thị Bình, Chấp hành viên, Phòng Thi hành án dân sự khu vực 1", text, StringComparison.Ordinal);
        Assert.Contains("Hoàng Văn Nghĩa", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSubmissionLetter_HasTheBlankNumberLine_UnderTheIssuer()
    {
        var letter = ProposalDocuments.SubmissionLetter(Input([]));
        Assert.Equal("Số:       /TTr-THADS", letter.Header.Number!.ToString());
        Assert.False(letter.IsDraft);
        using var docx = WordprocessingDocument.Open(new MemoryStream(DocxRenderer.Render(letter)), false);
        var header = docx.MainDocumentPart!.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().First();
        var rows = header.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().ToList();
        var cells = rows[1].Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().ToList();
        Assert.Equal("Số:       /TTr-THADS", cells[0].InnerText);
        Assert.Equal("Lạng Sơn, ngày 27 tháng 11 năm 2026", cells[1].InnerText);
        Assert.Contains("THI HÀNH ÁN DÂN SỰ TỈNH", rows[0].Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().First().InnerText, StringComparison.Ordinal);

        // The achievement report (Decree 98's form) has no number line.
        Assert.Null(ProposalDocuments.AchievementReport(Input([])).Header.Number);
    }

    [Fact]
    public void TheAchievementReport_HasItsThreeSections_AndThePreviousAwards()
    {
        var text = Text(ProposalDocuments.AchievementReport(Input([new PreviousAward("2025", "Lao động tiên tiến", "12/QĐ-THADS", "15/01/2026", "Trưởng THADS tỉnh Lạng Sơn")])));
        Assert.Contains("BÁO CÁO THÀNH TÍCH", text, StringComparison.Ordinal);
        Assert.Contains("SƠ LƯỢC LÝ LỊCH", text, StringComparison.Ordinal);
        Assert.Contains("THÀNH TÍCH ĐẠT ĐƯỢC", text, StringComparison.Ordinal);
        Assert.Contains("Hoàn thành xuất sắc nhiệm vụ", text, StringComparison.Ordinal);
        Assert.Contains("Số hóa hồ sơ thi hành án", text, StringComparison.Ordinal);
        Assert.Contains("CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG", text, StringComparison.Ordinal);
        Assert.Contains("12/QĐ-THADS", text, StringComparison.Ordinal);
        Assert.Contains("15/01/2026", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Chưa được khen thưởng", text, StringComparison.Ordinal);
        Assert.Contains("Chưa được khen thưởng", Text(ProposalDocuments.AchievementReport(Input([]))), StringComparison.Ordinal);
    }
}
