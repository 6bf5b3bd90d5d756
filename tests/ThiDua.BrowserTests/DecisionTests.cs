using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ThiDua.Core.Data;

namespace ThiDua.BrowserTests;

/// <summary>
/// An award decision in real Chromium: the province's officer drafts a Giấy khen for two people and an office of
/// LSN-KV7, finding them by code and by a name typed without diacritics, and previews the draft (PDF and Word, marked
/// DỰ THẢO); the leader issues it (confirmed); the PDF is
/// downloaded (kept beside the screenshots, to be looked at); the awardee's profile shows the award.
/// </summary>
[Collection("browser")]
public sealed class DecisionTests(BrowserFixture fixture)
{
    [SkippableFact]
    public async Task AnOfficerDrafts_ALeaderIssues_ThePdfIsDownloaded_AndTheProfileShowsTheAward()
    {
        Skip.IfNot(BrowserFixture.Available, BrowserFixture.SkipReason);
        var people = await PeopleAsync();
        var officer = await fixture.NewPageAsync();
        officer.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await fixture.SignInAsync(officer, "canbo.langson");

        // From the navigation to the draft form.
        await officer.Locator(".td-nav a:has-text('Khen thưởng')").ClickAsync();
        await officer.GetByRole(AriaRole.Link, new() { Name = "Quyết định khen thưởng", Exact = true }).ClickAsync();
        await officer.GetByRole(AriaRole.Heading, new() { Name = "Quyết định khen thưởng" }).WaitForAsync();
        await officer.Locator("[data-testid=draft]").ClickAsync();
        await officer.Locator("[data-testid=achievement]").FillAsync("xuất sắc trong đợt thi đua cao điểm giải quyết án tồn đọng năm 2026");
        await officer.Locator("#Input_SignerForm").SelectOptionAsync("KT");
        await officer.Locator("#Input_SignerPrincipal").FillAsync("Trưởng");
        await officer.Locator("[data-testid=signer-position]").FillAsync("Phó Trưởng Thi hành án dân sự tỉnh");
        await officer.Locator("[data-testid=signer-name]").FillAsync("Hoàng Văn Nghĩa");
        await officer.Locator("[data-testid=line-0]").FillAsync(people[0].Code);
        await officer.Locator("[data-testid=line-1]").FillAsync(people[1].Code);
        await officer.Locator("[data-testid=line-2]").FillAsync("LSN-KV7");

        // The picker offers a person typed without diacritics.
        var folded = ThiDua.Core.Shared.SearchText.Fold(people[0].Name);
        Assert.True(await officer.Locator($"#td-awardees option[value='{people[0].Code}']").CountAsync() == 1);
        Assert.Contains(folded, await officer.Locator($"#td-awardees option[value='{people[0].Code}']").TextContentAsync() ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains(people[1].Name, await officer.Locator("[data-testid=awardees] tbody tr").Nth(1).InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(officer, "d0-soan-quyet-dinh");
        await officer.Locator("[data-testid=save]").ClickAsync();
        await officer.Locator("[data-testid=decision-title]").WaitForAsync();
        Assert.Equal("Dự thảo", await officer.Locator("[data-testid=decision-status]").InnerTextAsync());
        Assert.Equal(3, await officer.Locator("[data-testid=lines] tbody tr").CountAsync());
        Assert.Contains("2.840.000", await officer.Locator("[data-testid=total]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await officer.Locator("[data-testid=issue]").CountAsync()); // an officer does not issue
        Assert.Equal("Xem dự thảo (Word)", (await officer.Locator("[data-testid=preview-docx]").InnerTextAsync()).Trim());
        Assert.Equal(0, await officer.Locator("[data-testid=pdf]").CountAsync()); // no numbered document before it is issued
        await BrowserFixture.ScreenshotAsync(officer, "d0-quyet-dinh-du-thao");

        // The officer previews the draft (PDF and Word): downloaded as "du-thao-…", kept for a look.
        var preview = await officer.RunAndWaitForDownloadAsync(() => officer.Locator("[data-testid=preview-pdf]").ClickAsync());
        Assert.StartsWith("du-thao-quyet-dinh-", preview.SuggestedFilename, StringComparison.Ordinal);
        var previewPath = Path.Combine(BrowserFixture.ScreenshotDirectory, "d0-du-thao-quyet-dinh.pdf");
        await preview.SaveAsAsync(previewPath);
        var previewBytes = await File.ReadAllBytesAsync(previewPath);
        Assert.True(previewBytes.Length > 1000 && previewBytes[0] == '%' && previewBytes[1] == 'P', "the preview is a PDF");
        var previewWord = await officer.RunAndWaitForDownloadAsync(() => officer.Locator("[data-testid=preview-docx]").ClickAsync());
        Assert.Matches(@"^du-thao-quyet-dinh-\d+-lsn\.docx$", previewWord.SuggestedFilename);
        var url = officer.Url;

        // The edit page offers the same preview of the saved draft.
        await officer.Locator("[data-testid=edit]").ClickAsync();
        await officer.Locator("[data-testid=decision-form]").WaitForAsync();
        Assert.Equal("Xem dự thảo (PDF)", (await officer.Locator("[data-testid=preview-pdf]").InnerTextAsync()).Trim());
        await officer.Locator("[data-testid=save]").ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ScreenshotAsync(officer, "d0-sua-du-thao");

        // The leader issues it, confirming.
        var leader = await fixture.NewPageAsync();
        var confirmations = 0;
        leader.Dialog += async (_, dialog) =>
        {
            confirmations++;
            await dialog.AcceptAsync();
        };
        await fixture.SignInAsync(leader, "lanhdao.langson");
        await leader.GotoAsync(url);
        await leader.Locator("[data-testid=issue-button]").ClickAsync();
        await leader.Locator("[data-testid=decision-status]:has-text('Đã ban hành')").WaitForAsync();
        Assert.Equal(1, confirmations);
        var title = await leader.Locator("[data-testid=decision-title]").InnerTextAsync();
        Assert.Matches(@"Quyết định số \d{2,}/QĐ-THADS", title);
        var notation = title["Quyết định số ".Length..].Trim();
        Assert.Equal(0, await leader.Locator("[data-testid=preview-pdf]").CountAsync()); // issued: the numbered document instead
        await BrowserFixture.ScreenshotAsync(leader, "d1-quyet-dinh-da-ban-hanh");

        // The PDF, downloaded as the officer would, kept for a look.
        var download = await leader.RunAndWaitForDownloadAsync(() => leader.Locator("[data-testid=pdf]").ClickAsync());
        var pdf = Path.Combine(BrowserFixture.ScreenshotDirectory, "d2-quyet-dinh.pdf");
        await download.SaveAsAsync(pdf);
        var bytes = await File.ReadAllBytesAsync(pdf);
        Assert.True(bytes.Length > 1000 && bytes[0] == '%' && bytes[1] == 'P', "the download is a PDF");
        var certificates = await leader.RunAndWaitForDownloadAsync(() => leader.Locator("[data-testid=certificates]").ClickAsync());
        await certificates.SaveAsAsync(Path.Combine(BrowserFixture.ScreenshotDirectory, "d3-bang-khen.pdf"));

        // The awardee's profile shows the award with the decision's number.
        await officer.GotoAsync($"{fixture.BaseUrl}/Organisation/People/Details/{people[0].Id}");
        await officer.GetByText(notation).First.WaitForAsync();
        await BrowserFixture.ScreenshotAsync(officer, "d4-ho-so-ca-nhan");

        // The list finds it by a name typed without diacritics.
        await officer.GotoAsync($"{fixture.BaseUrl}/Awards/Decisions?q=" + Uri.EscapeDataString(folded));
        Assert.Contains(notation, await officer.Locator("[data-testid=decisions]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await officer.Locator(".validation-summary-errors").CountAsync());
        await BrowserFixture.ScreenshotAsync(officer, "d5-danh-sach-quyet-dinh");
    }

    private async Task<List<(int Id, string Code, string Name)>> PeopleAsync()
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var rows = await db.People.AsNoTracking().Where(p => p.Unit.Code == "LSN-KV7" && !p.IsLeader).OrderBy(p => p.Code).Take(2)
            .Select(p => new { p.Id, p.Code, p.FullName }).ToListAsync();
        return rows.Select(r => (r.Id, r.Code, r.FullName)).ToList();
    }
}
