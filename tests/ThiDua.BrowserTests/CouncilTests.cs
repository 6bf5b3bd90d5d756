using System.Globalization;
using Microsoft.Playwright;
using ThiDua.Core.Shared;

namespace ThiDua.BrowserTests;

/// <summary>
/// A council session in real Chromium: the officer (also the council's secretary) builds a session of the Lạng Sơn
/// council from the navigation, adds a person and a collective, records the posting and opens the ballot; two members
/// vote from their own sessions and each sees their receipt once; the secretary votes and enters three written ballots;
/// the session is closed and the published tally lists every receipt, the member's among them.
/// </summary>
[Collection("browser")]
public sealed class CouncilTests(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task AnOfficerBuildsASession_MembersVote_TheSecretaryEntersWrittenBallots_AndTheTallyShowsTheReceipts()
    {
        Skip.IfNot(BrowserFixture.Available, BrowserFixture.SkipReason);
        var officer = await fixture.NewPageAsync();
        officer.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await fixture.SignInAsync(officer, "canbo.langson");

        await officer.Locator(".td-nav").GetByRole(AriaRole.Link, new() { Name = "Khen thưởng" }).ClickAsync();
        await officer.Locator(".td-subnav").GetByRole(AriaRole.Link, new() { Name = "Hội đồng TĐKT" }).ClickAsync();
        await officer.GetByRole(AriaRole.Heading, new() { Name = "Hội đồng Thi đua – Khen thưởng" }).WaitForAsync();
        await BrowserFixture.ScreenshotAsync(officer, "c0-hoi-dong");
        await officer.Locator("[data-testid=councils] a").First.ClickAsync();
        await officer.Locator("[data-testid=council-name]").WaitForAsync();
        Assert.Contains("Ủy viên thư ký", await officer.Locator("[data-testid=members]").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(officer, "c1-chi-tiet-hoi-dong");

        var title = "Phiên họp kiểm thử trình duyệt " + Guid.NewGuid().ToString("N")[..4];
        await officer.Locator("#Session_Title").FillAsync(title);
        await officer.Locator("[data-testid=create-session]").ClickAsync();
        await officer.Locator("[data-testid=session-title]").WaitForAsync();
        var url = officer.Url;
        Assert.Equal(title, await officer.Locator("[data-testid=session-title]").InnerTextAsync());

        await officer.Locator("#Form_Who").FillAsync("LSN-0100");
        await officer.Locator("#Form_Code").SelectOptionAsync("CSTDCS");
        await officer.Locator("[data-testid=add]").ClickAsync();
        await officer.Locator("[role=status]:has-text('Đã thêm vào danh sách đề nghị')").WaitForAsync();
        await officer.Locator("#Form_Kind").SelectOptionAsync("Collective");
        await officer.Locator("#Form_Who").FillAsync("LSN-KV1");
        await officer.Locator("#Form_Code").SelectOptionAsync("TTLDXS");
        await officer.Locator("[data-testid=add]").ClickAsync();
        await officer.Locator("[data-testid=agenda] tbody tr:has-text('TTLDXS')").WaitForAsync();
        Assert.Equal(2, await officer.Locator("[data-testid=agenda] tbody tr").CountAsync());
        await BrowserFixture.ScreenshotAsync(officer, "c2-danh-sach-de-nghi");

        // The posting started a month ago (on the notice board): enough working days to open the ballot now.
        var start = VietnameseFormat.Today(TimeProvider.System).AddDays(-30);
        await officer.Locator("#Form_PostingStart").FillAsync(start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await officer.Locator("[data-testid=start-posting]").ClickAsync();
        await officer.Locator("[data-testid=session-status]:has-text('Đang công khai')").WaitForAsync();
        Assert.Contains(VietnameseFormat.Date(start), await officer.Locator("[data-testid=posting]").InnerTextAsync(), StringComparison.Ordinal);
        await officer.Locator("[data-testid=open-voting]").ClickAsync();
        await officer.Locator("[data-testid=session-status]:has-text('Đang bỏ phiếu')").WaitForAsync();
        await BrowserFixture.ScreenshotAsync(officer, "c3-dang-bo-phieu");

        // Two members vote from their own sessions; each sees the receipt once.
        string? memberReceipt = null;
        foreach (var user in new[] { "hoidong.langson", "lanhdao.langson" })
        {
            var page = await fixture.NewPageAsync();
            page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
            await fixture.SignInAsync(page, user);
            await page.GotoAsync(url);
            foreach (var radio in await page.Locator("[data-testid=ballot] input[value=Yes]").AllAsync())
            {
                await radio.CheckAsync();
            }

            if (user == "hoidong.langson")
            {
                await BrowserFixture.ScreenshotAsync(page, "c4-phieu-bau");
            }

            await page.Locator("[data-testid=cast]").ClickAsync();
            var receipt = (await page.Locator("[data-testid=receipt-code]").InnerTextAsync()).Trim();
            Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$", receipt);
            Assert.Equal(0, await page.Locator("[data-testid=ballot]").CountAsync());
            if (user == "hoidong.langson")
            {
                memberReceipt = receipt;
                await BrowserFixture.ScreenshotAsync(page, "c5-ma-phieu");
                await page.ReloadAsync();
                Assert.Equal(0, await page.Locator("[data-testid=receipt]").CountAsync());
                await page.Locator("[data-testid=voted]").WaitForAsync();
            }
        }

        // The secretary votes, then enters the written ballots of three absent members.
        await officer.ReloadAsync();
        foreach (var radio in await officer.Locator("[data-testid=ballot] input[value=No]").AllAsync())
        {
            await radio.CheckAsync();
        }

        await officer.Locator("[data-testid=cast]").ClickAsync();
        await officer.Locator("[data-testid=receipt-code]").WaitForAsync();
        for (var i = 0; i < 3; i++)
        {
            foreach (var radio in await officer.Locator("[data-testid=written] input[value=Yes]").AllAsync())
            {
                await radio.CheckAsync();
            }

            await officer.Locator("[data-testid=cast-written]").ClickAsync();
            await officer.Locator("[data-testid=receipt]:has-text('Đã ghi phiếu bằng văn bản')").WaitForAsync();
            if (i == 0)
            {
                await BrowserFixture.ScreenshotAsync(officer, "c6-phieu-van-ban");
            }
        }

        Assert.Contains("Đã tham gia: 6/8 thành viên; túc số 6.", await officer.Locator("[data-testid=steps]").InnerTextAsync(), StringComparison.Ordinal);
        await officer.Locator("[data-testid=close]").ClickAsync();
        await officer.Locator("[data-testid=session-status]:has-text('Đã kết thúc')").WaitForAsync();
        var tally = await officer.Locator("[data-testid=tally]").InnerTextAsync();
        Assert.Contains("tham gia: 6; số phiếu: 6", tally, StringComparison.Ordinal);
        Assert.Contains("Số phiếu bằng số người tham gia.", tally, StringComparison.Ordinal);
        Assert.Equal(6, await officer.Locator("[data-testid=receipts] tbody tr").CountAsync());
        Assert.Contains(memberReceipt!, await officer.Locator("[data-testid=receipts]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Đạt", await officer.Locator("[data-testid=agenda]").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(officer, "c7-ket-qua-kiem-phieu");
    }

    /// <summary>
    /// A regional office's staff member (nhanvien) finds the province's posted candidate list on the home page, opens it
    /// from there and leaves a comment, which the council's secretary then reads under the candidate.
    /// </summary>
    [SkippableFact]
    public async Task AStaffMember_FindsThePostedListOnTheHomePage_AndComments()
    {
        Skip.IfNot(BrowserFixture.Available, BrowserFixture.SkipReason);
        var page = await fixture.NewPageAsync();
        await fixture.SignInAsync(page, "nhanvien");
        var postings = page.Locator("[data-testid=open-postings]");
        await postings.WaitForAsync();
        var year = EmulationYear.LastFinished(VietnameseFormat.Today(TimeProvider.System)).ToString(CultureInfo.InvariantCulture);
        var item = postings.Locator("li", new() { HasText = "Phiên họp xét thi đua, khen thưởng năm " + year });
        Assert.Contains("Thi hành án dân sự tỉnh Lạng Sơn", await item.InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "c8-trang-chu-cong-khai");

        await item.GetByRole(AriaRole.Link, new() { Name = "Xem và góp ý" }).ClickAsync();
        await page.Locator("[data-testid=session-status]:has-text('Đang công khai')").WaitForAsync();
        var text = "Góp ý kiểm thử " + Guid.NewGuid().ToString("N")[..6] + ": đồng chí luôn hỗ trợ đồng nghiệp trong các đợt cưỡng chế.";
        await page.Locator("#Form_Text").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi góp ý" }).ClickAsync();
        await page.Locator("[role=status]:has-text('Đã gửi góp ý; Hội đồng sẽ xem xét.')").WaitForAsync();
        await BrowserFixture.ScreenshotAsync(page, "c9-gop-y-cua-cong-chuc");

        // The comment reaches the council: its secretary (the officer) reads it under the candidate.
        var secretary = await fixture.NewPageAsync();
        await fixture.SignInAsync(secretary, "canbo.langson");
        await secretary.GotoAsync(page.Url.Split('#')[0]);
        await secretary.Locator($"[data-testid=agenda] .td-comment:has-text('{text[..20]}')").WaitForAsync();
        Assert.Contains("Nguyễn Văn An", await secretary.Locator($"[data-testid=agenda] .td-comment:has-text('{text[..20]}')").InnerTextAsync(), StringComparison.Ordinal);
    }
}
