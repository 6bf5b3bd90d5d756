using Microsoft.Playwright;

namespace ThiDua.BrowserTests;

/// <summary>
/// Registrations in real Chromium: Lạng Sơn's officer opens the year's registrations, approves the submitted ones of
/// office 7 (after a confirmation), returns one of office 6 with a reason, registers a not-yet-registered person on
/// their behalf from the multi-row form, and reads the coverage page.
/// </summary>
[Collection("browser")]
public sealed class RegistrationTests(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task Officer_CollectsAndApprovesRegistrations_AndReadsTheCoverage()
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

        await page.GotoAsync(fixture.BaseUrl + "/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Đăng ký & giao ước" }).ClickAsync();
        await page.Locator("[data-testid=registrations]").WaitForAsync();
        Assert.Contains("hạn đăng ký", await page.Locator("[data-testid=round]").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "80-dang-ky-thi-dua");

        // Only those waiting for approval, of office 7.
        await page.Locator("#status").SelectOptionAsync("SUBMITTED");
        await page.Locator("#q").FillAsync("khu vuc 7");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        await page.Locator("[data-testid=registrations]").WaitForAsync();
        var boxes = page.Locator("[data-testid=registrations] input[type=checkbox]");
        var waiting = await boxes.CountAsync();
        Assert.True(waiting >= 2, $"{waiting} submitted registrations of office 7");
        await boxes.Nth(0).CheckAsync();
        await boxes.Nth(1).CheckAsync();
        await BrowserFixture.ScreenshotAsync(page, "81-duyet-dang-ky");
        await page.Locator("[data-testid=approve]").ClickAsync();
        await page.Locator("[data-testid=notice]").WaitForAsync();
        Assert.Equal("Đã duyệt các đăng ký đã chọn.", await page.Locator("[data-testid=notice]").InnerTextAsync());
        Assert.Contains("Duyệt các đăng ký đã chọn?", confirmations);
        Assert.Equal(waiting - 2, await page.Locator("[data-testid=registrations] input[type=checkbox]").CountAsync());

        // Returning without a reason is refused with a message; with a reason it goes back to the office.
        await page.Locator("[data-testid=registrations] input[type=checkbox]").First.CheckAsync();
        await page.Locator("[data-testid=return]").ClickAsync();
        await page.GetByText("Trả lại đăng ký cần ghi lý do").WaitForAsync();
        await page.Locator("[data-testid=registrations] input[type=checkbox]").First.CheckAsync();
        await page.Locator("#reason").FillAsync("Đề nghị ghi rõ thành tích dự kiến đạt được");
        await page.Locator("[data-testid=return]").ClickAsync();
        await page.Locator("[data-testid=notice]").WaitForAsync();
        Assert.Equal("Đã trả lại các đăng ký đã chọn.", await page.Locator("[data-testid=notice]").InnerTextAsync());

        // Register a person on their behalf: the demo employee of "nhanvien" has not registered.
        await page.Locator("#status").SelectOptionAsync(string.Empty);
        await page.Locator("#q").FillAsync(string.Empty);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        await page.Locator("[data-testid=register]").ClickAsync();
        await page.Locator("[data-testid=create-rows]").WaitForAsync();
        var row = page.Locator("[data-testid=person-LSN-0100]");
        await row.Locator("select").SelectOptionAsync("CSTDCS");
        await BrowserFixture.ScreenshotAsync(page, "82-dang-ky-thay");
        await page.Locator("[data-testid=file]").ClickAsync();
        await page.Locator("[data-testid=notice]").WaitForAsync();
        Assert.Equal("Đã đăng ký và gửi duyệt.", await page.Locator("[data-testid=notice]").InnerTextAsync());

        // Register from a file: a row with an unknown code refuses the whole file, naming the row; the corrected file is taken.
        await page.Locator("[data-testid=register]").ClickAsync();
        await page.Locator("[data-testid=create-rows]").WaitForAsync();
        var code = (await page.Locator("[data-testid=create-rows] tr[data-testid^=person-]").First.GetAttributeAsync("data-testid"))!["person-".Length..];
        await page.Locator("[data-testid=import] summary").ClickAsync();
        await page.Locator("#upload").SetInputFilesAsync(new FilePayload
        {
            Name = "dang-ky.csv", MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes($"Mã công chức,Danh hiệu đăng ký\n{code},LDTT\nKHONG-CO,LDTT\n"),
        });
        await page.Locator("[data-testid=import-file]").ClickAsync();
        await page.Locator("[data-testid=errors]").GetByText("dòng 3").WaitForAsync();
        Assert.Contains("KHONG-CO", await page.Locator("[data-testid=errors]").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "84-dang-ky-theo-tep");
        await page.Locator("#upload").SetInputFilesAsync(new FilePayload
        {
            Name = "dang-ky.csv", MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes($"Mã công chức,Danh hiệu đăng ký\n{code},LDTT\n"),
        });
        await page.Locator("[data-testid=import-file]").ClickAsync();
        await page.Locator("[data-testid=notice]").WaitForAsync();
        Assert.Equal("Đã đăng ký theo tệp 1 dòng và gửi duyệt.", await page.Locator("[data-testid=notice]").InnerTextAsync());

        // The coverage: units and people, and who has not registered yet.
        await page.Locator("[data-testid=coverage-link]").ClickAsync();
        await page.Locator("[data-testid=coverage-units]").WaitForAsync();
        Assert.Matches(@"\d+/\d+ đơn vị", await page.Locator("[data-testid=units-share]").InnerTextAsync());
        Assert.Contains("Chưa đăng ký", await page.Locator("[data-testid=coverage-units]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Nguyễn Văn An", await page.Locator("[data-testid=not-registered]").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "83-muc-do-dang-ky");
    }
}
