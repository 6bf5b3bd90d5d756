using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ThiDua.Core.Data;
using ThiDua.Core.Documents;
using ThiDua.Core.Shared;

namespace ThiDua.BrowserTests;

/// <summary>
/// Issue 6's whole path in real Chromium: Lạng Sơn's officer proposes a staff member of office 1 for a Giấy khen
/// (a sudden feat, by hand) with its dossier; the province receives and reviews it and puts it before its council; the
/// members vote by secret ballot (two in the application, the secretary and three written ballots); the close records
/// the result on the proposal, which is approved; a draft decision is made from it and the leader issues it; the
/// proposal is decided and the awardee sees the award on their own profile.
/// </summary>
[Collection("browser")]
public sealed class WholePathTests(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task AProposal_IsVotedByTheCouncil_DecidedByTheLeader_AndSeenByTheAwardee()
    {
        Skip.IfNot(BrowserFixture.Available, BrowserFixture.SkipReason);
        int awardeeId;
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            awardeeId = await db.People.Where(p => p.Code == "LSN-0100").Select(p => p.Id).SingleAsync();
        }

        var officer = await fixture.NewPageAsync();
        officer.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await fixture.SignInAsync(officer, "canbo.langson");

        // 1. The proposal: office 1 proposes Nguyễn Văn An (LSN-0100) to the province for a Giấy khen, by hand.
        await officer.GotoAsync(fixture.BaseUrl + "/Awards/Proposals/Create");
        var office = await officer.Locator("#Input_ProposingUnitId option", new() { HasText = "khu vực 1 (" }).GetAttributeAsync("value");
        await officer.Locator("#Input_ProposingUnitId").SelectOptionAsync(office!);
        await officer.Locator("#Input_SubjectCode").FillAsync("LSN-0100");
        await officer.Locator("#Input_Code").SelectOptionAsync("GK");
        await officer.Locator("#route-hand").CheckAsync();
        await officer.Locator("#Input_RouteCode").SelectOptionAsync("DOT_XUAT");
        await officer.Locator("#Input_Justification").FillAsync("Đã dũng cảm bảo vệ tài sản kê biên khi xảy ra hỏa hoạn tại kho vật chứng, không để thất thoát.");
        await officer.Locator("[data-testid=save]").ClickAsync();
        await officer.Locator("[data-testid=proposal-title]").WaitForAsync();
        var proposalUrl = officer.Url;

        var pdf = Path.Combine(Path.GetTempPath(), "ho-so-" + Guid.NewGuid().ToString("N")[..6] + ".pdf");
        await File.WriteAllBytesAsync(pdf, PdfRenderer.Render(SampleDocuments.Plan()));
        foreach (var input in await officer.Locator("[data-testid=dossier] input[type=file]").AllAsync())
        {
            var item = (await input.GetAttributeAsync("id"))!["file-".Length..];
            await officer.Locator($"#file-{item}").SetInputFilesAsync(pdf);
            await officer.Locator($"[data-testid=upload-{item}]").ClickAsync();
            await officer.Locator("[role=status]:has-text('Đã tải lên tệp hồ sơ')").WaitForAsync();
        }

        await officer.Locator("[data-testid=step-SUBMIT]").ClickAsync();
        await officer.Locator("[data-testid=proposal-status]:has-text('Đã trình')").WaitForAsync();

        // 2. The province (the same officer acts for it) receives and reviews it.
        await officer.Locator("[data-testid=step-RECEIVE]").ClickAsync();
        await officer.Locator("[data-testid=proposal-status]:has-text('Đã tiếp nhận')").WaitForAsync();
        await officer.Locator("[data-testid=step-START_REVIEW]").ClickAsync();
        await officer.Locator("[data-testid=proposal-status]:has-text('Đang thẩm định')").WaitForAsync();

        // 3. A session of the province's council, with the proposal on its agenda.
        await officer.GotoAsync(fixture.BaseUrl + "/Awards/Councils");
        await officer.Locator("[data-testid=councils] a").First.ClickAsync();
        var title = "Phiên họp xét khen thưởng đột xuất " + Guid.NewGuid().ToString("N")[..4];
        await officer.Locator("#Session_Title").FillAsync(title);
        await officer.Locator("[data-testid=create-session]").ClickAsync();
        await officer.Locator("[data-testid=session-title]").WaitForAsync();
        var sessionUrl = officer.Url;
        await officer.GotoAsync(proposalUrl);
        var session = await officer.Locator("#sessionId option", new() { HasText = title }).GetAttributeAsync("value");
        await officer.Locator("#sessionId").SelectOptionAsync(session!);
        await BrowserFixture.ScreenshotAsync(officer, "w0-dua-ra-hoi-dong");
        await officer.Locator("[data-testid=agenda-save]").ClickAsync();
        await officer.Locator("[role=status]:has-text('Đã đưa đề nghị vào danh sách')").WaitForAsync();

        // 4. Posting (started a month ago on the notice board), the secret ballot, the close.
        await officer.GotoAsync(sessionUrl);
        Assert.Contains("Nguyễn Văn An", await officer.Locator("[data-testid=agenda]").InnerTextAsync(), StringComparison.Ordinal);
        var start = VietnameseFormat.Today(TimeProvider.System).AddDays(-30);
        await officer.Locator("#Form_PostingStart").FillAsync(start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await officer.Locator("[data-testid=start-posting]").ClickAsync();
        await officer.Locator("[data-testid=session-status]:has-text('Đang công khai')").WaitForAsync();
        await officer.Locator("[data-testid=open-voting]").ClickAsync();
        await officer.Locator("[data-testid=session-status]:has-text('Đang bỏ phiếu')").WaitForAsync();
        foreach (var user in new[] { "hoidong.langson", "lanhdao.langson" })
        {
            var member = await fixture.NewPageAsync();
            member.Dialog += async (_, dialog) => await dialog.AcceptAsync();
            await fixture.SignInAsync(member, user);
            await member.GotoAsync(sessionUrl);
            await member.Locator("[data-testid=ballot] input[value=Yes]").First.CheckAsync();
            await member.Locator("[data-testid=cast]").ClickAsync();
            await member.Locator("[data-testid=receipt-code]").WaitForAsync();
        }

        await officer.ReloadAsync();
        await officer.Locator("[data-testid=ballot] input[value=Yes]").First.CheckAsync();
        await officer.Locator("[data-testid=cast]").ClickAsync();
        await officer.Locator("[data-testid=receipt-code]").WaitForAsync();
        for (var i = 0; i < 3; i++)
        {
            await officer.Locator("[data-testid=written] input[value=Yes]").First.CheckAsync();
            await officer.Locator("[data-testid=cast-written]").ClickAsync();
            await officer.Locator("[data-testid=receipt]:has-text('Đã ghi phiếu bằng văn bản')").WaitForAsync();
        }

        await officer.Locator("[data-testid=close]").ClickAsync();
        await officer.Locator("[data-testid=session-status]:has-text('Đã kết thúc')").WaitForAsync();
        Assert.Contains("Đạt", await officer.Locator("[data-testid=agenda]").InnerTextAsync(), StringComparison.Ordinal);

        // 5. The result is on the proposal; it is approved and a draft decision is made from it.
        await officer.GotoAsync(proposalUrl);
        Assert.Contains("6/8", await officer.Locator("[data-testid=council]").InnerTextAsync(), StringComparison.Ordinal);
        await officer.Locator("[data-testid=step-APPROVE]").ClickAsync();
        await officer.Locator("[data-testid=proposal-status]:has-text('Đã phê duyệt')").WaitForAsync();
        await officer.Locator("#Form_SignerPosition").FillAsync("Trưởng Thi hành án dân sự tỉnh");
        await officer.Locator("#Form_SignerName").FillAsync("Hoàng Văn Nghĩa");
        await officer.Locator("#Form_Achievement").FillAsync("dũng cảm bảo vệ tài sản kê biên khi xảy ra hỏa hoạn");
        await BrowserFixture.ScreenshotAsync(officer, "w1-de-nghi-da-duyet");
        await officer.Locator("[data-testid=draft-decision]").ClickAsync();
        await officer.Locator("[data-testid=decision-status]:has-text('Dự thảo')").WaitForAsync();
        var decisionUrl = officer.Url;
        Assert.Contains("Nguyễn Văn An", await officer.Locator("[data-testid=lines]").InnerTextAsync(), StringComparison.Ordinal);

        // 6. The leader issues it; the proposal is decided with its number.
        var leader = await fixture.NewPageAsync();
        leader.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await fixture.SignInAsync(leader, "lanhdao.langson");
        await leader.GotoAsync(decisionUrl);
        await leader.Locator("[data-testid=issue-button]").ClickAsync();
        await leader.Locator("[data-testid=decision-status]:has-text('Đã ban hành')").WaitForAsync();
        var notation = (await leader.Locator("[data-testid=decision-title]").InnerTextAsync())["Quyết định số ".Length..].Trim();
        await BrowserFixture.ScreenshotAsync(leader, "w2-quyet-dinh-ban-hanh");
        await officer.GotoAsync(proposalUrl);
        Assert.Contains(notation, await officer.Locator("body").InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Đã phê duyệt", await officer.Locator("[data-testid=proposal-status]").InnerTextAsync(), StringComparison.Ordinal);

        // 7. The awardee, signed in as themselves, sees the award on their profile.
        var awardee = await fixture.NewPageAsync();
        await fixture.SignInAsync(awardee, "nhanvien");
        await awardee.GotoAsync($"{fixture.BaseUrl}/Organisation/People/Details/{awardeeId}");
        await awardee.GetByText(notation).First.WaitForAsync();
        await BrowserFixture.ScreenshotAsync(awardee, "w3-ho-so-nguoi-duoc-khen");
    }
}
