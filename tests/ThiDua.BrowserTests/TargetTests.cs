using System.Globalization;
using Microsoft.Playwright;

namespace ThiDua.BrowserTests;

/// <summary>
/// Targets in real Chromium: the province's officer opens the tracking pages, enters office 2's cumulative figures for
/// the current month (a figure lower than last month's is refused first), sees the progress recomputed, the alert list
/// with the office that falls behind, and last year's A/B/C/D ranking.
/// </summary>
[Collection("browser")]
public sealed class TargetTests(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task Officer_EntersMonthlyActuals_AndSeesProgressAlertsAndRanking()
    {
        Skip.IfNot(BrowserFixture.Available, BrowserFixture.SkipReason);
        var page = await fixture.NewPageAsync();
        await fixture.SignInAsync(page, "canbo.langson");

        await page.GotoAsync(fixture.BaseUrl + "/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Theo dõi chỉ tiêu" }).ClickAsync();
        await page.Locator("[data-testid=summary]").WaitForAsync();
        await BrowserFixture.ScreenshotAsync(page, "a0-chi-tieu-tien-do-tinh");

        // Office 2, the actuals grid.
        await ChooseUnitAsync(page, "LSN-KV2");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nhập kết quả", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/Targets/Actuals**");
        await page.Locator("[data-testid=actuals-grid]").WaitForAsync();
        var months = await page.Locator("[data-testid=actuals-grid] tbody tr").CountAsync();
        Assert.True(months >= 1);
        var numerator = page.Locator($"[data-testid=num-{months}-VIEC]");
        var denominator = page.Locator($"[data-testid=den-{months}-VIEC]");
        decimal previousNumerator = 0, previousDenominator = 500;
        if (months >= 2)
        {
            previousNumerator = decimal.Parse(await page.Locator($"[data-testid=num-{months - 1}-VIEC]").InputValueAsync(), CultureInfo.InvariantCulture);
            previousDenominator = decimal.Parse(await page.Locator($"[data-testid=den-{months - 1}-VIEC]").InputValueAsync(), CultureInfo.InvariantCulture);
            // Lower than last month: refused, saying which month.
            await numerator.FillAsync((previousNumerator - 1).ToString(CultureInfo.InvariantCulture));
            await denominator.FillAsync((previousDenominator + 20).ToString(CultureInfo.InvariantCulture));
            await page.GetByRole(AriaRole.Button, new() { Name = "Lưu kết quả" }).ClickAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await BrowserFixture.ScreenshotAsync(page, "a1-chi-tieu-nhap-ket-qua-loi");
            await page.Locator("[data-testid=errors]").WaitForAsync();
            Assert.Contains("không được giảm", await page.Locator("[data-testid=errors]").InnerTextAsync(), StringComparison.Ordinal);
            await BrowserFixture.ScreenshotAsync(page, "a1-chi-tieu-nhap-ket-qua-loi");
        }

        var newNumerator = previousNumerator + 60;
        var newDenominator = previousDenominator + 20;
        await numerator.FillAsync(newNumerator.ToString(CultureInfo.InvariantCulture));
        await denominator.FillAsync(newDenominator.ToString(CultureInfo.InvariantCulture));
        await BrowserFixture.ScreenshotAsync(page, "a2-chi-tieu-nhap-ket-qua");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu kết quả" }).ClickAsync();
        await page.GetByText("Đã lưu kết quả thực hiện").WaitForAsync();

        // The progress of the office shows the new cumulative result.
        await page.GetByRole(AriaRole.Link, new() { Name = "Tiến độ", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/Targets\\?"));
        await page.Locator("[data-testid=summary]").WaitForAsync();
        var expected = Math.Round(100m * newNumerator / newDenominator, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.GetCultureInfo("vi-VN")) + " %";
        Assert.Equal(expected, (await page.Locator("[data-testid=result-VIEC]").InnerTextAsync()).Trim());
        Assert.Equal(4, await page.Locator("svg.td-chart").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "a3-chi-tieu-tien-do-phong-khu-vuc");

        // The province's alert list: office 4 falls behind.
        await page.GetByRole(AriaRole.Link, new() { Name = "Cảnh báo chậm tiến độ" }).ClickAsync();
        await page.WaitForURLAsync("**/Targets/Alerts**");
        await ChooseUnitAsync(page, "LSN");
        var alerts = page.Locator("[data-testid=alerts]");
        await alerts.WaitForAsync();
        Assert.Contains("LSN-KV4", await alerts.InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "a4-chi-tieu-canh-bao");

        // Last year's ranking: the demo's eight offices (at least), the first graded A.
        await page.GetByRole(AriaRole.Link, new() { Name = "Xếp loại A, B, C, D" }).ClickAsync();
        await page.WaitForURLAsync("**/Targets/Ranking**");
        var year = int.Parse(await page.Locator("#year").InputValueAsync(), CultureInfo.InvariantCulture);
        await page.Locator("#year").FillAsync((year - 1).ToString(CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("year=" + (year - 1).ToString(CultureInfo.InvariantCulture)));
        await page.Locator("[data-testid=ranking]").WaitForAsync();
        // Other browser tests may add an office to the province: at least the demo's eight are ranked.
        Assert.True(await page.Locator("[data-testid=ranking] tbody tr").CountAsync() >= 8);
        Assert.Contains("A", await page.Locator("[data-testid=ranking] tr[data-unit=LSN-KV1] .td-grade").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "a5-chi-tieu-xep-loai");

        // The province's dashboard of the current year: launched, registered, signed, on target.
        await page.Locator("#year").FillAsync(year.ToString(CultureInfo.InvariantCulture));
        await ChooseUnitAsync(page, "LSN");
        await page.GetByRole(AriaRole.Link, new() { Name = "Bảng tổng hợp" }).ClickAsync();
        await page.WaitForURLAsync("**/Targets/Dashboard**");
        await page.Locator("[data-testid=dashboard]").WaitForAsync();
        Assert.Matches(@"^\d+/\d+$", (await page.Locator("[data-testid=launched-share]").InnerTextAsync()).Trim());
        Assert.Contains("%", await page.Locator("[data-testid=registered-people]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("đơn vị chậm tiến độ", await page.Locator("[data-testid=dashboard-alerts]").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "a6-bang-tong-hop");
    }

    private static async Task ChooseUnitAsync(IPage page, string code)
    {
        var value = await page.Locator("#unitId option").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^" + code + " – ") }).GetAttributeAsync("value");
        await page.Locator("#unitId").SelectOptionAsync(value!);
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("unitId=" + value + "&"));
    }

    [SkippableFact]
    public async Task Administrator_EditsTheIndicatorCatalog_AndTheRankingComesOutInExcel()
    {
        Skip.IfNot(BrowserFixture.Available, BrowserFixture.SkipReason);
        var page = await fixture.NewPageAsync();
        await fixture.SignInAsync(page, "quantri");
        await page.GotoAsync(fixture.BaseUrl + "/Targets/Catalog");
        var first = page.Locator("[data-testid=indicators] section").First;
        var name = first.Locator("input[name='Indicator.Name']");
        var original = await name.InputValueAsync();
        await name.FillAsync(" ");
        await first.GetByRole(AriaRole.Button, new() { Name = "Lưu chỉ tiêu" }).ClickAsync();
        await page.Locator("[data-testid=errors]").GetByText("Vui lòng nhập tên chỉ tiêu").WaitForAsync();
        await BrowserFixture.ScreenshotAsync(page, "a7-danh-muc-chi-tieu");
        await page.Locator("[data-testid=indicators] section").First.Locator("input[name='Indicator.Name']").FillAsync(original);
        await page.Locator("[data-testid=indicators] section").First.GetByRole(AriaRole.Button, new() { Name = "Lưu chỉ tiêu" }).ClickAsync();
        await page.Locator("[data-testid=notice]").WaitForAsync();
        Assert.StartsWith("Đã lưu chỉ tiêu", await page.Locator("[data-testid=notice]").InnerTextAsync(), StringComparison.Ordinal);

        // Computed points: the first movement of the year, its criteria and the indicators they may be linked to.
        await page.GotoAsync(fixture.BaseUrl + "/Targets/Points");
        await page.Locator("[data-testid=points]").WaitForAsync();
        Assert.StartsWith("Điểm tính tự động:", await page.Locator("[data-testid=computed]").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "a8-diem-tu-dong");

        // The ranking page offers the Excel file of what it shows.
        await page.GotoAsync(fixture.BaseUrl + "/Targets/Ranking");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=ranking-xlsx]").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.StartsWith("xep-loai-", download.SuggestedFilename, StringComparison.Ordinal);
    }
}
