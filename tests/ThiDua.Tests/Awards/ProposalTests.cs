using ThiDua.Core;
using ThiDua.Core.Awards.Eligibility;
using ThiDua.Core.Awards.Proposals;

namespace ThiDua.Tests.Awards;

/// <summary>The proposal's state machine: the transition table, no skipping, the dossier and council rule of approval, return and reject with reasons.</summary>
public sealed class ProposalTests
{
    private static readonly DateTime Now = new(2026, 11, 27, 3, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Due = new(2026, 12, 3);

    private static Proposal NewProposal(AwardCode code = AwardCode.Ldtt) =>
        new(10, 5, null, "Nguyễn Thị Bình", code, 2026, ProposalRoute.Automatic, null, null, 2, Now);

    private static void Complete(Proposal p)
    {
        var file = 1;
        foreach (var item in DossierChecklist.For(p.Code, p.Route, p.RouteCode))
        {
            p.Attach(item.Code, file++, item.Code + ".pdf", Now, "cán bộ");
        }
    }

    private static Proposal UnderReview(AwardCode code = AwardCode.Ldtt)
    {
        var p = NewProposal(code);
        Complete(p);
        p.Submit(Now, Due);
        p.Receive(Now, Due);
        p.StartReview(Now, Due);
        return p;
    }

    [Fact]
    public void TheTable_AllowsOnlyTheNextStep_FromEachState()
    {
        var p = NewProposal();
        Assert.Equal(ProposalStatus.Draft, p.Status);
        foreach (var action in new[] { ProposalAction.Receive, ProposalAction.StartReview, ProposalAction.Approve, ProposalAction.Return, ProposalAction.Reject, ProposalAction.Decide })
        {
            var refusal = p.Refusal(action);
            Assert.NotNull(refusal);
            Assert.Contains("Dự thảo", refusal, StringComparison.Ordinal);
            Assert.Contains("Không được bỏ qua bước", refusal, StringComparison.Ordinal);
        }

        Assert.Null(p.Refusal(ProposalAction.Submit));
        Assert.Throws<InvalidOperationException>(() => p.Receive(Now, Due));
        Assert.Equal(ProposalStatus.Draft, p.Status);
    }

    [Fact]
    public void Submitting_AnIncompleteDossier_IsRefused_NamingWhatIsMissing()
    {
        var p = NewProposal(AwardCode.Cstdbo);
        p.Attach(DossierChecklist.Letter, 1, "to-trinh.pdf", Now, "cán bộ");
        var e = Assert.Throws<InvalidOperationException>(() => p.Submit(Now, Due));
        Assert.Contains("Báo cáo thành tích", e.Message, StringComparison.Ordinal);
        Assert.Contains("Biên bản họp bình xét", e.Message, StringComparison.Ordinal);
        Assert.Contains("sáng kiến", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Tờ trình", e.Message, StringComparison.Ordinal);
        Assert.Equal(ProposalStatus.Draft, p.Status);
    }

    [Fact]
    public void TheChecklist_FollowsArticle84_TitlesFormsAndInitiatives()
    {
        Assert.Equal(["TO_TRINH", "BAO_CAO_THANH_TICH", "BIEN_BAN"], DossierChecklist.For(AwardCode.Ldtt, ProposalRoute.Automatic, null).Select(i => i.Code));
        Assert.Equal(["TO_TRINH", "BAO_CAO_THANH_TICH", "BIEN_BAN", "SANG_KIEN"], DossierChecklist.For(AwardCode.Cstdtq, ProposalRoute.Automatic, null).Select(i => i.Code));
        Assert.Equal(["TO_TRINH", "BAO_CAO_THANH_TICH", "BIEN_BAN", "XAC_NHAN"], DossierChecklist.For(AwardCode.Bkbo, ProposalRoute.Automatic, null).Select(i => i.Code));
        Assert.Contains("đột xuất", DossierChecklist.For(AwardCode.Bkbo, ProposalRoute.ByHand, "DOT_XUAT")[1].Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Approval_NeedsAPassingCouncilResult()
    {
        var p = UnderReview();
        Assert.Contains(p.ApprovalProblems(), m => m.Contains("Chưa có kết quả bỏ phiếu của Hội đồng", StringComparison.Ordinal));
        Assert.Throws<InvalidOperationException>(() => p.Approve(Now, Due));

        Assert.Null(p.RecordCouncilResult(false, 5, 6, 9, "BB-01"));
        Assert.Contains(p.ApprovalProblems(), m => m.Contains("Hội đồng không thông qua", StringComparison.Ordinal));
        Assert.Throws<InvalidOperationException>(() => p.Approve(Now, Due));

        Assert.Null(p.RecordCouncilResult(true, 7, 6, 9, "BB-02"));
        Assert.Empty(p.ApprovalProblems());
        p.Approve(Now, Due);
        Assert.Equal(ProposalStatus.Approved, p.Status);
        Assert.Equal(Due, p.DueOn);

        p.MarkDecided("15/QĐ-BTP", Now);
        Assert.Equal(ProposalStatus.Decided, p.Status);
        Assert.Equal("15/QĐ-BTP", p.DecisionRef);
        Assert.Null(p.DueOn);
    }

    [Theory]
    [InlineData(true, 5, 6, 9, "BB", "mâu thuẫn")]
    [InlineData(true, 10, 6, 9, "BB", "không hợp lệ")]
    [InlineData(true, 7, 6, 9, " ", "số hiệu phiên họp")]
    public void ABadCouncilResult_IsRefused(bool passed, int yes, int required, int members, string session, string expected)
    {
        var p = UnderReview();
        var refusal = p.RecordCouncilResult(passed, yes, required, members, session);
        Assert.NotNull(refusal);
        Assert.Contains(expected, refusal, StringComparison.Ordinal);
        Assert.Null(p.CouncilPassed);
    }

    [Fact]
    public void ACouncilResult_BeforeReceipt_IsRefused()
    {
        var p = NewProposal();
        Assert.Contains("đã được tiếp nhận", p.RecordCouncilResult(true, 7, 6, 9, "BB"), StringComparison.Ordinal);
    }

    [Fact]
    public void Return_GoesBackToTheDraft_WithTheReason_AndTheCouncilResultNoLongerStands()
    {
        var p = UnderReview();
        Assert.Null(p.RecordCouncilResult(true, 7, 6, 9, "BB-02"));
        p.Return("Thiếu xác nhận của thủ trưởng đơn vị trên báo cáo thành tích.", Now);
        Assert.Equal(ProposalStatus.Draft, p.Status);
        Assert.Equal(1, p.TimesReturned);
        Assert.Contains("thủ trưởng", p.LastReason, StringComparison.Ordinal);
        Assert.Null(p.CouncilPassed);
        Assert.Null(p.DueOn);

        // Corrected and sent again: the same path, no shortcut to the review.
        p.Attach(DossierChecklist.Report, 99, "bao-cao-sua.pdf", Now, "cán bộ");
        Assert.NotNull(p.Refusal(ProposalAction.StartReview));
        p.Submit(Now, Due);
        Assert.Equal(ProposalStatus.Submitted, p.Status);
        Assert.Equal(99, p.Documents.Single(d => d.ItemCode == DossierChecklist.Report).StoredFileId);
    }

    [Fact]
    public void Reject_IsFinal()
    {
        var p = UnderReview();
        p.Reject("Không đạt tỷ lệ phiếu.", Now);
        Assert.Equal(ProposalStatus.Rejected, p.Status);
        Assert.All(Enum.GetValues<ProposalAction>(), a => Assert.NotNull(p.Refusal(a)));
        Assert.Contains("đã kết thúc", p.Refusal(ProposalAction.Submit), StringComparison.Ordinal);
    }

    [Fact]
    public void Uploads_AreRefused_AfterSubmission()
    {
        var p = NewProposal();
        Complete(p);
        p.Submit(Now, Due);
        Assert.Throws<InvalidOperationException>(() => p.Attach(DossierChecklist.Letter, 7, "x.pdf", Now, "cán bộ"));
        Assert.Equal(3, p.Documents.Count);
    }

    [Fact]
    public void TheNextActor_IsTheDecidingUnit_WhileItHoldsTheDossier()
    {
        var p = NewProposal();
        Assert.Equal(10, p.NextActorUnitId);
        Complete(p);
        p.Submit(Now, Due);
        Assert.Equal(2, p.NextActorUnitId);
        Assert.True(p.IsOverdue(Due.AddDays(1)));
        Assert.False(p.IsOverdue(Due));
    }
}
