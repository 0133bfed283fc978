using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CaseReview.BrowserTests.Support;

/// <summary>
/// The real app on a real Kestrel loopback port, on its own SQLite file, and one headless Debian Chromium
/// driven by Playwright. The clock is the real one: browsers keep cookies by the real date.
/// </summary>
public sealed class ResidentSite : WebApplicationFactory<Program>, IAsyncLifetime
{
    // Pages watch their files (asp-append-version) and each watcher holds an inotify instance: with hundreds of test
    // hosts in one run (and Chromium beside them) the per-user limit of 128 ran out and pages failed with a 500.
    // Polling watchers use none. Set before any host reads it.
    static ResidentSite() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");

    public const string ChromiumPath = "/usr/bin/chromium";
    public const string AdminEmail = "admin@council.example";
    public const string AdminPassword = "correct horse battery staple";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "casereview-browser-tests", Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;

    public ResidentSite() => UseKestrel(0);

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ChromiumPath}. Install Debian's package (apt-get install -y chromium); .ci/run does this.");
        }

        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        Directory.CreateDirectory(ScreenshotFolder);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // This machine's network is closed: without these Chromium keeps trying to reach Google's services.
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task<IPage> NewPageAsync(bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            JavaScriptEnabled = javaScript,
            ViewportSize = new ViewportSize { Width = 1024, Height = 900 },
            Locale = "en-GB",
        });
        var page = await context.NewPageAsync();
        page.WatchContentSecurityPolicy();
        return page;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Each host watching appsettings.json holds an inotify instance; hundreds of short-lived test hosts
        // (and Chromium beside them) exhaust the per-user limit of 128. Tests never edit settings files.
        builder.UseSetting("hostBuilder:reloadConfigOnChange", "false");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:SqlitePath", Path.Combine(_folder, "casereview.db"));
        builder.UseSetting("Auth:JwtSigningKeyFile", Path.Combine(_folder, "jwt-signing.key"));
        builder.UseSetting("DataProtection:KeysFolder", Path.Combine(_folder, "keys"));
        builder.UseSetting("Bootstrap:AdminEmail", AdminEmail);
        builder.UseSetting("Bootstrap:AdminPassword", AdminPassword);
        builder.UseSetting("Workflow:AutoClose", "false");
        // One shared site takes every browser test's posts, API calls and sign-ins from one address; the limits have
        // tests of their own (RateLimitTests, AnonymousApiLimitTests, SignInThrottlingTests).
        builder.UseSetting("RateLimiting:PublicPostsPerWindow", "100000");
        builder.UseSetting("RateLimiting:AnonymousApiPostsPerWindow", "100000");
        builder.UseSetting("RateLimiting:SignInAttemptsPerWindow", "100000");
        builder.UseSetting("Email:ApplicantEmailsPerRecipientPerDay", "100000");
        builder.UseSetting("Council:Name", "Redditch Borough Council");
        builder.UseSetting("Council:Phone", "01527 64252");
        // 600,000 iterations (the production default) would slow every sign-in of the walk-throughs.
        builder.UseSetting("Accounts:PasswordHashIterations", "1000");
    }

    public new async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ResidentSiteCollection : ICollectionFixture<ResidentSite>
{
    public const string Name = "Resident site";
}
