using System.Globalization;
using Microsoft.Playwright;
using ThiDua.Core.Shared;

namespace ThiDua.BrowserTests;

/// <summary>
/// Issue 6, item 8, read as the officer would: the demo's past year (the one before the last finished) has every
/// proposal decided, a proposal's page shows the council's result and the decision's number, the session of that year
/// shows its published tally, and the year's decisions are issued.
/// </summary>
[Collection("browser")]
public sealed class PastYearTests(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task ThePastYear_ReadsAsDecided_FromTheProposalsToTheCouncilAndTheDecisions()
    {
        Skip.IfNot(BrowserFixture.Available, BrowserFixture.SkipReason);
        var year = (EmulationYear.LastFinished(VietnameseFormat.Today(TimeProvider.System)) - 1).ToString(CultureInfo.InvariantCulture);
        var page = await fixture.NewPageAsync();
        await fixture.SignInAsync(page, "canbo.langson");

        // The year's proposals: all decided.
        await page.GotoAsync($"{fixture.BaseUrl}/Awards/Proposals?year={year}");
        var rows = page.Locator("[data-testid=proposals] tbody tr");
        await rows.First.WaitForAsync();
        Assert.Contains("Số đề nghị: 40", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        var count = await rows.CountAsync();
        Assert.Equal(25, count);
        Assert.Equal(count, await rows.Filter(new() { HasText = "Đã có quyết định" }).CountAsync());
        await page.GotoAsync($"{fixture.BaseUrl}/Awards/Proposals?year={year}&status=DECIDED");
        Assert.Contains("Số đề nghị: 40", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "p0-nam-truoc-de-nghi");

        // One of them: the council's result and the decision's number.
        await rows.Filter(new() { HasText = "CSTDCS" }).First.Locator("a").First.ClickAsync();
        var body = page.Locator("main");
        await page.GetByText("323/QĐ-THADS").First.WaitForAsync();
        Assert.Contains($"Phiên họp xét thi đua, khen thưởng năm {year}", await body.InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "p1-nam-truoc-mot-de-nghi");

        // The council's session of that year: closed, the tally and the receipts published.
        await page.GotoAsync($"{fixture.BaseUrl}/Awards/Councils");
        await page.Locator("[data-testid=councils] a").First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = $"Phiên họp xét thi đua, khen thưởng năm {year}" }).ClickAsync();
        await page.Locator("[data-testid=tally]").WaitForAsync();
        Assert.Contains("Số phiếu bằng số người tham gia.", await page.Locator("[data-testid=tally]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(8, await page.Locator("[data-testid=receipts] tbody tr").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "p2-nam-truoc-phien-hop");

        // The year's decisions, issued early in the next calendar year (the register's year is the year of issue).
        var issuedIn = (int.Parse(year, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
        await page.GotoAsync($"{fixture.BaseUrl}/Awards/Decisions?year={issuedIn}");
        var decisions = page.Locator("[data-testid=decisions] tbody");
        await decisions.WaitForAsync();
        var text = await decisions.InnerTextAsync();
        foreach (var number in new[] { "172/QĐ-THADS", "221/QĐ-THADS", "323/QĐ-THADS" })
        {
            Assert.Contains(number, text, StringComparison.Ordinal);
        }

        await BrowserFixture.ScreenshotAsync(page, "p3-nam-truoc-quyet-dinh");
    }
}
