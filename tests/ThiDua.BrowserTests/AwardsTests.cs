using Microsoft.Playwright;

namespace ThiDua.BrowserTests;

/// <summary>
/// The awards pages in real Chromium: from the candidate list to the quota of year 2023 (regime 2017: CSTĐCS at most
/// 15 % of LĐTT holders), an override with its reason and its removal, the fairness panel, and a collective's "why not".
/// </summary>
[Collection("browser")]
public sealed class AwardsTests(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task Officer_AppliesTheQuota_OverridesWithAReason_AndReadsTheFairnessPanel()
    {
        Skip.IfNot(BrowserFixture.Available, BrowserFixture.SkipReason);
        var page = await fixture.NewPageAsync();
        var confirmations = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            confirmations.Add(dialog.Message);
            await dialog.AcceptAsync();
        };
        await fixture.SignInAsync(page, "canbo.langson");

        // The list of 2023 as it was decided on 20/12/2023, then its quota.
        await page.GotoAsync(fixture.BaseUrl + "/Awards/Candidates?year=2023&asOf=2023-12-20&target=CSTDCS&outcome=ELIGIBLE");
        await page.Locator("[data-testid=candidates]").WaitForAsync();
        await BrowserFixture.ScreenshotAsync(page, "60-danh-sach-du-dieu-kien-2023");
        await page.Locator("[data-testid=quota-link]").ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Tỷ lệ khen thưởng" }).WaitForAsync();
        var summary = await page.Locator("[data-testid=quota-text]").InnerTextAsync();
        Assert.Contains("Chế độ 2017", summary);
        Assert.Contains("không quá 15%", summary);
        Assert.Equal("2023-12-20", await page.Locator("#asOf").InputValueAsync());
        await BrowserFixture.ScreenshotAsync(page, "61-ty-le-khen-thuong");

        // Put the first of the order outside the quota: a reason is required, the override shows with it.
        var first = page.Locator("[data-testid=quota-rows] tbody tr").First;
        var name = await first.Locator("td").Nth(2).InnerTextAsync();
        await first.GetByPlaceholder("Lý do (bắt buộc)").FillAsync("Đã được đề nghị ở đơn vị cũ trong năm");
        await first.GetByRole(AriaRole.Button, new() { Name = "Đưa ra" }).ClickAsync();
        await page.GetByText("Đã đưa ra ngoài tỷ lệ.").WaitForAsync();
        var moved = page.Locator("[data-testid=quota-rows] tbody tr", new() { HasText = name });
        Assert.Contains("Ngoài tỷ lệ", await moved.InnerTextAsync());
        Assert.Contains("Đã được đề nghị ở đơn vị cũ trong năm", await moved.Locator("[data-testid=override]").InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(page, "62-ty-le-dieu-chinh");

        // Removing the override asks first, and puts the candidate back in the default order.
        await moved.GetByRole(AriaRole.Button, new() { Name = "Bỏ điều chỉnh" }).ClickAsync();
        await page.GetByText("Đã bỏ điều chỉnh").WaitForAsync();
        Assert.Single(confirmations);
        Assert.Contains("Trong tỷ lệ", await page.Locator("[data-testid=quota-rows] tbody tr", new() { HasText = name }).InnerTextAsync());

        // The fairness panel of the same year, from the quota page.
        await page.GetByRole(AriaRole.Link, new() { Name = "Bảng công bằng" }).First.ClickAsync();
        await page.Locator("[data-testid=fairness]").WaitForAsync();
        Assert.Equal(4, await page.Locator("[data-testid=fairness] tbody tr").CountAsync());
        Assert.Equal(9, await page.Locator("[data-testid=fairness-targets] tbody tr").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "63-bang-cong-bang");

        // A collective's "why not", from the list of collectives.
        await page.GotoAsync(fixture.BaseUrl + "/Awards/Candidates?target=TTLDXS");
        await page.Locator("[data-testid=candidates] a", new() { HasText = "Phòng Thi hành án dân sự khu vực 1" }).First.ClickAsync();
        await page.Locator("[data-testid=figures]").WaitForAsync();
        Assert.Contains("Số thành viên", await page.Locator("[data-testid=figures]").InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(page, "64-tap-the-vi-sao");
    }
}
