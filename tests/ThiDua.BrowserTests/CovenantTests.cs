using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ThiDua.Core.Data;
using ThiDua.Core.Identity;
using ThiDua.Core.Identity.Accounts;
using ThiDua.Core.Organisation.Clusters;
using ThiDua.Core.Shared;
using ThiDua.Core.Shared.Security;

namespace ThiDua.BrowserTests;

/// <summary>
/// A cluster covenant in real Chromium: the province's officer drafts it for a cluster of three regional offices and
/// opens it; each office's leader signs it with their password; the officer records the mid-year review and starts
/// the scoring; each leader scores the two others and votes; the officer closes the year and the ranking shows the
/// leading unit.
/// </summary>
[Collection("browser")]
public sealed class CovenantTests(BrowserFixture fixture)
{
    private static readonly string[] Offices = ["LSN-KV4", "LSN-KV5", "LSN-KV6"];

    [SkippableFact]
    public async Task AClusterCovenant_IsSignedByEveryMember_ScoredAcross_AndVoted()
    {
        Skip.IfNot(BrowserFixture.Available, BrowserFixture.SkipReason);
        var (clusterName, leaders) = await ArrangeAsync();
        var officer = await fixture.NewPageAsync();
        var confirmations = 0;
        officer.Dialog += async (_, dialog) =>
        {
            confirmations++;
            await dialog.AcceptAsync();
        };
        await fixture.SignInAsync(officer, "canbo.langson");

        // Drafting from the navigation, with the sector's usual commitments and criteria prefilled.
        await officer.GetByRole(AriaRole.Link, new() { Name = "Đăng ký & giao ước" }).ClickAsync();
        await officer.GetByRole(AriaRole.Link, new() { Name = "Giao ước thi đua", Exact = true }).ClickAsync();
        await officer.GetByRole(AriaRole.Heading, new() { Name = "Giao ước thi đua" }).WaitForAsync();
        await officer.Locator("[data-testid=draft]").ClickAsync();
        await officer.Locator("#Input_ClusterId").SelectOptionAsync(new SelectOptionValue { Label = clusterName });
        await officer.Locator("#Input_Title").FillAsync("Giao ước thi đua của " + clusterName);
        await officer.Locator("[data-testid=save]").ClickAsync();
        await officer.Locator("[data-testid=covenant-title]").WaitForAsync();
        var url = officer.Url;
        Assert.Equal("Dự thảo", await officer.Locator("[data-testid=covenant-status]").InnerTextAsync());
        Assert.Equal(5, await officer.Locator("[data-testid=commitments] tbody tr").CountAsync());
        await officer.GetByRole(AriaRole.Button, new() { Name = "Mở ký kết" }).ClickAsync();
        await officer.Locator("[data-testid=covenant-status]:has-text('Đang ký kết')").WaitForAsync();
        Assert.Equal(1, confirmations);
        Assert.Contains("0/3 đơn vị đã ký", await officer.Locator("[data-testid=signed-summary]").InnerTextAsync(), StringComparison.Ordinal);

        // Each office's leader signs with their password, from their own session.
        var pages = new Dictionary<string, IPage>();
        foreach (var (code, user) in leaders)
        {
            var page = await fixture.NewPageAsync();
            page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
            await fixture.SignInAsync(page, user);
            await page.GotoAsync(url);
            await page.Locator("#Form_Password").FillAsync(ThiDua.Core.Demo.SeedDemoData.DemoPassword);
            await page.Locator("[data-testid=sign]").ClickAsync();
            await page.Locator("[role=status]:has-text('Đã ký giao ước')").WaitForAsync();
            Assert.Equal(0, await page.Locator("[data-testid=sign-form]").CountAsync());
            pages[code] = page;
        }

        await officer.ReloadAsync();
        Assert.Equal("Đã ký kết", await officer.Locator("[data-testid=covenant-status]").InnerTextAsync());
        Assert.Contains("3/3 đơn vị đã ký", await officer.Locator("[data-testid=signed-summary]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await officer.Locator("[data-testid=signatures] .badge.text-bg-warning").CountAsync());
        Assert.Contains("Lãnh đạo LSN-KV6", await officer.Locator("[data-testid=signatures]").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(officer, "40-giao-uoc-da-ky");

        // Mid-year review, then the year-end scoring.
        await officer.GetByLabel("% kế hoạch, cam kết 1").FillAsync("52");
        await officer.GetByLabel("Nhận xét, cam kết 1").FillAsync("Đúng tiến độ");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Ghi sơ kết" }).ClickAsync();
        await officer.Locator("[data-testid=covenant-status]:has-text('Đã sơ kết giữa năm')").WaitForAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Bắt đầu chấm điểm, suy tôn" }).ClickAsync();
        await officer.Locator("[data-testid=score-matrix]").WaitForAsync();

        // Each leader scores the two others on every criterion (KV4 highest) and votes for KV4 (KV4 for KV5).
        foreach (var (code, page) in pages)
        {
            await page.ReloadAsync();
            foreach (var other in Offices.Where(o => o != code))
            {
                await page.Locator("#scored").SelectOptionAsync(new SelectOptionValue { Label = await UnitNameAsync(other) });
                await page.GetByRole(AriaRole.Button, new() { Name = "Chọn", Exact = true }).ClickAsync();
                await page.Locator("[data-testid=score]").WaitForAsync();
                var inputs = page.Locator("[data-testid=score-form] input[type=number]");
                var count = await inputs.CountAsync();
                for (var i = 0; i < count; i++)
                {
                    var max = decimal.Parse(await inputs.Nth(i).GetAttributeAsync("max") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
                    var points = other == "LSN-KV4" ? max : max * 0.8m;
                    await inputs.Nth(i).FillAsync(points.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture));
                }

                await page.Locator("[data-testid=score]").ClickAsync();
                await page.Locator("[role=status]:has-text('Đã ghi điểm')").WaitForAsync();
            }

            if (code == "LSN-KV6")
            {
                await BrowserFixture.ScreenshotAsync(page, "41-giao-uoc-lanh-dao-cham-diem");
            }

            var choice = code == "LSN-KV4" ? "LSN-KV5" : "LSN-KV4";
            await page.Locator("[data-testid=vote-form]").GetByLabel(await UnitNameAsync(choice)).CheckAsync();
            await page.Locator("[data-testid=vote]").ClickAsync();
            await page.Locator("[role=status]:has-text('Đã ghi phiếu')").WaitForAsync();
        }

        await officer.ReloadAsync();
        Assert.Equal(0, await officer.Locator("[data-testid=score-matrix] td.table-warning").CountAsync());
        Assert.Equal(0, await officer.Locator("[data-testid=open-problems]").CountAsync());
        await BrowserFixture.ScreenshotAsync(officer, "42-giao-uoc-cham-diem");

        await officer.Locator("[data-testid=close]").ClickAsync();
        await officer.Locator("[data-testid=covenant-status]:has-text('Đã tổng kết')").WaitForAsync();
        var first = officer.Locator("[data-testid=ranking] tbody tr").First;
        Assert.Contains(await UnitNameAsync("LSN-KV4"), await first.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Dẫn đầu", await first.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("đồng hạng 2", await officer.Locator("[data-testid=ranking]").InnerTextAsync(), StringComparison.Ordinal);
        await officer.Locator("[data-testid=ranking]").ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ScreenshotAsync(officer, "43-giao-uoc-xep-hang-suy-ton");
    }

    private async Task<string> UnitNameAsync(string code)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Units.Where(u => u.Code == code).Select(u => u.Name).SingleAsync();
    }

    /// <summary>A cluster of three regional offices this year (KV4 heads it) and a leader account on each, with the demo password.</summary>
    private async Task<(string ClusterName, List<(string Code, string User)> Leaders)> ArrangeAsync()
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorScope>().Set(new SystemUser("kiểm thử trình duyệt"));
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var year = scope.ServiceProvider.GetRequiredService<EmulationCalendar>().CurrentYear;
        var units = await db.Units.Where(u => Offices.Contains(u.Code)).ToDictionaryAsync(u => u.Code, u => u.Id);
        var owner = await db.Units.Where(u => u.Code == "LSN").Select(u => u.Id).SingleAsync();
        const string name = "Cụm giao ước các phòng khu vực 4–6";
        var cluster = new Cluster("CUM-GU-KV46", name, ClusterKind.CLUSTER, owner);
        db.Clusters.Add(cluster);
        await db.SaveChangesAsync();
        db.ClusterMembers.AddRange(Offices.Select((code, i) => new ClusterMember(cluster.Id, year, units[code], i == 0 ? ClusterRole.HEAD : ClusterRole.MEMBER, i + 1)));
        await db.SaveChangesAsync();
        var create = scope.ServiceProvider.GetRequiredService<CreateAccount>();
        var leaders = new List<(string, string)>();
        foreach (var code in Offices)
        {
            var user = "lanhdao." + code.ToLowerInvariant();
            var result = await create.HandleAsync(new CreateAccountInput(user, "Lãnh đạo " + code, null, ThiDua.Core.Demo.SeedDemoData.DemoPassword, null,
                [new GrantInput(Role.UnitLeader, units[code])], IsDemo: true));
            Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
            leaders.Add((code, user));
        }

        return (name, leaders);
    }
}
