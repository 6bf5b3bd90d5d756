using Microsoft.Playwright;

namespace ThiDua.BrowserTests;

/// <summary>Foundation §9: sign in, see the dashboard, search a name typed without diacritics — in real Chromium.</summary>
[Collection("browser")]
public sealed class ShellTests(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task Officer_SignsIn_SeesDashboard_AndFindsANameTypedWithoutDiacritics()
    {
        Skip.IfNot(BrowserFixture.Available, BrowserFixture.SkipReason);
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + "/");
        Assert.EndsWith("Đăng nhập – ThiDua", await page.TitleAsync());
        await BrowserFixture.ScreenshotAsync(page, "01-dang-nhap");

        await fixture.SignInAsync(page, "canbo.langson");
        await page.Locator("[data-testid=dashboard]").WaitForAsync();
        Assert.Contains("Thi hành án dân sự tỉnh Lạng Sơn", await page.Locator("[data-testid=current-unit]").InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(page, "02-tong-quan");

        // The "/" key focuses the search box, as the placeholder promises.
        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync("nguyen van an");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("[data-testid=search-results]").WaitForAsync();
        var first = page.Locator("[data-testid=search-results] .list-group-item a").First;
        Assert.Equal("Nguyễn Văn An", await first.InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(page, "03-tim-kiem");

        await first.ClickAsync();
        await page.Locator("[data-testid=person-name]").WaitForAsync();
        Assert.Equal("Nguyễn Văn An", await page.Locator("[data-testid=person-name]").InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(page, "04-ho-so");
    }

    [SkippableFact]
    public async Task UnitTree_PeopleList_AndAuditTrail_Render()
    {
        Skip.IfNot(BrowserFixture.Available, BrowserFixture.SkipReason);
        var page = await fixture.NewPageAsync();
        await fixture.SignInAsync(page, "canbo.langson");

        await page.GotoAsync(fixture.BaseUrl + "/Organisation/Units");
        Assert.True(await page.Locator("[data-testid=unit-tree] tbody tr").CountAsync() >= 14);
        await BrowserFixture.ScreenshotAsync(page, "05-cay-don-vi");

        await page.GotoAsync(fixture.BaseUrl + "/Organisation/People?kind=direct&gender=F");
        var rows = page.Locator("[data-testid=people-table] tbody tr");
        Assert.True(await rows.CountAsync() > 10);
        Assert.DoesNotContain("lãnh đạo", await page.Locator("[data-testid=people-table] tbody").InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(page, "06-cong-chuc");

        await page.GotoAsync(fixture.BaseUrl + "/Audit");
        Assert.True(await page.Locator("[data-testid=audit-table] tbody tr").CountAsync() > 0);
        await BrowserFixture.ScreenshotAsync(page, "07-nhat-ky");
    }

    [SkippableFact]
    public async Task Administrator_SeesAccounts_AndTheEnglishSwitchWorks()
    {
        Skip.IfNot(BrowserFixture.Available, BrowserFixture.SkipReason);
        var page = await fixture.NewPageAsync();
        await fixture.SignInAsync(page, "quantri");
        await page.GotoAsync(fixture.BaseUrl + "/Admin/Accounts");
        Assert.Contains("canbo.hanoi", await page.Locator("[data-testid=accounts-table]").InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(page, "08-tai-khoan");

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Accounts" }).WaitForAsync();
        await BrowserFixture.ScreenshotAsync(page, "09-english");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tiếng Việt" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Tài khoản" }).WaitForAsync();
    }

    [SkippableFact]
    public async Task OutOfScopeId_ShowsTheFriendly404Page()
    {
        Skip.IfNot(BrowserFixture.Available, BrowserFixture.SkipReason);
        var page = await fixture.NewPageAsync();
        await fixture.SignInAsync(page, "canbo.hanoi");
        var response = await page.GotoAsync(fixture.BaseUrl + "/Organisation/Units/Details/3");
        Assert.Equal(404, response!.Status);
        Assert.Contains("Không tìm thấy trang", await page.ContentAsync());
        await BrowserFixture.ScreenshotAsync(page, "10-404");
    }
}
