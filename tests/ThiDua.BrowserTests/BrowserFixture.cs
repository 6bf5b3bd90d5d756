using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ThiDua.BrowserTests;

/// <summary>
/// A real Kestrel server on a loopback port (demo mode, SQLite) and Debian's Chromium driven by Playwright .NET.
/// Without /usr/bin/chromium the tests are skipped with that reason; Playwright's own browser download is never used.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string SkipReason = "Browser tier skipped: /usr/bin/chromium is not installed (scripts/test-all.sh installs Debian's chromium).";

    private readonly SqliteConnection _keepAlive;
    private readonly KestrelApp _app;
    private IPlaywright? _playwright;

    public BrowserFixture()
    {
        var connection = $"Data Source=thidua-browser-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
        _keepAlive = new SqliteConnection(connection);
        _keepAlive.Open();
        _app = new KestrelApp(connection);
    }

    public static bool Available => File.Exists(ChromiumPath);

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The app's services, for arranging data a test needs (accounts, clusters) as the system.</summary>
    public IServiceProvider Services => _app.Services;

    public static string ScreenshotDirectory =>
        Environment.GetEnvironmentVariable("THIDUA_SCREENSHOTS") is { Length: > 0 } dir ? dir : Path.Combine(Path.GetTempPath(), "thidua-screenshots");

    public async Task InitializeAsync()
    {
        if (!Available)
        {
            return;
        }

        _app.UseKestrel(0);
        _app.StartServer();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => a.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal))
            .First();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--lang=vi"],
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 }, Locale = "vi-VN" });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task SignInAsync(IPage page, string userName)
    {
        await page.GotoAsync(BaseUrl + "/Account/Login");
        await page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await page.GetByLabel("Mật khẩu").FillAsync(ThiDua.Core.Demo.SeedDemoData.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(BaseUrl + "/");
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _app.DisposeAsync();
        _keepAlive.Dispose();
    }

    private sealed class KestrelApp(string connection) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Default", connection);
            builder.UseSetting("Demo:Enabled", "true");
            builder.UseSetting("Security:SecureCookies", "false");
            builder.UseSetting("THIDUA_DATA", Path.Combine(Path.GetTempPath(), "thidua-browser-" + Guid.NewGuid().ToString("N")));
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        }
    }
}

[CollectionDefinition("browser")]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>;
