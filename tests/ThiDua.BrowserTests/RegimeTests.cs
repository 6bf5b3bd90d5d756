using Microsoft.Playwright;

namespace ThiDua.BrowserTests;

/// <summary>
/// Regimes (issue 4, item 1) in real Chromium: the root administrator opens the list from the navigation, reads a
/// regime's parameters (unchecked badges, differences from the previous regime), edits one with the keyboard-friendly
/// form and sees it saved, then restores it; the create form refuses an incomplete copy naming the fields.
/// </summary>
[Collection("browser")]
public sealed class RegimeTests(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task Administrator_ReadsARegime_EditsAParameter_AndSeesItSaved()
    {
        Skip.IfNot(BrowserFixture.Available, BrowserFixture.SkipReason);
        var page = await fixture.NewPageAsync();
        await fixture.SignInAsync(page, "quantri");

        // Khen thưởng → its sub-navigation → Chế độ pháp lý.
        await page.Locator(".td-nav").GetByRole(AriaRole.Link, new() { Name = "Khen thưởng" }).ClickAsync();
        await page.WaitForURLAsync(fixture.BaseUrl + "/Awards/Candidates**");
        await page.Locator(".td-subnav").GetByRole(AriaRole.Link, new() { Name = "Chế độ pháp lý" }).ClickAsync();
        var table = page.Locator("[data-testid=regimes-table]");
        await table.WaitForAsync();
        var text = await table.InnerTextAsync();
        Assert.Contains("2014", text, StringComparison.Ordinal);
        Assert.StartsWith("2025", (await table.Locator("tr.table-success").InnerTextAsync()).Trim(), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "50-che-do-danh-sach");

        // 2017 against 2014: the leave limit was dropped, so that row is highlighted with the old value.
        await table.GetByRole(AriaRole.Link, new() { Name = "2017", Exact = true }).ClickAsync();
        await page.Locator("[data-testid=regime-section]").First.WaitForAsync();
        var leave = page.Locator("tr[data-key=leaveLimitEnabled]");
        Assert.Contains("td-regime-diff", await leave.GetAttributeAsync("class") ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains("khác 2014: có", await leave.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator(".badge", new() { HasText = "chưa kiểm chứng" }).CountAsync() > 0);
        await BrowserFixture.ScreenshotAsync(page, "51-che-do-chi-tiet");

        // Edit the posting days (procedure only: no verdict depends on it), then restore them.
        await page.GetByRole(AriaRole.Link, new() { Name = "Sửa tham số" }).ClickAsync();
        var days = page.Locator("#p-postingWorkingDays");
        var original = await days.InputValueAsync();
        var changed = (int.Parse(original, System.Globalization.CultureInfo.InvariantCulture) + 5).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await days.FillAsync(changed);
        await page.Locator("#p-ldttMinRating").FocusAsync();
        await BrowserFixture.ScreenshotAsync(page, "52-che-do-sua");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu thay đổi" }).ClickAsync();
        await page.GetByText("Đã lưu chế độ 2017.").WaitForAsync();
        Assert.Contains(changed + " ngày làm việc", await page.Locator("tr[data-key=postingWorkingDays]").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "53-che-do-da-luu");

        await page.GetByRole(AriaRole.Link, new() { Name = "Sửa tham số" }).ClickAsync();
        await page.Locator("#p-postingWorkingDays").FillAsync(original);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu thay đổi" }).ClickAsync();
        await page.GetByText("Đã lưu chế độ 2017.").WaitForAsync();
        Assert.Contains(original + " ngày làm việc", await page.Locator("tr[data-key=postingWorkingDays]").InnerTextAsync(), StringComparison.Ordinal);

        // The create form: a copy without a code or name is refused, each field named.
        await page.GotoAsync(fixture.BaseUrl + "/Admin/Regimes/Create");
        await page.Locator("#EffectiveFrom").FillAsync("2026-10-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm chế độ" }).ClickAsync();
        var errors = page.Locator("[data-testid=regime-errors]");
        await errors.WaitForAsync();
        Assert.Contains("tên chế độ", await errors.InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "54-che-do-them");
    }
}
