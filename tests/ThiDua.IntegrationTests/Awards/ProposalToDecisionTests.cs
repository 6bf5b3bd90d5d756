using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Core.Awards.Decisions;
using ThiDua.Core.Awards.Proposals;
using ThiDua.IntegrationTests.Infrastructure;

namespace ThiDua.IntegrationTests.Awards;

/// <summary>
/// The join between proposals and decisions (issue 6): a decision drafted from an approved proposal carries its id;
/// issuing it marks the proposal decided in the same save; a line that names a proposal not yet approved is refused
/// and nothing is written. (The council's part of the path is the browser test WholePathTests.)
/// </summary>
[Collection("app")]
public sealed class ProposalToDecisionTests(Apps apps)
{
    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task AnApprovedProposal_BecomesADecision_AndIsDecidedWhenItIsIssued(Db db)
    {
        var app = apps.Get(db);
        var approved = await ProposalAsync(app, approve: true);
        var reviewing = await ProposalAsync(app, approve: false);

        await using var scope = app.SystemScope();
        var services = scope.ServiceProvider;
        var draft = services.GetRequiredService<DraftDecisionFromProposals>();
        var refused = await draft.HandleAsync(new DecisionFromProposalsInput([reviewing], "Trưởng Thi hành án dân sự tỉnh", "Hoàng Văn Nghĩa"));
        Assert.False(refused.IsSuccess);
        Assert.Contains("chưa được phê duyệt", refused.Errors[0].Message, StringComparison.Ordinal);

        var created = await draft.HandleAsync(new DecisionFromProposalsInput([approved], "Trưởng Thi hành án dân sự tỉnh", "Hoàng Văn Nghĩa", "dũng cảm"));
        Assert.True(created.IsSuccess, string.Join("; ", created.Errors.Select(e => e.Message)));
        Assert.Equal(approved, Assert.Single(created.Value!.Lines).ProposalId);
        var again = await draft.HandleAsync(new DecisionFromProposalsInput([approved], "Trưởng", "Tên"));
        Assert.Contains("đã có trong dự thảo quyết định", again.Errors[0].Message, StringComparison.Ordinal);

        var issued = await services.GetRequiredService<IssueDecision>().HandleAsync(created.Value.Id);
        Assert.True(issued.IsSuccess, string.Join("; ", issued.Errors.Select(e => e.Message)));
        var proposal = await app.WithDbAsync(d => d.Proposals.AsNoTracking().SingleAsync(p => p.Id == approved));
        Assert.Equal(ProposalStatus.Decided, proposal.Status);
        Assert.Equal(issued.Value!.Notation, proposal.DecisionRef);
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task IssuingALine_ThatNamesAProposalNotApproved_IsRefused_AndNothingIsWritten(Db db)
    {
        var app = apps.Get(db);
        var reviewing = await ProposalAsync(app, approve: false);
        await using var scope = app.SystemScope();
        var services = scope.ServiceProvider;
        var (unit, person) = await app.WithDbAsync(async d => (
            await d.Units.Where(u => u.Code == "LSN").Select(u => u.Id).SingleAsync(),
            await d.Proposals.Where(p => p.Id == reviewing).Select(p => p.PersonId!.Value).SingleAsync()));
        var created = await services.GetRequiredService<CreateDecision>().HandleAsync(new DecisionInput(unit, DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime), "GK",
            Achievement: "dũng cảm bảo vệ tài sản", SignerPosition: "Trưởng Thi hành án dân sự tỉnh", SignerName: "Hoàng Văn Nghĩa", Lines: [new DecisionLineInput(PersonId: person, ProposalId: reviewing)]));
        Assert.True(created.IsSuccess, string.Join("; ", created.Errors.Select(e => e.Message)));
        var records = await app.WithDbAsync(d => d.AwardRecords.CountAsync());

        var issued = await services.GetRequiredService<IssueDecision>().HandleAsync(created.Value!.Id);
        Assert.False(issued.IsSuccess);
        Assert.Contains("chưa được phê duyệt", issued.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(records, await app.WithDbAsync(d => d.AwardRecords.CountAsync()));
        Assert.Equal(DecisionStatus.Draft, await app.WithDbAsync(d => d.AwardDecisions.Where(x => x.Id == created.Value.Id).Select(x => x.Status).SingleAsync()));
    }

    /// <summary>A Giấy khen proposal of office 1 for one of its people, decided by the province: under review, or approved after a passing vote.</summary>
    private static Task<int> ProposalAsync(ThiDuaApp app, bool approve) => app.WithDbAsync(async d =>
    {
        var province = await d.Units.Where(u => u.Code == "LSN").Select(u => u.Id).SingleAsync();
        var taken = await d.Proposals.Where(p => p.PersonId != null).Select(p => p.PersonId!.Value).ToListAsync();
        var person = await d.People.Where(p => p.Unit.Code == "LSN-KV1" && !taken.Contains(p.Id)).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        return await TestProposals.AddAsync(d, person, AwardCode.Gk, province, "Đã dũng cảm bảo vệ tài sản kê biên khi xảy ra hỏa hoạn tại kho vật chứng.", approve);
    });
}
