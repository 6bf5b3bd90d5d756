using ThiDua.Core.Awards.Quotas;

namespace ThiDua.Tests.Awards.Quotas;

public sealed class QuotaRankingTests
{
    private static QuotaMerit M(int id, bool direct, bool female, Rating? rating, int initiatives = 0, InitiativeScope? scope = null) =>
        new(id, $"P-{id:000}", direct, female, rating, initiatives, scope);

    [Fact]
    public void DirectWorkersComeFirst_ThenMerit_ThenWomenAtEqualMerit_ThenTheCode()
    {
        var ranks = QuotaRanking.Order(
        [
            M(1, direct: false, female: true, Rating.Htxs, 3, InitiativeScope.ToanQuoc), // a leader, however good
            M(2, direct: true, female: false, Rating.Htt, 1, InitiativeScope.CoSo),
            M(3, direct: true, female: false, Rating.Htxs, 1, InitiativeScope.CoSo),
            M(4, direct: true, female: true, Rating.Htxs, 1, InitiativeScope.CoSo),      // same merit as 3, a woman
            M(5, direct: true, female: false, Rating.Htxs, 2, InitiativeScope.CoSo),     // more initiatives
            M(6, direct: true, female: false, Rating.Htxs, 1, InitiativeScope.Bo),       // broader initiative
            M(7, direct: true, female: false, Rating.Htxs, 1, InitiativeScope.CoSo),     // same as 3: by code
        ], collective: false);

        Assert.Equal([5, 6, 4, 3, 7, 2, 1], ranks.Select(r => r.Merit.SubjectId));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], ranks.Select(r => r.Position));
        Assert.Equal("Người lao động trực tiếp; xếp loại hoàn thành xuất sắc nhiệm vụ; 1 sáng kiến, rộng nhất cấp cơ sở; nữ.", ranks[2].Explanation);
        Assert.StartsWith("Lãnh đạo, quản lý;", ranks[6].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void TheOrder_DoesNotDependOnTheInputOrder()
    {
        var merits = Enumerable.Range(1, 40).Select(i => M(i, i % 3 != 0, i % 2 == 0, (Rating)(i % 4), i % 3, (InitiativeScope)(i % 3))).ToList();
        var once = QuotaRanking.Order(merits, collective: false).Select(r => r.Merit.SubjectId).ToList();
        var shuffled = QuotaRanking.Order(merits.OrderBy(m => (m.SubjectId * 7919) % 41).ToList(), collective: false).Select(r => r.Merit.SubjectId).ToList();
        Assert.Equal(once, shuffled);
    }

    [Fact]
    public void Collectives_AreExplainedWithoutTheWordsOfPeople()
    {
        var ranks = QuotaRanking.Order([M(1, true, true, Rating.Htxs), M(2, true, false, Rating.Htxs)], collective: true);
        Assert.Equal([1, 2], ranks.Select(r => r.Merit.SubjectId));
        Assert.Equal("Xếp loại hoàn thành xuất sắc nhiệm vụ; tập thể có từ 70% nữ.", ranks[0].Explanation);
    }

    [Fact]
    public void Selection_PutsOverridesInsideFirst_SkipsThoseOutside_AndStopsAtThePlaces()
    {
        var ranks = QuotaRanking.Order(Enumerable.Range(1, 6).Select(i => M(i, true, false, Rating.Htxs, 6 - i)).ToList(), collective: false);
        Assert.Equal([1, 2, 3, 4, 5, 6], ranks.Select(r => r.Merit.SubjectId));
        var overrides = new Dictionary<int, QuotaOverrideView>
        {
            [6] = new(1, 6, true, "Thành tích đột xuất được Hội đồng ghi nhận", "canbo", DateTime.UnixEpoch),
            [1] = new(2, 1, false, "Đã được khen ở đơn vị khác", "canbo", DateTime.UnixEpoch),
        };
        Assert.Equal([2, 3, 6], GetQuota.Select(ranks, overrides, 3).Order());
        Assert.Equal([2, 3, 4, 5, 6], GetQuota.Select(ranks, overrides, null).Order());
        Assert.Equal([6], GetQuota.Select(ranks, overrides, 0).Order());
    }
}
