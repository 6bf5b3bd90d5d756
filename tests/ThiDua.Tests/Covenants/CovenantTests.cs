using System.Diagnostics;
using System.Reflection;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ThiDua.Core.Covenants;
using ThiDua.Core.Documents;
using ThiDua.Tests.Documents;

namespace ThiDua.Tests.Covenants;

/// <summary>The covenant's state machine, signing, cross-scoring, ranking and vote rules on the entity itself, and the signed document.</summary>
public sealed class CovenantTests
{
    private static readonly DateTime Now = new(2026, 11, 27, 3, 0, 0, DateTimeKind.Utc);
    private static readonly int[] Members = [1, 2, 3];

    private static string Name(int unit) => $"Phòng {unit}";

    /// <summary>A draft with two criteria (60 + 40) whose ids are set as the database would.</summary>
    private static Covenant Draft(int seats = 1)
    {
        var covenant = new Covenant(7, 2026, 1, "Giao ước thi đua năm 2026", 100, seats);
        covenant.SetContent([("Giải quyết xong về việc", "Tỷ lệ", 85m, "%")], [("Về việc", 60), ("Về tiền", 40)]);
        var id = typeof(CovenantCriterion).GetProperty(nameof(CovenantCriterion.Id))!;
        for (var i = 0; i < covenant.Criteria.Count; i++)
        {
            id.SetValue(covenant.Criteria[i], 100 + i, BindingFlags.NonPublic, null, null, null);
        }

        return covenant;
    }

    private static Covenant Scoring(int seats = 1)
    {
        var covenant = Draft(seats);
        covenant.OpenForSigning(Now);
        foreach (var m in Members)
        {
            Assert.Null(covenant.Sign(m, Name(m), Members, 10 + m, "Lãnh đạo " + m, SignatureMethod.Password, Now));
        }

        covenant.RecordReview(null, new Dictionary<int, (decimal?, decimal?, string?)>(), Now);
        covenant.StartScoring(Now);
        return covenant;
    }

    private static Dictionary<int, int> Points(int a, int b) => new() { [100] = a * 100, [101] = b * 100 };

    [Fact]
    public void EveryTransition_IsInTheTable_AndNoStepCanBeSkipped()
    {
        var covenant = Draft();
        Assert.NotNull(covenant.Refusal(CovenantAction.StartScoring));
        Assert.NotNull(covenant.Refusal(CovenantAction.Close));
        Assert.NotNull(covenant.Refusal(CovenantAction.RecordReview));
        Assert.Throws<InvalidOperationException>(() => covenant.StartScoring(Now));
        Assert.Contains("Không thể ký giao ước khi giao ước đang ở bước “Dự thảo”", covenant.Sign(1, Name(1), Members, 1, "A", SignatureMethod.Password, Now), StringComparison.Ordinal);

        covenant.OpenForSigning(Now);
        Assert.Equal(CovenantStatus.OpenForSigning, covenant.Status);
        Assert.Throws<InvalidOperationException>(() => covenant.RecordReview(null, new Dictionary<int, (decimal?, decimal?, string?)>(), Now));
        Assert.Throws<InvalidOperationException>(() => covenant.SetContent([], []));
    }

    [Fact]
    public void ReturningToTheDraft_NeedsAStepBack_AndVoidsTheSignatures()
    {
        var covenant = Draft();
        covenant.OpenForSigning(Now);
        Assert.Null(covenant.Sign(1, Name(1), Members, 11, "A", SignatureMethod.Password, Now));
        covenant.ReturnToDraft("Sửa chỉ tiêu");
        Assert.Equal(CovenantStatus.Draft, covenant.Status);
        Assert.Empty(covenant.Signatures);
        Assert.Equal("Sửa chỉ tiêu", covenant.LastReason);
        Assert.Null(CovenantRules.CheckReason("lý do"));
        Assert.Equal("Reason", CovenantRules.CheckReason("  ")!.Field);
    }

