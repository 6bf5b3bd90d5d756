using System.Diagnostics;
using PdfSharp.Pdf.IO;
using ThiDua.Core.Documents;

namespace ThiDua.Tests.Documents;

/// <summary>The PDF rendering, read back: page count of a long annex, repeated header rows, page numbers and the text with its diacritics.</summary>
public sealed class PdfRendererTests
{
    private const string PdfToText = "/usr/bin/pdftotext";

    [SkippableFact]
    public void Render_WritesAPdf_WithTheDecisionsTextAndCorrectDiacritics()
    {
        DocxRendererTests.SkipUnlessFonts();
        var bytes = PdfRenderer.Render(SampleDocuments.AwardDecision(12));
        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
        var pages = Pages(bytes);
        string[] expected =
        [
            "THI HÀNH ÁN DÂN SỰ TỈNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 05/QĐ-THADS",
            "Lạng Sơn, ngày 27 tháng 11 năm 2026", "QUYẾT ĐỊNH", "Về việc tặng Giấy khen", "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
            "Điều 1.", "Điều 3.", "Nơi nhận:", "- Lưu: VT, TCCB.", "KT. TRƯỞNG", "PHÓ TRƯỞNG", "Hoàng Văn Nghĩa",
        ];
        foreach (var text in expected)
        {
            Assert.Contains(text, pages[0], StringComparison.Ordinal);
        }

        Assert.Contains("DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN", pages[1], StringComparison.Ordinal);
        Assert.Contains("Đặng Thị Thu Yến", pages[1], StringComparison.Ordinal);
    }

    [SkippableFact]
    public void LongAnnex_BreaksAcrossPages_RepeatingTheHeaderRow_AndNumberingFromOne()
    {
        DocxRendererTests.SkipUnlessFonts();
        const int awardees = 500;
        var bytes = PdfRenderer.Render(SampleDocuments.AwardDecision(awardees));
        using var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);

        // Every row is at least one 13 pt line (15 pt) plus 4 pt of padding, on at most 257 mm of text height.
        var fewestAnnexPages = (int)Math.Ceiling(awardees * 19.0 / (257 * 72 / 25.4));
        Assert.InRange(pdf.PageCount, 1 + fewestAnnexPages, 1 + 3 * fewestAnnexPages);
        var pages = Pages(bytes, layout: true);
        Assert.Equal(pdf.PageCount, pages.Count);

        // Page 1 of the decision and of the annex carry no number; the annex's pages count 2, 3, … from its own start.
        Assert.False(FirstLine(pages[0]) == "1", "page 1 shows no number");
        Assert.StartsWith("Phụ lục", FirstLine(pages[1]), StringComparison.Ordinal);
        for (var p = 2; p < pages.Count; p++)
        {
            Assert.Equal(p.ToString(System.Globalization.CultureInfo.InvariantCulture), FirstLine(pages[p]));
        }

        // The header row is on every annex page and the STT numbers run 1…500 without a gap.
        Assert.All(pages.Skip(1), page => Assert.Contains("Họ và tên", page, StringComparison.Ordinal));
        var numbers = pages.Skip(1).SelectMany(page => page.Split('\n'))
            .Select(line => System.Text.RegularExpressions.Regex.Match(line, @"^\s*(\d+)\s+\p{L}")).Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var sequence = new List<int>();
        foreach (var n in numbers)
        {
            if (n == sequence.Count + 1)
            {
                sequence.Add(n);
            }
        }

