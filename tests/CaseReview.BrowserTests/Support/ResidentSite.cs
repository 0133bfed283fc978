using CaseReview.TestSupport;
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
    static ResidentSite() => TestHosts.UsePollingFileWatchers();

    public const string ChromiumPath = "/usr/bin/chromium";
    public const string AdminEmail = TestHosts.AdminEmail;
    public const string AdminPassword = TestHosts.AdminPassword;

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
        builder.UseOwnFolder(_folder);
        builder.UseSetting("Workflow:AutoClose", "false");
        // One shared site takes every browser test's posts, API calls and sign-ins from one address; the limits have
        // tests of their own (RateLimitTests, AnonymousApiLimitTests, SignInThrottlingTests).
        builder.UseSetting("RateLimiting:PublicPostsPerWindow", "100000");
        builder.UseSetting("RateLimiting:AnonymousApiPostsPerWindow", "100000");
        builder.UseSetting("RateLimiting:SignInAttemptsPerWindow", "100000");
        builder.UseSetting("RateLimiting:ResidentUploadsPerWindow", "100000");
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
        TestHosts.DeleteFolder(_folder);
    }
}

[CollectionDefinition(Name)]
public sealed class ResidentSiteCollection : ICollectionFixture<ResidentSite>
{
    public const string Name = "Resident site";
}
