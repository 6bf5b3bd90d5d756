using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThiDua.IntegrationTests.Infrastructure;

namespace ThiDua.IntegrationTests.Organisation;

[Collection("app")]
public sealed class OrganisationTests(Apps apps)
{
    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task DemoProvince_IsSeeded_WithRealisticStaff(Db db)
    {
        var app = apps.Get(db);
        var (units, people, women, leaders, accounts) = await app.WithDbAsync(async d => (
            await d.Units.CountAsync(),
            await d.People.CountAsync(),
            await d.People.CountAsync(p => p.Gender == ThiDua.Core.Organisation.Gender.F),
            await d.People.CountAsync(p => p.IsLeader),
            await d.Users.Where(u => u.IsDemo).Select(u => u.UserName!).ToListAsync()));
        Assert.InRange(units, 20, 40);
        Assert.InRange(people, 180, 320);
        Assert.InRange(women, people / 4, people * 3 / 4);
        Assert.InRange(leaders, 10, people / 3);
        // Other tests add demo-flagged accounts of their own; every seeded one must be there.
        Assert.Superset(ThiDua.Core.Demo.SeedDemoData.Accounts.Select(a => a.UserName).ToHashSet(), accounts.ToHashSet());
        var langSonOffices = await app.WithDbAsync(d => d.Units.Where(u => u.Code.StartsWith("LSN-KV")).Select(u => u.Code).ToListAsync());
        Assert.Equal(Enumerable.Range(1, 8).Select(i => $"LSN-KV{i}").ToHashSet(), langSonOffices.ToHashSet());
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task Search_WithoutDiacritics_FindsVietnameseName(Db db)
    {
        var api = await apps.Get(db).ApiClientAsync("canbo.langson");
        var result = await api.GetFromJsonAsync<JsonElement>("/api/v1/search?q=nguyen%20van%20an");
        var first = result.GetProperty("people")[0];
        Assert.Equal("Nguyễn Văn An", first.GetProperty("title").GetString());

        var upper = await api.GetFromJsonAsync<JsonElement>("/api/v1/search?q=NGUYỄN%20VĂN%20AN");
        Assert.Equal("Nguyễn Văn An", upper.GetProperty("people")[0].GetProperty("title").GetString());
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task PeopleList_IsPaged_AndFiltered(Db db)
    {
        var api = await apps.Get(db).ApiClientAsync("canbo.langson");
        var page = await api.GetFromJsonAsync<JsonElement>("/api/v1/organisation/people?size=10&page=2");
        Assert.Equal(10, page.GetProperty("items").GetArrayLength());
        Assert.Equal(2, page.GetProperty("pageNumber").GetInt32());
        var total = page.GetProperty("total").GetInt32();
        Assert.True(total > 100);

        var women = await api.GetFromJsonAsync<JsonElement>("/api/v1/organisation/people?gender=F&size=200");
        Assert.All(women.GetProperty("items").EnumerateArray(), p => Assert.Equal("F", p.GetProperty("gender").GetString()));
        var leaders = await api.GetFromJsonAsync<JsonElement>("/api/v1/organisation/people?leader=true&size=200");
        Assert.All(leaders.GetProperty("items").EnumerateArray(), p => Assert.True(p.GetProperty("isLeader").GetBoolean()));
        Assert.True(leaders.GetProperty("total").GetInt32() < total);
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task UnitPage_ShowsDatesInVietnameseFormat_AndBreadcrumbs(Db db)
    {
        var app = apps.Get(db);
        var browser = await app.SignInAsync("canbo.langson");
        var id = await app.WithDbAsync(d => d.Units.Where(u => u.Code == "LSN-KV1").Select(u => u.Id).SingleAsync());
        var html = await browser.GetStringAsync($"/Organisation/Units/Details/{id}");
        Assert.Contains("01/07/2025", html);
        Assert.Contains("breadcrumb", html);
        Assert.Contains("Thi hành án dân sự tỉnh Lạng Sơn", html);
        Assert.Contains("Nguyễn Văn An", html);
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task EnglishSwitch_TranslatesTheInterface(Db db)
    {
        var app = apps.Get(db);
        var browser = await app.SignInAsync("canbo.langson");
        var response = await ThiDuaApp.PostFormAsync(browser, "/Culture", new() { ["culture"] = "en-GB", ["returnUrl"] = "/" }, formPage: "/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await browser.GetStringAsync("/");
        Assert.Contains("Overview", html);
        Assert.Contains("Sign out", html);
        await ThiDuaApp.PostFormAsync(browser, "/Culture", new() { ["culture"] = "vi-VN", ["returnUrl"] = "/" }, formPage: "/");
        Assert.Contains("Tổng quan", await browser.GetStringAsync("/"));
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task Dashboard_ShowsTheScopeOfTheUser(Db db)
    {
        var app = apps.Get(db);
        var langSon = await app.WithDbAsync(d => d.People.CountAsync(p => p.Unit.Path.StartsWith(d.Units.Single(u => u.Code == "LSN").Path)));
        var html = await (await app.SignInAsync("canbo.langson")).GetStringAsync("/");
        Assert.Contains($"data-testid=\"people-count\">{ThiDua.Core.Shared.VietnameseFormat.Number(langSon)}<", html);
        Assert.DoesNotContain("Hà Nội", html);
    }
}