        Assert.Equal(awardees, sequence.Count);
    }

    [SkippableFact]
    public void RegistrationList_KeepsItsDiacritics()
    {
        DocxRendererTests.SkipUnlessFonts();
        var pages = Pages(PdfRenderer.Render(SampleDocuments.RegistrationList(6)));
        Assert.Contains("Đăng ký danh hiệu thi đua năm 2026", pages[0], StringComparison.Ordinal);
        Assert.Contains("Chiến sĩ thi đua cơ sở", pages[0], StringComparison.Ordinal);
        Assert.Contains("Lương Thị Hạnh", pages[^1], StringComparison.Ordinal);
    }

    [SkippableFact]
    public void SignatureBlock_IsCentredUnderTheMotto_WithNoiNhanLevelAtTheLeftMargin()
    {
        DocxRendererTests.SkipUnlessFonts();
        var words = Words(PdfRenderer.Render(SampleDocuments.AwardDecision(3)), page: 1);
        static double Centre((string Text, double XMin, double YMin, double XMax) first, (string Text, double XMin, double YMin, double XMax) last) => (first.XMin + last.XMax) / 2;
        var motto = Centre(words.First(w => w.Text == "Độc"), words.First(w => w.Text == "phúc"));
        var signer = Centre(words.First(w => w.Text == "Hoàng"), words.Last(w => w.Text == "Nghĩa"));
        var kt = words.FindIndex(w => w.Text == "KT.");
        var authority = Centre(words[kt], words[kt + 1]);
        Assert.InRange(signer - motto, -6, 6);
        Assert.InRange(authority - motto, -6, 6);

        var recipients = words.Single(w => w.Text == "Nơi");
        Assert.InRange(recipients.XMin, 85, 95); // the left margin is 1701 twips = 85 pt, plus the cell's padding
        Assert.InRange(recipients.YMin - words[kt].YMin, -4, 4);
        var article3 = words.Where((w, i) => w.Text == "Điều" && words[i + 1].Text == "3.").Single();
        Assert.True(recipients.YMin > article3.YMin, "Nơi nhận comes after the last article");
    }

    [SkippableFact]
    public void TheSubmissionLetter_ShowsTheBlankNumberLine_LevelWithTheDate()
    {
        DocxRendererTests.SkipUnlessFonts();
        var bytes = PdfRenderer.Render(ProposalDocuments.SubmissionLetter(new ProposalDraftInput(
            SampleDocuments.LangSon, "Cục Quản lý Thi hành án dân sự", SampleDocuments.Date, 2026, "Chiến sĩ thi đua cơ sở", "xét tặng danh hiệu", true,
            "Nguyễn Thị Bình", [("Chức vụ", "Chấp hành viên"), ("Đơn vị công tác", "Phòng Thi hành án dân sự khu vực 1")], "Chấp hành viên.", [], [], [], null,
            "đủ điều kiện", SampleDocuments.DeputyHead)));
        Save(bytes, "to-trinh");
        var page = Pages(bytes)[0];
        Assert.Matches(@"Số:\s*/TTr-THADS", page);
        var words = Words(bytes, page: 1);
        var number = words.Single(w => w.Text == "Số:");
        var symbol = words.Single(w => w.Text == "/TTr-THADS");
        var date = words.First(w => w.Text == "Lạng");
        Assert.InRange(symbol.XMin - number.XMax, 15, 30); // the blank: room for a handwritten number
        Assert.InRange(number.YMin - date.YMin, -4, 4); // "Số" level with the place and date [A-I II.4.c]
        Assert.True(number.XMax < words.First(w => w.Text == "CỘNG").XMin, "the number line sits in the left column");
    }

    [SkippableFact]
    public void ADraftDecision_IsMarkedDuThao_TopRight_AboveTheHeader_WithTheBlankNumber()
    {
        DocxRendererTests.SkipUnlessFonts();
        var bytes = PdfRenderer.Render(OfficialDocuments.AwardDecision(SampleDocuments.AwardDecisionInput(3) with { Number = null, Draft = true }));
        Save(bytes, "du-thao-quyet-dinh");
        var pages = Pages(bytes);
        Assert.StartsWith("DỰ THẢO", FirstLine(pages[0]), StringComparison.Ordinal);
        Assert.Matches(@"Số:\s*/QĐ-THADS", pages[0]);
        Assert.DoesNotContain("05/QĐ-THADS", pages[0], StringComparison.Ordinal);
        Assert.DoesNotContain("DỰ THẢO", pages[1], StringComparison.Ordinal);
        var words = Words(bytes, page: 1);
        var mark = words.First(w => w.Text == "DỰ");
        Assert.True(mark.YMin < words.First(w => w.Text == "CỘNG").YMin, "the mark is above the header");
        Assert.True(mark.XMin > words.First(w => w.Text == "CỘNG").XMin + 100, "the mark is on the right");
        Assert.DoesNotContain("DỰ THẢO", Pages(PdfRenderer.Render(SampleDocuments.AwardDecision(3)))[0], StringComparison.Ordinal);
    }

    /// <summary>Keeps a rendered PDF in the test output (documents/&lt;name&gt;.pdf) to be looked at as an officer would.</summary>
    private static void Save(byte[] pdf, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "documents");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, name + ".pdf"), pdf);
    }

    /// <summary>The words of one page with their boxes (points from the top-left corner), from pdftotext -bbox.</summary>
    private static List<(string Text, double XMin, double YMin, double XMax)> Words(byte[] pdf, int page)
    {
        var html = Run(pdf, ["-bbox", "-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        return System.Text.RegularExpressions.Regex.Matches(html, @"<word xMin=""([\d.]+)"" yMin=""([\d.]+)"" xMax=""([\d.]+)"" yMax=""[\d.]+"">([^<]*)</word>")
            .Select(m => (System.Net.WebUtility.HtmlDecode(m.Groups[4].Value), Number(m.Groups[1].Value), Number(m.Groups[2].Value), Number(m.Groups[3].Value)))
            .ToList();
    }

    private static double Number(string text) => double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static string FirstLine(string page) => page.Split('\n').Select(l => l.Trim()).First(l => l.Length > 0);

    /// <summary>The text of each page from poppler's pdftotext, in reading order or keeping the layout (pages end with a form feed).</summary>
    private static List<string> Pages(byte[] pdf, bool layout = false) =>
        Run(pdf, layout ? ["-layout"] : []).Split('\f').SkipLast(1).ToList();

    private static string Run(byte[] pdf, string[] options)
    {
        Skip.IfNot(File.Exists(PdfToText), $"{PdfToText} is missing: install poppler-utils (scripts/test-all.sh does).");
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, pdf);
            using var process = Process.Start(new ProcessStartInfo(PdfToText, [.. options, "-enc", "UTF-8", path, "-"]) { RedirectStandardOutput = true, UseShellExecute = false })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