    [Fact]
    public void Signing_RefusesANonMember_AndASecondSignature_AndTheLastOneSignsTheCovenant()
    {
        var covenant = Draft();
        covenant.OpenForSigning(Now);
        Assert.Contains("không phải thành viên", covenant.Sign(9, Name(9), Members, 19, "X", SignatureMethod.Password, Now), StringComparison.Ordinal);
        Assert.Null(covenant.Sign(1, Name(1), Members, 11, "A", SignatureMethod.Totp, Now));
        Assert.Contains("đã ký giao ước lúc 27/11/2026 10:00 (A)", covenant.Sign(1, Name(1), Members, 12, "B", SignatureMethod.Password, Now), StringComparison.Ordinal);
        Assert.Null(covenant.Sign(2, Name(2), Members, 12, "B", SignatureMethod.Password, Now));
        Assert.Equal(CovenantStatus.OpenForSigning, covenant.Status);
        Assert.Null(covenant.Sign(3, Name(3), Members, 13, "C", SignatureMethod.Password, Now.AddHours(1)));
        Assert.Equal(CovenantStatus.AllSigned, covenant.Status);
        Assert.Equal(Now.AddHours(1), covenant.SignedAt);
    }

    [Fact]
    public void CrossScoring_RefusesOnesOwnUnit_OutOfRange_AndMissingCriteria()
    {
        var covenant = Scoring();
        Assert.Contains(covenant.Score(1, 1, Members, Points(50, 30), Name), e => e.Message.Contains("không tự chấm điểm", StringComparison.Ordinal));
        Assert.Contains(covenant.Score(1, 2, Members, Points(61, 30), Name), e => e.Field == "Points[1]" && e.Message.Contains("ngoài khoảng 0 – 60", StringComparison.Ordinal));
        Assert.Contains(covenant.Score(1, 2, Members, new Dictionary<int, int> { [100] = 5000 }, Name), e => e.Field == "Points[2]");
        Assert.Contains(covenant.Score(9, 2, Members, Points(50, 30), Name), e => e.Field == "ScorerUnitId");
        Assert.Empty(covenant.Score(1, 2, Members, Points(50, 30), Name));
        Assert.Empty(covenant.Score(1, 2, Members, Points(55, 30), Name));
        Assert.Equal(2, covenant.Scores.Count);
        Assert.Equal(8500, covenant.Scores.Sum(s => s.Hundredths));
    }

    [Fact]
    public void Ranking_SharesARankOnEqualAverages_AndExplainsIt_AndTheMajorityLeads()
    {
        var covenant = Scoring();
        covenant.Score(1, 2, Members, Points(50, 30), Name);
        covenant.Score(1, 3, Members, Points(50, 30), Name);
        covenant.Score(2, 1, Members, Points(58, 39), Name);
        covenant.Score(2, 3, Members, Points(45, 35), Name);
        covenant.Score(3, 1, Members, Points(56, 38), Name);
        covenant.Score(3, 2, Members, Points(45, 35), Name);
        Assert.Contains(covenant.Close(Members, Name, Now), p => p.Contains("Chưa bỏ phiếu suy tôn: Phòng 1, Phòng 2, Phòng 3", StringComparison.Ordinal));
        Assert.Contains(covenant.Vote(1, [1], Members, Name), e => e.Message.Contains("không bầu chính đơn vị mình", StringComparison.Ordinal));
        Assert.Contains(covenant.Vote(1, [2, 3], Members, Name), e => e.Field == "ChosenUnitIds");
        Assert.Empty(covenant.Vote(1, [3], Members, Name));
        Assert.Empty(covenant.Vote(2, [1], Members, Name));
        Assert.Empty(covenant.Vote(3, [2], Members, Name));

        // One vote each: nobody has more than half; then 3 changes its vote and 1 has 2 of 3.
        Assert.Contains(covenant.Close(Members, Name, Now), p => p.Contains("Không đơn vị nào được quá nửa số thành viên (2/3)", StringComparison.Ordinal));
        Assert.Equal(CovenantStatus.Scoring, covenant.Status);
        Assert.Empty(covenant.Vote(3, [1], Members, Name));
        Assert.Empty(covenant.Close(Members, Name, Now));
        Assert.Equal(CovenantStatus.Closed, covenant.Status);
        var results = covenant.Results.OrderBy(r => r.Rank).ThenBy(r => r.UnitId).ToList();
        Assert.Equal([1, 2, 3], results.Select(r => r.UnitId));
        Assert.Equal([1, 2, 2], results.Select(r => r.Rank));
        Assert.Equal([9550, 8000, 8000], results.Select(r => r.AverageHundredths));
        Assert.Contains("đồng hạng 2 với Phòng 3 (cùng điểm bình quân)", results[1].Explanation, StringComparison.Ordinal);
        Assert.Equal([true, false, false], results.Select(r => r.IsLeading));

        covenant.ReopenScoring("Chấm lại");
        Assert.Empty(covenant.Results);
        Assert.Equal(CovenantStatus.Scoring, covenant.Status);
    }

