using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Core.Data;
using ThiDua.Core.Identity;
using ThiDua.Core.Identity.Accounts;
using ThiDua.IntegrationTests.Infrastructure;

namespace ThiDua.IntegrationTests.Identity;

[Collection("app")]
public sealed partial class SignInTests(Apps apps)
{
    private const string GoodPassword = "đường lên Đồng Văn quanh co";

    private static async Task<int> CreateAccountAsync(ThiDuaApp app, string userName, Role role, string unitCode, bool demo = false)
    {
        await using var scope = app.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var unitId = await db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync();
        var result = await scope.ServiceProvider.GetRequiredService<CreateAccount>().HandleAsync(
            new CreateAccountInput(userName, "Người dùng kiểm thử", null, GoodPassword, null, [new GrantInput(role, unitId)], demo));
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value!.Id;
    }

    private static string Unique(string prefix) => prefix + "." + Guid.NewGuid().ToString("N")[..8];

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task LoginPage_IsVietnamese_AndTitledDangNhap(Db db)
    {
        var html = await apps.Get(db).Browser().GetStringAsync("/Account/Login");
        Assert.Contains("<title>Đăng nhập – ThiDua</title>", html);
        Assert.Contains("Tài khoản demo", html);
        Assert.Contains("lang=\"vi\"", html);
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task WrongPassword_GivesOneGenericMessage_AndAnAuditEvent(Db db)
    {
        var app = apps.Get(db);
        var client = app.Browser();
        var wrong = await ThiDuaApp.PostFormAsync(client, "/Account/Login", new() { ["Input.UserName"] = "canbo.langson", ["Input.Password"] = "sai mật khẩu rồi nhé" });
        var unknown = await ThiDuaApp.PostFormAsync(client, "/Account/Login", new() { ["Input.UserName"] = "khong.ton.tai", ["Input.Password"] = "sai mật khẩu rồi nhé" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var wrongText = WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync());
        var unknownText = WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync());
        Assert.Contains(ThiDua.Web.Pages.Account.LoginModel.GenericFailure, wrongText);
        Assert.Contains(ThiDua.Web.Pages.Account.LoginModel.GenericFailure, unknownText);
        Assert.True(await app.WithDbAsync(d => d.AuditEvents.AnyAsync(e => e.Action == "auth.login_failed" && e.EntityId == "khong.ton.tai")));

        // The failed attempt is cleared by a good one, so the shared demo account is not left half-locked.
        await app.SignInAsync("canbo.langson");
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task RepeatedFailures_LockTheAccount_EvenForTheRightPassword(Db db)
    {
        var app = apps.Get(db);
        var name = Unique("khoa");
        await CreateAccountAsync(app, name, Role.StaffMember, "LSN-KV2", demo: true);
        var client = app.Browser();
        for (var i = 0; i < IdentityModule.MaxFailedAttempts; i++)
        {
            await ThiDuaApp.PostFormAsync(client, "/Account/Login", new() { ["Input.UserName"] = name, ["Input.Password"] = "không phải mật khẩu này" });
        }

        var right = await ThiDuaApp.PostFormAsync(client, "/Account/Login", new() { ["Input.UserName"] = name, ["Input.Password"] = GoodPassword });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode); // stays on the form: no redirect into the app
        Assert.Contains(ThiDua.Web.Pages.Account.LoginModel.GenericFailure, WebUtility.HtmlDecode(await right.Content.ReadAsStringAsync()));
        Assert.True(await app.WithDbAsync(d => d.AuditEvents.AnyAsync(e => e.Action == "auth.locked_out" && e.EntityId == name)));
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task PasswordPolicy_LengthAndCommonList_NamedPerField(Db db)
    {
        var app = apps.Get(db);
        var api = await app.ApiClientAsync("quantri");
        var unitId = await app.WithDbAsync(d => d.Units.Where(u => u.Code == "LSN").Select(u => u.Id).SingleAsync());
        async Task<JsonElement> Create(string password)
        {
            var response = await api.PostAsJsonAsync("/api/v1/accounts", new { userName = Unique("mk"), displayName = "Kiểm thử", password, grants = new[] { new { role = "StaffMember", unitId } } });
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }

        var tooShort = await Create("ngắn quá");
        Assert.Contains("12", tooShort.GetProperty("errors").GetProperty("password")[0].GetString());
        var common = await Create("password1234");
        Assert.Contains("phổ biến", common.GetProperty("errors").GetProperty("password")[0].GetString());
        var noComposition = await Create("hoa sen nở trong đầm");
        Assert.True(noComposition.TryGetProperty("id", out _), noComposition.ToString());
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task Officers_MustEnrolTwoFactor_ThenSignInWithACode(Db db)
    {
        var app = apps.Get(db);
        var name = Unique("canbo");
        await CreateAccountAsync(app, name, Role.EmulationOfficer, "LSN");
        var client = await app.SignInAsync(name, GoodPassword);

        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("/Account/Manage/TwoFactor", home.Headers.Location!.OriginalString);
        var api = await client.GetAsync("/api/v1/organisation/units");
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);

        var enrolPage = await client.GetStringAsync("/Account/Manage/TwoFactor?required=1");
        var key = SharedKey().Match(enrolPage).Groups[1].Value;
        Assert.False(string.IsNullOrWhiteSpace(key));
        var wrong = await ThiDuaApp.PostFormAsync(client, "/Account/Manage/TwoFactor?handler=Enable", new() { ["Code"] = "000000" }, "/Account/Manage/TwoFactor");
        Assert.Contains("Mã không đúng", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()));
        var enabled = await ThiDuaApp.PostFormAsync(client, "/Account/Manage/TwoFactor?handler=Enable", new() { ["Code"] = Totp.Code(key, TimeProvider.System.GetUtcNow()) }, "/Account/Manage/TwoFactor");
        Assert.Contains("data-testid=\"recovery-codes\"", await enabled.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        // A new sign-in now needs the second factor.
        var again = app.Browser();
        var first = await ThiDuaApp.PostFormAsync(again, "/Account/Login", new() { ["Input.UserName"] = name, ["Input.Password"] = GoodPassword });
        Assert.StartsWith("/Account/LoginWith2fa", first.Headers.Location!.OriginalString);
        var second = await ThiDuaApp.PostFormAsync(again, "/Account/LoginWith2fa", new() { ["Code"] = Totp.Code(key, TimeProvider.System.GetUtcNow()) });
        Assert.Equal("/", second.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/")).StatusCode);
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task DisabledAccount_CannotSignIn_AndItsSessionEnds(Db db)
    {
        var app = apps.Get(db);
        var name = Unique("nghi");
        var id = await CreateAccountAsync(app, name, Role.StaffMember, "LSN-KV3", demo: true);
        var session = await app.SignInAsync(name, GoodPassword);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/")).StatusCode);

        var admin = await app.ApiClientAsync("quantri");
        (await admin.PostAsync($"/api/v1/accounts/{id}/disable", null)).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/")).StatusCode);
        var retry = await ThiDuaApp.PostFormAsync(app.Browser(), "/Account/Login", new() { ["Input.UserName"] = name, ["Input.Password"] = GoodPassword });
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task ApiToken_ActsAsItsOwner_UntilRevoked(Db db)
    {
        var app = apps.Get(db);
        var browser = await app.SignInAsync("canbo.langson");
        var issued = await (await browser.PostAsJsonAsync("/api/v1/me/tokens", new { name = "Hệ thống báo cáo", expiresInDays = 30 })).Content.ReadFromJsonAsync<JsonElement>();
        var secret = issued.GetProperty("secret").GetString()!;
        var tokenId = issued.GetProperty("token").GetProperty("id").GetInt32();
        Assert.StartsWith("tdk_", secret);
        Assert.False(await app.WithDbAsync(d => d.ApiTokens.AnyAsync(t => t.Hash == secret)));

        var api = app.CreateClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        var me = await api.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal("EmulationOfficer", me.GetProperty("grants")[0].GetProperty("role").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync("/api/v1/me/tokens", new { name = "x" })).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await browser.DeleteAsync($"/api/v1/me/tokens/{tokenId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/me")).StatusCode);
        var garbage = app.CreateClient();
        garbage.DefaultRequestHeaders.Authorization = new("Bearer", "tdk_khong-hop-le");
        Assert.Equal(HttpStatusCode.Unauthorized, (await garbage.GetAsync("/api/v1/organisation/units")).StatusCode);
    }

    [SkippableTheory]
    [ClassData(typeof(Databases))]
    public async Task Logout_EndsTheSession(Db db)
    {
        var client = await apps.Get(db).SignInAsync("lanhdao.langson");
        var response = await ThiDuaApp.PostFormAsync(client, "/Account/Logout", [], formPage: "/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var home = await client.GetAsync("/");
        Assert.StartsWith("http://localhost/Account/Login", home.Headers.Location!.ToString());
    }

    [GeneratedRegex("data-testid=\"shared-key\">([^<]+)<")]
    private static partial Regex SharedKey();
}
