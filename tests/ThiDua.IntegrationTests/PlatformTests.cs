using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ThiDua.IntegrationTests.Infrastructure;

namespace ThiDua.IntegrationTests;

[Collection("app")]
public sealed class PlatformTests(Apps apps)
{
    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task Health_LiveAndReady(Db db)
    {
        var client = apps.Get(db).CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task SecurityHeaders_AreSet(Db db)
    {
        var response = await apps.Get(db).Browser().GetAsync("/Account/Login");
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.True(response.Headers.Contains("Referrer-Policy"));
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task FormPost_WithoutAntiforgeryToken_IsRefused(Db db)
    {
        var client = apps.Get(db).Browser();
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.UserName"] = "quantri", ["Input.Password"] = ThiDuaApp.DemoPassword }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task OversizedRequest_Gets413(Db db)
    {
        var api = await apps.Get(db).ApiClientAsync("quantri");
        var body = new ByteArrayContent(new byte[21 * 1024 * 1024]);
        body.Headers.ContentType = new("application/json");
        var response = await api.PostAsync("/api/v1/accounts", body);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task UnknownRoute_GivesFriendlyVietnamese404_PageAndProblemJson(Db db)
    {
        var app = apps.Get(db);
        var browser = await app.SignInAsync("canbo.langson");
        var page = await browser.GetAsync("/khong-co-trang-nay");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Không tìm thấy trang", html);
        Assert.DoesNotContain("Exception", html);

        var api = await browser.GetAsync("/api/v1/organisation/units/999999");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        var problem = await api.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("phạm vi", problem.GetProperty("title").GetString());
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task ApiWithoutCredentials_Gets401_NotARedirect(Db db)
    {
        var response = await apps.Get(db).Browser().GetAsync("/api/v1/organisation/units");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task OpenApi_DescribesTheApi(Db db)
    {
        var client = apps.Get(db).CreateClient();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/organisation/units", out _));
        Assert.True(paths.TryGetProperty("/api/v1/accounts", out _));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/scalar")).StatusCode);
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task ValidationErrors_NameTheFieldInVietnamese(Db db)
    {
        var client = apps.Get(db).Browser();
        var response = await ThiDuaApp.PostFormAsync(client, "/Account/Login", new() { ["Input.UserName"] = "", ["Input.Password"] = "" });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Vui lòng nhập tên đăng nhập.", html);
        Assert.Contains("Vui lòng nhập mật khẩu.", html);
    }
}

/// <summary>A database that is down at start-up: the app says so, keeps serving, and /health/ready fails.</summary>
public sealed class DatabaseDownTests
{
    [Fact]
    public async Task PostgresDown_AppStarts_LiveOk_ReadyFails()
    {
        using var app = new DownApp();
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [SkippableFact]
    public async Task Postgres_ReadyRecovers_WhenTheDatabaseComesBack()
    {
        Skip.If(ThiDuaApp.PostgresConnection is null, Apps.PostgresSkipReason);
        using var database = TemporaryPostgresDatabase.New("thidua_late_", create: false);
        using var app = new DownApp(database.ConnectionString);
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);

        database.Create();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    private sealed class DownApp(string connection = "Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none;Timeout=2")
        : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            builder.UseSetting("Database:Provider", "Postgres");
            builder.UseSetting("ConnectionStrings:Default", connection);
            builder.UseSetting("Demo:Enabled", "false");
            builder.UseSetting("THIDUA_DATA", Path.Combine(Path.GetTempPath(), "thidua-down-" + Guid.NewGuid().ToString("N")));
        }
    }
}