    [Fact]
    public void ATieAtTheLastSeat_AsksForANewVote()
    {
        int[] five = [1, 2, 3, 4, 5];
        var covenant = Draft(seats: 2);
        covenant.OpenForSigning(Now);
        foreach (var m in five)
        {
            Assert.Null(covenant.Sign(m, Name(m), five, m, "L" + m, SignatureMethod.Password, Now));
        }

        covenant.RecordReview(null, new Dictionary<int, (decimal?, decimal?, string?)>(), Now);
        covenant.StartScoring(Now);
        foreach (var s in five)
        {
            foreach (var t in five.Where(t => t != s))
            {
                Assert.Empty(covenant.Score(s, t, five, Points(50, 30), Name));
            }
        }

        // Two seats; units 1, 2 and 3 each get 3 of 5 votes (more than half): the software does not pick, the members vote again.
        Assert.Empty(covenant.Vote(1, [2, 3], five, Name));
        Assert.Empty(covenant.Vote(2, [1, 3], five, Name));
        Assert.Empty(covenant.Vote(3, [1, 2], five, Name));
        Assert.Empty(covenant.Vote(4, [1, 2], five, Name));
        Assert.Empty(covenant.Vote(5, [3, 4], five, Name));
        var outcome = CovenantRanking.Compute(covenant, five, Name);
        Assert.DoesNotContain(outcome.Rows, r => r.IsLeading);
        Assert.Contains(outcome.Problems, p => p.Contains("Hòa phiếu suy tôn giữa Phòng 1, Phòng 2, Phòng 3 cho 2 vị trí dẫn đầu", StringComparison.Ordinal));
        Assert.NotEmpty(covenant.Close(five, Name, Now));
        Assert.Equal(CovenantStatus.Scoring, covenant.Status);

        // 5 votes for 4 and 1 instead: 1 (4 votes) and 2 (3 votes) lead, 3 has 2.
        Assert.Empty(covenant.Vote(5, [4, 1], five, Name));
        Assert.Empty(covenant.Close(five, Name, Now));
        Assert.Equal([1, 2], covenant.Results.Where(r => r.IsLeading).Select(r => r.UnitId).Order());
    }

