using Microsoft.Playwright;
using ThiDua.Core.Documents;

namespace ThiDua.BrowserTests;

/// <summary>
/// A proposal in real Chromium: the province's officer opens the candidate list, proposes an eligible officer, downloads
/// the generated drafts of the letter and the achievement report, uploads them and the minutes, and submits; the
/// Cục's officer sees the bell, opens the inbox (overdue rows highlighted), receives, reviews, records the council's
/// vote and approves. Screenshots p0–p7.
/// </summary>
[Collection("browser")]
public sealed class ProposalTests(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task AnOfficer_ProposesFromTheCandidateList_AndTheSuperiorApproves()
    {
        Skip.IfNot(BrowserFixture.Available, BrowserFixture.SkipReason);
        var officer = await fixture.NewPageAsync();
        officer.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await fixture.SignInAsync(officer, "canbo.langson");

        // The candidate list offers "Lập đề nghị" on eligible rows; the demo already proposed the first few.
        await officer.GotoAsync(fixture.BaseUrl + "/Awards/Candidates?target=LDTT&outcome=ELIGIBLE");
        await officer.Locator("[data-testid=candidates]").WaitForAsync();
        await BrowserFixture.ScreenshotAsync(officer, "p0-danh-sach-du-dieu-kien");
        Assert.True(await officer.Locator("[data-testid=proposed]").CountAsync() >= 3, "the demo's proposals are linked from the list instead of offered again");
        await officer.Locator("[data-testid=propose]").Nth(3).ClickAsync();
        await officer.GetByRole(AriaRole.Heading, new() { Name = "Lập đề nghị khen thưởng" }).WaitForAsync();
        var name = await officer.Locator("[data-testid=subject-name]").InnerTextAsync();
        Assert.False(string.IsNullOrWhiteSpace(name));
        await BrowserFixture.ScreenshotAsync(officer, "p1-lap-de-nghi");
        await officer.Locator("[data-testid=save]").ClickAsync();
        await officer.Locator("[data-testid=proposal-title]").WaitForAsync();
        Assert.Equal("Dự thảo", await officer.Locator("[data-testid=proposal-status]").InnerTextAsync());
        Assert.Equal(3, await officer.Locator("[data-testid=dossier] .badge.text-bg-warning").CountAsync());
        var url = officer.Url;

        // The drafts come from the data; the officer edits them and uploads them back, with the minutes' scan.
        var letter = await officer.RunAndWaitForDownloadAsync(() => officer.Locator("[data-testid=draft-letter]").ClickAsync());
        var report = await officer.RunAndWaitForDownloadAsync(() => officer.Locator("[data-testid=draft-report]").ClickAsync());
        Assert.EndsWith(".docx", letter.SuggestedFilename, StringComparison.Ordinal);
        var letterPath = Path.Combine(Path.GetTempPath(), "to-trinh-" + Guid.NewGuid().ToString("N")[..6] + ".docx");
        var reportPath = Path.Combine(Path.GetTempPath(), "bao-cao-" + Guid.NewGuid().ToString("N")[..6] + ".docx");
        await letter.SaveAsAsync(letterPath);
        await report.SaveAsAsync(reportPath);
        var minutesPath = Path.Combine(Path.GetTempPath(), "bien-ban-" + Guid.NewGuid().ToString("N")[..6] + ".pdf");
        await File.WriteAllBytesAsync(minutesPath, PdfRenderer.Render(SampleDocuments.Plan()));

        // A wrong file first: refused, naming it.
        var fakePath = Path.Combine(Path.GetTempPath(), "bien-ban-gia.pdf");
        await File.WriteAllTextAsync(fakePath, "MZ đây không phải PDF");
        await officer.Locator("#file-BIEN_BAN").SetInputFilesAsync(fakePath);
        await officer.Locator("[data-testid=upload-BIEN_BAN]").ClickAsync();
        await officer.Locator("[data-testid=errors]:has-text('bien-ban-gia.pdf')").WaitForAsync();

        foreach (var (item, path) in new[] { ("TO_TRINH", letterPath), ("BAO_CAO_THANH_TICH", reportPath), ("BIEN_BAN", minutesPath) })
        {
            await officer.Locator($"#file-{item}").SetInputFilesAsync(path);
            await officer.Locator($"[data-testid=upload-{item}]").ClickAsync();
            await officer.Locator("[role=status]:has-text('Đã tải lên tệp hồ sơ')").WaitForAsync();
        }

        Assert.Equal(0, await officer.Locator("[data-testid=dossier] .badge.text-bg-warning").CountAsync());
        await BrowserFixture.ScreenshotAsync(officer, "p2-ho-so-day-du");
        await officer.Locator("[data-testid=step-SUBMIT]").ClickAsync();
        await officer.Locator("[data-testid=proposal-status]:has-text('Đã trình')").WaitForAsync();
        Assert.Contains("Hạn xử lý", await officer.Locator("[data-testid=due]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await officer.Locator("[data-testid=steps]").CountAsync());
        await BrowserFixture.ScreenshotAsync(officer, "p3-da-trinh");

        // The Cục's officer: the bell, the inbox with the overdue demo proposal highlighted, then the review.
        var central = await fixture.NewPageAsync();
        central.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await fixture.SignInAsync(central, "canbo.cuc");
        Assert.True(int.Parse(await central.Locator("[data-testid=unread]").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        await central.Locator("[data-testid=bell]").ClickAsync();
        await central.Locator("[data-testid=notifications]").WaitForAsync();
        Assert.Contains(name.Trim(), await central.Locator("[data-testid=notifications]").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(central, "p4-thong-bao");
        await central.GotoAsync(fixture.BaseUrl + "/Awards/Proposals?inbox=true");
        await central.Locator("[data-testid=proposals]").WaitForAsync();
        Assert.True(await central.Locator("tr.td-overdue").CountAsync() >= 1);
        await BrowserFixture.ScreenshotAsync(central, "p5-ho-so-gui-cuc");

        await central.GotoAsync(url);
        await central.Locator("[data-testid=step-RECEIVE]").ClickAsync();
        await central.Locator("[data-testid=proposal-status]:has-text('Đã tiếp nhận')").WaitForAsync();
        await central.Locator("[data-testid=step-START_REVIEW]").ClickAsync();
        await central.Locator("[data-testid=proposal-status]:has-text('Đang thẩm định')").WaitForAsync();
        Assert.Contains("Chưa có kết quả bỏ phiếu", await central.Locator("[data-testid=approval-problems]").InnerTextAsync(), StringComparison.Ordinal);
        await central.GetByLabel("Số thành viên").FillAsync("9");
        await central.GetByLabel("Số phiếu cần đạt").FillAsync("5");
        await central.GetByLabel("Số phiếu đồng ý").FillAsync("8");
        await central.GetByLabel("Số biên bản phiên họp").FillAsync("BB-HĐTĐKT-03");
        await central.Locator("[data-testid=council-save]").ClickAsync();
        await central.Locator("[role=status]:has-text('Đã ghi kết quả Hội đồng')").WaitForAsync();
        await BrowserFixture.ScreenshotAsync(central, "p6-dang-tham-dinh");
        await central.Locator("[data-testid=step-APPROVE]").ClickAsync();
        await central.Locator("[data-testid=proposal-status]:has-text('Đã phê duyệt')").WaitForAsync();
        Assert.Contains("8/9", await central.Locator("[data-testid=council]").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(central, "p7-da-phe-duyet");

        // The drafts as PDF, kept next to the screenshots to be looked at as an officer would.
        foreach (var (kind, file) in new[] { ("letter", "p8-to-trinh.pdf"), ("report", "p9-bao-cao-thanh-tich.pdf") })
        {
            var response = await central.APIRequest.GetAsync($"{url.Replace("/Awards/Proposals/Details/", "/api/v1/proposals/", StringComparison.Ordinal)}/drafts/{kind}?format=pdf");
            Assert.Equal(200, response.Status);
            var bytes = await response.BodyAsync();
            Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5), StringComparison.Ordinal);
            await File.WriteAllBytesAsync(Path.Combine(BrowserFixture.ScreenshotDirectory, file), bytes);
        }

        // The proposing officer is told.
        await officer.GotoAsync(fixture.BaseUrl + "/Notifications");
        Assert.Contains("phê duyệt", await officer.Locator("[data-testid=notifications]").InnerTextAsync(), StringComparison.Ordinal);
    }
}
