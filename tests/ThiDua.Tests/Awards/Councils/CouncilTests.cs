using DocumentFormat.OpenXml.Packaging;
using ThiDua.Core.Awards.Councils;
using ThiDua.Core.Awards.Eligibility.Regimes;
using ThiDua.Core.Documents;
using ThiDua.Core.Shared;
using ThiDua.Core.Shared.Calendar;

namespace ThiDua.Tests.Awards.Councils;

/// <summary>The session's state machine, the tally, the receipts, the regime's thresholds and the minutes document.</summary>
public sealed class CouncilTests
{
    private static readonly List<(int, CouncilRole, string, string)> Members =
    [
        (1, CouncilRole.Chair, "Hoàng Văn Chủ", "Cục trưởng"), (2, CouncilRole.DeputyChair, "Lê Thị Phó", "Phó Cục trưởng"),
        (3, CouncilRole.Secretary, "Nguyễn Thư Ký", "Chuyên viên"), (4, CouncilRole.Member, "Trần Ủy Viên", "Trưởng phòng"),
        (5, CouncilRole.Member, "Phạm Ủy Viên", "Trưởng phòng"),
    ];

    [Fact]
    public void NoStepIsSkipped_AndEachRefusalSaysWhy()
    {
        var session = new CouncilSession(1, 2026, "Phiên họp năm 2026", new DateOnly(2026, 12, 1), false);
        Assert.Contains("chưa mở bỏ phiếu", session.Refusal(SessionAction.Vote), StringComparison.Ordinal);
        Assert.NotNull(session.Refusal(SessionAction.OpenVoting));
        Assert.NotNull(session.Refusal(SessionAction.Close));
        Assert.Null(session.Refusal(SessionAction.EditAgenda));
        session.AddCandidate(CandidateKind.Person, 10, null, "cstdcs", 2026, "Người A", null);
        session.StartPosting(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 16), 10);
        Assert.Contains("chỉ sửa được ở bước Dự thảo", session.Refusal(SessionAction.EditAgenda), StringComparison.Ordinal);
        Assert.Null(session.Refusal(SessionAction.Comment));
        Assert.NotNull(session.Refusal(SessionAction.Close));
        session.OpenVoting(new DateOnly(2026, 11, 20), "2025", Members, (_, n) => (n / 2) + 1, 4);
        Assert.Null(session.Refusal(SessionAction.Vote));
        Assert.NotNull(session.Refusal(SessionAction.Comment));
        Assert.Equal("CSTDCS", session.Candidates[0].Code);
        Assert.Equal(3, session.Candidates[0].RequiredVotes);
        session.Close(new DateOnly(2026, 11, 20), 4, CouncilTally.Count(["Y", "Y", "N", "Y"], 1));
        Assert.Contains("đã kết thúc bỏ phiếu ngày 20/11/2026", session.Refusal(SessionAction.Vote), StringComparison.Ordinal);
        Assert.True(session.QuorumMet);
        Assert.True(session.Candidates[0].Passed);
    }

    [Fact]
    public void WithoutTheQuorum_NothingPasses()
    {
        var session = new CouncilSession(1, 2026, "Phiên họp", new DateOnly(2026, 12, 1), true);
        session.AddCandidate(CandidateKind.Person, 10, null, "LDTT", 2026, "Người A", null);
        session.StartPosting(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 16), 10);
        session.OpenVoting(new DateOnly(2026, 11, 20), "2025", Members, (_, n) => (n / 2) + 1, 4);
        session.Close(new DateOnly(2026, 11, 20), 3, CouncilTally.Count(["Y", "Y", "Y"], 1));
        Assert.False(session.QuorumMet);
        Assert.False(session.Candidates[0].Passed);
        Assert.Equal(3, session.Candidates[0].Yes);
    }

    [Fact]
    public void TheTally_CountsEachCandidate_AndRefusesAMalformedBallot()
    {
        var tally = CouncilTally.Count(["YNA", "YYN", "NYA"], 3);
        Assert.Equal(3, tally.Ballots);
        Assert.Equal((2, 1, 0), tally.Counts[0]);
        Assert.Equal((2, 1, 0), tally.Counts[1]);
        Assert.Equal((0, 1, 2), tally.Counts[2]);
        Assert.Throws<InvalidOperationException>(() => CouncilTally.Count(["YN"], 3));
        Assert.Throws<InvalidOperationException>(() => CouncilTally.Count(["YNX"], 3));
    }

    [Fact]
    public void Receipts_AreRandomGroupsOfFour_WithoutLookAlikeCharacters()
    {
        var receipts = Enumerable.Range(0, 500).Select(_ => SecretBallot.NewReceipt()).ToList();
        Assert.All(receipts, r => Assert.Matches("^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$", r));
        Assert.Equal(500, receipts.Distinct(StringComparer.Ordinal).Count());
        Assert.NotEqual(new SecretBallot(1, "A", "Y").Id, new SecretBallot(1, "A", "Y").Id);
    }

    [Theory]
    [InlineData(AwardCode.Cstdbo, 15, 14)]
    [InlineData(AwardCode.Cstdtq, 10, 9)]
    [InlineData(AwardCode.Cstdcs, 15, 8)]
    [InlineData(AwardCode.Bkbo, 8, 5)]
    public void RequiredVotes_ComeFromTheRegime_OnAllMembers(AwardCode title, int members, int expected) =>
        Assert.Equal(expected, RegimeCatalog.Default.Resolve(new DateOnly(2026, 11, 27)).CouncilVote.Value.RequiredVotes(title, members));

    [Fact]
    public void ThePosting_CountsWorkingDays_SkippingHolidays()
    {
        var calendar = new WorkingCalendar(BuiltInCalendar.Days());
        // Posted on Friday 28/8/2026: 1–2/9 are National Day, so 10 working days end on Tuesday 15/9.
        Assert.Equal(new DateOnly(2026, 9, 15), calendar.AddWorkingDays(new DateOnly(2026, 8, 28), 10));
    }

    [Fact]
    public void TheMinutes_HaveNoPlaceAndDateLine_AndListEveryCandidate()
    {
        var input = new CouncilMinutesInput(
            new Issuer("Thi hành án dân sự tỉnh Lạng Sơn", "Hội đồng Thi đua – Khen thưởng", "LSN", "Lạng Sơn", "TCCB"),
            "Hội đồng Thi đua – Khen thưởng", "Phiên họp năm 2026", new DateOnly(2026, 11, 20), 2026,
            [new MinutesMember("Hoàng Văn Chủ", "Chủ tịch Hội đồng", "Có, trực tiếp"), new MinutesMember("Nguyễn Thư Ký", "Ủy viên thư ký", "Vắng")],
            2, 1, 1, 2, false, "2025", new DateOnly(2026, 11, 2), 10, 1,
            [new MinutesCandidate("Đặng Thị Mai", "Chiến sĩ thi đua cơ sở", 1, 0, 0, 2, false)], "Hoàng Văn Chủ", "Nguyễn Thư Ký");
        var document = CouncilDocuments.Minutes(input);
        Assert.Null(document.Header.PlaceAndDateLine);
        Assert.Equal("BIÊN BẢN", document.TypeName);
        using var word = WordprocessingDocument.Open(new MemoryStream(DocxRenderer.Render(document)), false);
        var text = word.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("Đặng Thị Mai", text, StringComparison.Ordinal);
        Assert.Contains("KHÔNG đủ túc số", text, StringComparison.Ordinal);
        Assert.Contains("ngày 20 tháng 11 năm 2026", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Lạng Sơn, ngày", text, StringComparison.Ordinal);
        Assert.Contains("Số:       /BB-HĐTĐKT", text, StringComparison.Ordinal);
        Assert.Throws<DocumentException>(() => CouncilDocuments.Minutes(input with { Candidates = [] }));
        Assert.Equal("%PDF-"u8.ToArray(), PdfRenderer.Render(document)[..5]);
    }
}
