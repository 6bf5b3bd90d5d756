using Microsoft.Playwright;

namespace ThiDua.BrowserTests;

/// <summary>Clusters and blocks in real Chromium: create a cluster, enter a year's members, rotate with the confirmation, print.</summary>
[Collection("browser")]
public sealed class ClusterTests(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task Officer_CreatesABlock_EntersMembers_AndRotatesToTheNextYear()
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

        // From the Organisation area's sub-navigation.
        await page.GotoAsync(fixture.BaseUrl + "/Organisation/Units");
        await page.GetByRole(AriaRole.Link, new() { Name = "Cụm, khối thi đua" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Cụm, khối thi đua" }).WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo cụm, khối" }).ClickAsync();
        await page.Locator("#Input_Code").WaitForAsync(new() { State = WaitForSelectorState.Visible });
        await page.Locator("#Input_Code").FillAsync("CUM-KV-BAC");
        await page.Locator("#Input_Name").FillAsync("Cụm thi đua các phòng khu vực phía Bắc");
        // The demo block of Lạng Sơn's offices already holds these units this year: a unit is in one block and one cluster.
        await page.Locator("#Input_Kind").SelectOptionAsync("CLUSTER");
        await page.Locator("#Input_OwnerUnitId").SelectOptionAsync(new SelectOptionValue { Label = "Thi hành án dân sự tỉnh Lạng Sơn" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo", Exact = true }).ClickAsync();
        await page.Locator("[data-testid=cluster-name]").WaitForAsync();
        Assert.Equal("Cụm thi đua các phòng khu vực phía Bắc", await page.Locator("[data-testid=cluster-name]").InnerTextAsync());

        // Members of the current emulation year, typed row by row; saving asks for confirmation.
        string[] codes = ["LSN-KV1", "LSN-KV2", "LSN-KV3"];
        string[] roles = ["HEAD", "MEMBER", "DEPUTY"];
        for (var i = 0; i < codes.Length; i++)
        {
            await page.GetByLabel($"Mã đơn vị, dòng {i + 1}").FillAsync(codes[i]);
            await page.GetByLabel($"Vai trò, dòng {i + 1}").SelectOptionAsync(roles[i]);
            await page.GetByLabel($"Thứ tự luân phiên, dòng {i + 1}").FillAsync((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu thành phần" }).ClickAsync();
        await page.Locator("[data-testid=message]").WaitForAsync();
        Assert.Single(confirmations);
        Assert.Equal(3, await page.Locator("[data-testid=members-table] tbody tr").CountAsync());
        Assert.Contains("khu vực 2", await page.Locator("[data-testid=suggested-head]").InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(page, "30-cum-khoi-thanh-phan");

        // Rotation: the suggested head is preselected; the confirmation names the next year.
        await page.GetByRole(AriaRole.Button, new() { Name = "Luân phiên", Exact = true }).ClickAsync();
        await page.Locator("[data-testid=message]").WaitForAsync();
        Assert.Equal(2, confirmations.Count);
        var head = page.Locator("[data-testid=members-table] tbody tr.fw-semibold");
        Assert.Contains("khu vực 2", await head.InnerTextAsync());
        Assert.Equal(2, await page.Locator("[data-testid=heads-table] tbody tr").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "31-cum-khoi-luan-phien");

        // Printed: tables stay, forms and navigation go.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Locator("[data-testid=members-form]").IsVisibleAsync());
        Assert.True(await page.Locator("[data-testid=members-table]").IsVisibleAsync());
        await BrowserFixture.ScreenshotAsync(page, "32-cum-khoi-ban-in");
    }
}
