using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Core.Data;
using ThiDua.Core.Shared.Security;

namespace ThiDua.IntegrationTests.Infrastructure;

public enum Db
{
    Sqlite,
    Postgres,
}

/// <summary>
/// The real app on a real database: SQLite in memory (one connection held open for the app's lifetime, as in
/// TodoApi's TodoApplication) or a fresh PostgreSQL database created for the run and dropped after. Real
/// migrations, demo mode on.
/// </summary>
public sealed partial class ThiDuaApp : WebApplicationFactory<Program>
{
    public const string PostgresVariable = "THIDUA_TEST_POSTGRES";
    public const string DemoPassword = ThiDua.Core.Demo.SeedDemoData.DemoPassword;

    private readonly SqliteConnection? _keepAlive;
    private readonly TemporaryPostgresDatabase? _postgres;
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    public ThiDuaApp(Db db, IDictionary<string, string?>? extra = null, Action<IServiceCollection>? services = null)
    {
        _services = services;
        Db = db;
        DataDirectory = Directory.CreateTempSubdirectory("thidua-test-").FullName;
        _settings = new Dictionary<string, string?>
        {
            ["Demo:Enabled"] = "true",
            ["THIDUA_DATA"] = DataDirectory,
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Security:SecureCookies"] = "false",
        };
        if (db == Db.Sqlite)
        {
            var connection = $"Data Source=thidua-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
            _keepAlive = new SqliteConnection(connection);
            _keepAlive.Open();
            _settings["Database:Provider"] = "Sqlite";
            _settings["ConnectionStrings:Default"] = connection;
        }
        else
        {
            _postgres = TemporaryPostgresDatabase.New("thidua_test_");
            _settings["Database:Provider"] = "Postgres";
            _settings["Database:MigrateOnStartup"] = "true";
            _settings["ConnectionStrings:Default"] = _postgres.ConnectionString;
        }

        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public Db Db { get; }

    public string DataDirectory { get; }

    public static string? PostgresConnection => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public string ConnectionString => _settings["ConnectionStrings:Default"]!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }

    /// <summary>A scope acting as the system, for arranging data and reading it back directly.</summary>
    public AsyncServiceScope SystemScope()
    {
        var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorScope>().Set(new SystemUser("kiểm thử"));
        return scope;
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = SystemScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signs in through the real form (antiforgery token included) and returns the cookie-carrying client.</summary>
    public async Task<HttpClient> SignInAsync(string userName, string password = DemoPassword)
    {
        var client = Browser();
        var response = await PostFormAsync(client, "/Account/Login", new() { ["Input.UserName"] = userName, ["Input.Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {userName} failed: {(int)response.StatusCode}");
        }

        return client;
    }

    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await client.GetStringAsync(formPage ?? url);
        fields["__RequestVerificationToken"] = AntiforgeryToken(page);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    public static string AntiforgeryToken(string html) =>
        TokenPattern().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException("No antiforgery token in the page.");

    /// <summary>
    /// An API client authenticated by a bearer token issued to the user, one per user and app: an account holds at most
    /// ten active tokens and many tests share the app.
    /// </summary>
    public async Task<HttpClient> ApiClientAsync(string userName, string password = DemoPassword)
    {
        await _apiClientsLock.WaitAsync();
        try
        {
            if (!_apiClients.TryGetValue(userName, out var client))
            {
                client = await NewApiClientAsync(userName, password);
                _apiClients[userName] = client;
            }

            return client;
        }
        finally
        {
            _apiClientsLock.Release();
        }
    }

    private readonly Dictionary<string, HttpClient> _apiClients = new(StringComparer.Ordinal);

    private readonly SemaphoreSlim _apiClientsLock = new(1, 1);

    /// <summary>A client with a freshly issued token (tests of tokens themselves use this one).</summary>
    public async Task<HttpClient> NewApiClientAsync(string userName, string password = DemoPassword)
    {
        var browser = await SignInAsync(userName, password);
        var response = await browser.PostAsJsonAsync("/api/v1/me/tokens", new { name = "kiểm thử " + Guid.NewGuid().ToString("N")[..6], expiresInDays = 1 });
        response.EnsureSuccessStatusCode();
        var issued = await response.Content.ReadFromJsonAsync<IssuedTokenDto>();
        var api = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", issued!.Secret);
        return api;
    }

    public sealed record IssuedTokenDto(string Secret);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
        {
            return;
        }

        _keepAlive?.Dispose();
        _postgres?.Dispose();

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
