using ThiDua.Core.Organisation.Clusters;

namespace ThiDua.Tests.Organisation;

public sealed class ClusterRotationTests
{
    private static RotationCandidate Member(int unit, int order, ClusterRole role = ClusterRole.MEMBER, bool active = true, bool canLead = true) =>
        new(unit, role, order, active, canLead && active);

    [Fact]
    public void Plan_NextHead_IsTheMemberAfterTheHeadInTheOrder()
    {
        var plan = ClusterRotation.Plan([Member(10, 1), Member(20, 2, ClusterRole.HEAD), Member(30, 3), Member(40, 4)]);
        Assert.Equal(20, plan.CurrentHeadUnitId);
        Assert.Equal(30, plan.SuggestedHeadUnitId);
        Assert.Equal(ClusterRole.HEAD, plan.Members.Single(m => m.UnitId == 30).Role);
        Assert.Equal(ClusterRole.MEMBER, plan.Members.Single(m => m.UnitId == 20).Role);
        Assert.Equal([1, 2, 3, 4], plan.Members.Select(m => m.RotationOrder));
    }

    [Fact]
    public void Plan_AfterTheLast_WrapsToTheFirst()
    {
        // Given out of order on purpose: the agreed order decides, not the list's order.
        var plan = ClusterRotation.Plan([Member(40, 3, ClusterRole.HEAD), Member(10, 1), Member(20, 2)]);
        Assert.Equal(10, plan.SuggestedHeadUnitId);
    }

    [Fact]
    public void Plan_SkipsMembersThatCannotLeadTheNextYear_AndDropsThoseThatNoLongerExist()
    {
        var plan = ClusterRotation.Plan(
        [
            Member(10, 1, ClusterRole.HEAD),
            Member(20, 2, active: false),
            Member(30, 3, canLead: false),
            Member(40, 4),
        ]);
        Assert.Equal(40, plan.SuggestedHeadUnitId);
        Assert.Equal([20, 30], plan.SkippedUnitIds);
        Assert.Equal([20], plan.DroppedUnitIds);
        Assert.Equal([(10, 1), (30, 2), (40, 3)], plan.Members.Select(m => (m.UnitId, m.RotationOrder)));
    }

    [Fact]
    public void Plan_Deputies_AreTheNextInLineAfterTheNewHead()
    {
        var plan = ClusterRotation.Plan(
        [
            Member(10, 1, ClusterRole.HEAD),
            Member(20, 2, ClusterRole.DEPUTY),
            Member(30, 3),
            Member(40, 4, canLead: false),
            Member(50, 5),
        ]);
        Assert.Equal(20, plan.HeadUnitId);
        // One deputy this year, one next year: the member after the new head (30).
        Assert.Equal([30], plan.Members.Where(m => m.Role == ClusterRole.DEPUTY).Select(m => m.UnitId));
    }

    [Fact]
    public void Plan_WithAnAgreedHead_KeepsTheSuggestion_AndUsesTheAgreedOne()
    {
        var plan = ClusterRotation.Plan([Member(10, 1, ClusterRole.HEAD), Member(20, 2), Member(30, 3)], headOverride: 30);
        Assert.Equal(20, plan.SuggestedHeadUnitId);
        Assert.Equal(30, plan.HeadUnitId);
        Assert.Equal(ClusterRole.HEAD, plan.Members.Single(m => m.UnitId == 30).Role);
    }

    [Fact]
    public void Plan_WhenNobodyCanLead_SuggestsNoHead()
    {
        var plan = ClusterRotation.Plan([Member(10, 1, ClusterRole.HEAD, canLead: false), Member(20, 2, active: false)]);
        Assert.Null(plan.SuggestedHeadUnitId);
        Assert.Null(plan.HeadUnitId);
    }

    [Fact]
    public void Plan_WhenOnlyTheHeadCanLead_TheHeadStays()
    {
        var plan = ClusterRotation.Plan([Member(10, 1, ClusterRole.HEAD), Member(20, 2, canLead: false)]);
        Assert.Equal(10, plan.SuggestedHeadUnitId);
        Assert.Equal([20], plan.SkippedUnitIds);
    }
}