    [Fact]
    public void Rules_RefuseWeightsThatDoNotAddUp_AndPercentTargetsOver100()
    {
        var errors = CovenantRules.Check(new CovenantInput(1, 2026, "Giao ước", 100, 1,
            [new CommitmentInput("Về việc", "Tỷ lệ", 120m, "%"), new CommitmentInput(" ", null, null, null)],
            [new CovenantCriterionInput("A", 60), new CovenantCriterionInput("B", 30)]));
        Assert.Contains(errors, e => e.Field == "Criteria" && e.Message.Contains("Tổng điểm các tiêu chí là 90, phải bằng điểm tối đa 100", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Field == "Commitments[0].TargetValue" && e.Message.Contains("từ 0 đến 100", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Field == "Commitments[1].Text");
    }

    [SkippableFact]
    public void TheSignedCovenant_IsADecree30Document_ListingCommitmentsAndSignatures()
    {
        DocxRendererTests.SkipUnlessFonts();
        var document = CovenantDocuments.SignedCovenant(new CovenantDocumentInput(
            new Issuer("Thi hành án dân sự tỉnh Lạng Sơn", "Khối thi đua các phòng khu vực", "KHOI-LSN-KV", "Lạng Sơn", "VP"),
            new DateOnly(2026, 10, 20), 2027, "Giao ước thi đua năm 2027 của Khối thi đua các phòng khu vực", "khối thi đua",
            ["Phòng Thi hành án dân sự khu vực 1", "Phòng Thi hành án dân sự khu vực 2"],
            [new CovenantCommitmentLine("Hoàn thành vượt mức chỉ tiêu về việc", "Tỷ lệ giải quyết xong về việc: 85,5 %")],
            [("Kết quả về việc", 60), ("Kết quả về tiền", 40)], 100,
            [new CovenantSignatureLine("Phòng Thi hành án dân sự khu vực 1", "Lương Thị Hạnh", "16/10/2026 09:00"), new CovenantSignatureLine("Phòng Thi hành án dân sự khu vực 2", "Hoàng Văn Nghĩa", "17/10/2026 10:00")],
            new SignatureBlock(AuthorityForm.TM, "Đơn vị khối trưởng", "Lương Thị Hạnh", "Khối thi đua"), ["Các đơn vị thành viên"]));
        using var word = WordprocessingDocument.Open(new MemoryStream(DocxRenderer.Render(document)), false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word));
        var text = word.MainDocumentPart!.Document!.Body!.InnerText;
        foreach (var expected in new[]
        {
            "THI HÀNH ÁN DÂN SỰ TỈNH", "LẠNG SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Lạng Sơn, ngày 20 tháng 10 năm 2026", "GIAO ƯỚC THI ĐUA",
            "NỘI DUNG GIAO ƯỚC", "Tỷ lệ giải quyết xong về việc: 85,5 %", "TIÊU CHÍ CHẤM ĐIỂM", "Tổng cộng", "CÁC ĐƠN VỊ KÝ GIAO ƯỚC",
            "Hoàng Văn Nghĩa", "17/10/2026 10:00", "TM. KHỐI THI ĐUA", "ĐƠN VỊ KHỐI TRƯỞNG", "Đã ký 2/2 đơn vị thành viên./.",
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        var pdf = PdfText(PdfRenderer.Render(document));
        Assert.Contains("GIAO ƯỚC THI ĐUA", pdf, StringComparison.Ordinal);
        Assert.Contains("Lương Thị Hạnh", pdf, StringComparison.Ordinal);
        Assert.Contains("16/10/2026 09:00", pdf, StringComparison.Ordinal);
        Assert.Throws<DocumentException>(() => CovenantDocuments.SignedCovenant(new CovenantDocumentInput(
            new Issuer(null, "Khối", "K", "Lạng Sơn", "VP"), new DateOnly(2026, 10, 20), 2027, "Giao ước", "khối", ["A"],
            [new CovenantCommitmentLine("Cam kết", null)], [("A", 100)], 100, [], new SignatureBlock(AuthorityForm.Direct, "Trưởng phòng", "A"), [])));
    }

    private static string PdfText(byte[] pdf)
    {
        const string PdfToText = "/usr/bin/pdftotext";
        Skip.IfNot(File.Exists(PdfToText), $"{PdfToText} is missing: install poppler-utils (scripts/test-all.sh does).");
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, pdf);
            using var process = Process.Start(new ProcessStartInfo(PdfToText, ["-enc", "UTF-8", path, "-"]) { RedirectStandardOutput = true, UseShellExecute = false })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
