using Microsoft.Playwright;

namespace ThiDua.BrowserTests;

/// <summary>
/// Issue "Organisation, people and their yearly records" in real Chromium: the officer records a rating on a
/// profile and sees it on the timeline, imports a file with a bad row (error table), fixes it and commits, and merges
/// two units into a new one. Screenshots of each page.
/// </summary>
[Collection("browser")]
public sealed class OrganisationTests(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task Officer_RecordsARating_ImportsAFile_AndMergesTwoUnits()
    {
        Skip.IfNot(BrowserFixture.Available, BrowserFixture.SkipReason);
        var page = await fixture.NewPageAsync();
        await fixture.SignInAsync(page, "canbo.langson");

        // A person's profile: record a rating with the keyboard-friendly form, see it on the timeline.
        await page.GotoAsync(fixture.BaseUrl + "/Search?q=nguyen%20van%20an");
        await page.Locator("[data-testid=search-results] .list-group-item a").First.ClickAsync();
        await page.Locator("[data-testid=person-name]").WaitForAsync();
        await page.GetByText("Ghi xếp loại hoặc thời gian nghỉ").ClickAsync();
        await page.Locator("#r-year").FillAsync("2020");
        await page.Locator("#r-rating").SelectOptionAsync("Htt");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu xếp loại" }).ClickAsync();
        await page.GetByText("Đã lưu xếp loại.").WaitForAsync();
        Assert.Contains("Năm 2020: Hoàn thành tốt nhiệm vụ", await page.Locator("[data-testid=timeline]").InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(page, "20-ho-so-dong-thoi-gian");

        // Import: a file with one bad row is refused with the row and column named; the fixed file commits.
        var folder = Directory.CreateTempSubdirectory("thidua-browser-import-").FullName;
        var bad = Path.Combine(folder, "cong-chuc.csv");
        await File.WriteAllTextAsync(bad, "Mã công chức,Họ và tên,Giới tính,Ngày sinh,Mã đơn vị\r\nBR-0001,Lò Thị Duyên,Nữ,31/02/1990,LSN-KV6\r\nBR-0002,Hà Văn Khánh,Nam,01/01/1988,LSN-KV6\r\n");
        await page.GotoAsync(fixture.BaseUrl + "/Organisation/Import?kind=people");
        await page.Locator("#file").SetInputFilesAsync(bad);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra tệp" }).ClickAsync();
        await page.Locator("[data-testid=import-errors]").WaitForAsync();
        Assert.Contains("31/02/1990 không phải là ngày có thật", await page.Locator("table").Last.InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(page, "21-nhap-loi");

        var good = Path.Combine(folder, "cong-chuc-da-sua.csv");
        await File.WriteAllTextAsync(good, "Mã công chức,Họ và tên,Giới tính,Ngày sinh,Mã đơn vị\r\nBR-0001,Lò Thị Duyên,Nữ,28/02/1990,LSN-KV6\r\nBR-0002,Hà Văn Khánh,Nam,01/01/1988,LSN-KV6\r\n");
        await page.Locator("#file").SetInputFilesAsync(good);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra tệp" }).ClickAsync();
        await page.Locator("[data-testid=import-preview]").WaitForAsync();
        await BrowserFixture.ScreenshotAsync(page, "22-nhap-xem-truoc");
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ghi vào hệ thống" }).ClickAsync();
        await page.Locator("[data-testid=import-done]").WaitForAsync();
        Assert.Contains("thêm 2", await page.Locator("[data-testid=import-done]").InnerTextAsync());
        Directory.Delete(folder, recursive: true);

        // The 2025-style merge: two units into a new regional office.
        foreach (var (code, name) in new[] { ("BR-CC1", "Chi cục Thi hành án dân sự huyện Thử Một"), ("BR-CC2", "Chi cục Thi hành án dân sự huyện Thử Hai") })
        {
            await page.GotoAsync(fixture.BaseUrl + "/Organisation/Units/Create");
            await page.Locator("#Input_Code").FillAsync(code);
            await page.Locator("#Input_Name").FillAsync(name);
            await page.Locator("#Input_Kind").SelectOptionAsync("REGIONAL");
            await page.Locator("#Input_ValidFrom").FillAsync("2010-01-01");
            await page.Locator("#Input_ParentId").SelectOptionAsync(new SelectOptionValue { Label = "– – Thi hành án dân sự tỉnh Lạng Sơn" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Thêm đơn vị" }).ClickAsync();
            await page.GetByText("Đã thêm đơn vị.").WaitForAsync();
        }

        await page.GotoAsync(fixture.BaseUrl + "/Organisation/Units/Reorganise");
        await page.Locator("#pred").SelectOptionAsync([new SelectOptionValue { Label = "– – – Chi cục Thi hành án dân sự huyện Thử Một" }, new SelectOptionValue { Label = "– – – Chi cục Thi hành án dân sự huyện Thử Hai" }]);
        await page.Locator("#n-code").FillAsync("BR-KV9");
        await page.Locator("#n-name").FillAsync("Phòng Thi hành án dân sự khu vực 9 (thử)");
        await page.Locator("#n-parent").SelectOptionAsync(new SelectOptionValue { Label = "– – Thi hành án dân sự tỉnh Lạng Sơn" });
        await page.Locator("#on").FillAsync("2025-07-01");
        await page.Locator("#ref").FillAsync("Quyết định số 99/QĐ-THỬ");
        await BrowserFixture.ScreenshotAsync(page, "23-sap-nhap");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thực hiện" }).ClickAsync();
        await page.Locator("[data-testid=predecessors]").WaitForAsync();
        Assert.Contains("Thử Một", await page.Locator("[data-testid=predecessors]").InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(page, "24-don-vi-ke-thua");
    }

    [SkippableFact]
    public async Task Officer_OpensTheCandidateList_AndTheWhyNotPage_FromAProfile()
    {
        Skip.IfNot(BrowserFixture.Available, BrowserFixture.SkipReason);
        var page = await fixture.NewPageAsync();
        await fixture.SignInAsync(page, "canbo.langson");
        await page.GotoAsync(fixture.BaseUrl + "/Awards/Candidates");
        Assert.Contains("Chưa có dữ liệu đăng ký thi đua", await page.ContentAsync());
        await BrowserFixture.ScreenshotAsync(page, "40-danh-sach-du-dieu-kien");

        await page.GotoAsync(fixture.BaseUrl + "/Search?q=nguyen%20van%20an");
        await page.Locator("[data-testid=search-results] .list-group-item a").First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Xét danh hiệu, khen thưởng" }).ClickAsync();
        await page.WaitForURLAsync("**/Awards/Candidates/Person/**");
        Assert.Contains("Nguyễn Văn An", await page.ContentAsync());
        await BrowserFixture.ScreenshotAsync(page, "41-vi-sao-chua-du");
    }
}
