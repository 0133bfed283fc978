using CaseReview.Infrastructure.Persistence;
using CaseReview.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CaseReview.IntegrationTests.Support;

/// <summary>
/// The real host on a real database of its own, with the clock under the test's control: a SQLite file, or with
/// <c>CASEREVIEW_TEST_DATABASE=PostgreSql</c> a database on the test run's PostgreSQL cluster (<see cref="TestDatabase"/>).
/// Starts on Monday 2 November 2026, 09:00 UTC.
/// </summary>
public sealed class CaseReviewApp : WebApplicationFactory<Program>
{
    static CaseReviewApp() => TestHosts.UsePollingFileWatchers();

    public const string AdminEmail = TestHosts.AdminEmail;
    public const string AdminPassword = TestHosts.AdminPassword;

    public const string LeadMailbox = "community.safety@council.example";

    private readonly string _folder;
    private readonly string _database;
    private readonly bool _ownsFolder;
    private readonly bool _isTemplate;
    private bool _databaseCreated;

    public CaseReviewApp()
    {
        var id = Guid.NewGuid().ToString("N");
        _folder = Path.Combine(Path.GetTempPath(), "casereview-tests", id);
        _database = "test_" + id;
        _ownsFolder = true;
        UseHttps();
    }

    private CaseReviewApp(string templateFolder, string templateDatabase)
    {
        _folder = templateFolder;
        _database = templateDatabase;
        _isTemplate = true;
    }

    private CaseReviewApp(CaseReviewApp first)
    {
        _folder = first._folder;
        _database = first._database;
        Clock = first.Clock;
        Settings = first.Settings;
        UseHttps();
    }

    /// <summary>
    /// The staff, antiforgery and notice cookies are always Secure, and a cookie container sends a Secure cookie only
    /// over https, so the test clients speak https (TestServer needs no certificate). ResidentBrowser keeps its own
    /// cookies and uses plain http, as a browser behind a TLS proxy looks to the app.
    /// </summary>
    private void UseHttps() => ClientOptions.BaseAddress = new Uri("https://localhost");

    /// <summary>A second app instance on the database (and clock) of <paramref name="first"/>, as when a council runs two servers.</summary>
    public static CaseReviewApp SecondInstanceOf(CaseReviewApp first) => new(first);

    /// <summary>Further settings for this host: local threshold rules, the <c>Email:Smtp:Port</c> of a test's SMTP server...</summary>
    public Dictionary<string, string> Settings { get; init; } = [];

    /// <summary>The hosting environment; <c>Production</c> for tests of what a live deployment refuses.</summary>
    public string EnvironmentName { get; init; } = "Testing";

    public int TokenLifetimeHours { get; init; } = 24 * 366;

    /// <summary>Accept an SMTP server without TLS, as the test's own is; false leaves the app's default.</summary>
    public bool PlainTextSmtp { get; init; } = true;

    /// <summary>High by default so that the tests' many form posts from one address are never limited.</summary>
    public int PublicPostsPerWindow { get; init; } = 100_000;

    /// <summary>High by default, like <see cref="PublicPostsPerWindow"/>: anonymous posts to the API (applications, appeals, eligibility).</summary>
    public int AnonymousApiPostsPerWindow { get; init; } = 100_000;

    /// <summary>High by default, like <see cref="PublicPostsPerWindow"/>: sign-in and change-password attempts per client address.</summary>
    public int SignInAttemptsPerWindow { get; init; } = 100_000;

    /// <summary>High by default, like <see cref="PublicPostsPerWindow"/>: documents applicants send with their tracking code.</summary>
    public int ResidentUploadsPerWindow { get; init; } = 100_000;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    /// <summary>The host's SQLite file (when the tests run on SQLite).</summary>
    public string DatabasePath => TestHosts.DatabasePath(_folder);

    /// <summary>The host's database on the PostgreSQL cluster (when the tests run on PostgreSQL).</summary>
    public string PostgreSqlDatabase => _database;

    /// <summary>What the host logged at Error or above (tests' diagnostics only).</summary>
    public ErrorLog Errors { get; } = new();

    /// <summary>When set, receives every log message at every level (see <see cref="LogCapture"/>).</summary>
    public LogCapture? Logs { get; init; }

    /// <summary>
    /// True (the default): the host starts on a copy of a database this test run migrated and bootstrapped once
    /// (<see cref="MigratedTemplate"/>), so its own start finds nothing to do. False: it creates and migrates its
    /// database itself, as a council's first start does.
    /// </summary>
    public bool StartsFromMigratedTemplate { get; init; } = true;

    /// <summary>A bearer token for <see cref="AdminEmail"/> (see <see cref="Api.AsAdmin"/>), and when it was issued.</summary>
    internal AdminSignIn? AdminToken { get; set; }

    internal sealed record AdminSignIn(string Token, DateTimeOffset IssuedAt);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        PrepareDatabase();
        builder.UseEnvironment(EnvironmentName);
        // As in Development: nothing built once (a singleton) may hold what is built for each request.
        builder.UseDefaultServiceProvider(o =>
        {
            o.ValidateScopes = true;
            o.ValidateOnBuild = true;
        });
        builder.UseOwnFolder(_folder);
        if (TestDatabase.IsPostgreSql)
        {
            builder.UseSetting("Database:Provider", "PostgreSql");
            builder.UseSetting("ConnectionStrings:PostgreSql", PostgresCluster.Instance.ConnectionString(_database));
        }

        // Background jobs would race the tests' own steps; tests run them explicitly.
        builder.UseSetting("Workflow:AutoClose", "false");
        builder.UseSetting("Email:Dispatcher:Enabled", "false");
        builder.UseSetting("Reminders:Enabled", "false");
        builder.UseSetting("Retention:Enabled", "false");
        builder.UseSetting("Email:LeadMailbox", LeadMailbox);
        builder.UseSetting("Email:PublicBaseUrl", "https://casereview.council.example");
        // Nothing listens here unless a test starts an SMTP server and sets the port.
        builder.UseSetting("Email:Smtp:Port", "9");
        builder.UseSetting("Email:Smtp:TimeoutSeconds", "5");
        // The test SMTP server offers no TLS; outside Development TLS is otherwise required (SmtpSecurityTests).
        if (PlainTextSmtp)
        {
            builder.UseSetting("Email:Smtp:Security", "StartTlsWhenAvailable");
        }

        // Tests move the clock on by weeks; a token that outlives them keeps the walk-throughs readable.
        // TokenExpiryTests checks expiry with the normal lifetime.
        builder.UseSetting("Auth:TokenLifetimeHours", TokenLifetimeHours.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // Tests send many applications from alex@example.org; the cap has tests of its own.
        builder.UseSetting("Email:ApplicantEmailsPerRecipientPerDay", "100000");
        // Likewise for the staff pages' sign-in; StaffSessionTests checks the idle and absolute limits.
        builder.UseSetting("Auth:SessionIdleMinutes", (TokenLifetimeHours * 60).ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Auth:SessionAbsoluteHours", TokenLifetimeHours.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // Every host hashes the administrator's password, and most tests create accounts and sign in: 600,000
        // iterations (the production default) would cost seconds per test, and one round still stores, checks and
        // refuses passwords the same way. SecretsAtRestTests checks the default and rehashing.
        builder.UseSetting("Accounts:PasswordHashIterations", "1");
        // Tests read the published figures straight after changing cases; PublishedFiguresCacheTests checks the cache.
        builder.UseSetting("Statistics:PublishedCacheSeconds", "0");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("RateLimiting:PublicPostsPerWindow", PublicPostsPerWindow.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimiting:AnonymousApiPostsPerWindow", AnonymousApiPostsPerWindow.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimiting:SignInAttemptsPerWindow", SignInAttemptsPerWindow.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimiting:ResidentUploadsPerWindow", ResidentUploadsPerWindow.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureLogging(logging =>
        {
            logging.AddProvider(Errors);
            if (Logs is not null)
            {
                // A rule for this provider alone outranks the settings' levels (Microsoft.AspNetCore: Warning...).
                logging.AddProvider(Logs);
                logging.AddFilter<LogCapture>(null, LogLevel.Trace);
            }
        });
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IStartupFilter, TestClientAddress>();
        });
    }

    // Migrating a new database and hashing the bootstrap administrator's password (PBKDF2) cost every host the
    // same; one host per test process pays them, and the others start on a copy of its database.
    private static readonly Lazy<string> Template = new(CreateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The migrated database, with the roles and the bootstrap administrator, that hosts start from: a SQLite file's
    /// path, or on PostgreSQL the template database's name.
    /// </summary>
    public static string MigratedTemplate => Template.Value;

    private void PrepareDatabase()
    {
        if (!_ownsFolder && !_isTemplate)
        {
            return;
        }

        var changesStartUp = Settings.Keys.Any(key =>
            key.StartsWith("Database:", StringComparison.OrdinalIgnoreCase) || key.StartsWith("Bootstrap:", StringComparison.OrdinalIgnoreCase));
        var fromTemplate = !_isTemplate && StartsFromMigratedTemplate && !changesStartUp;
        if (TestDatabase.IsPostgreSql)
        {
            if (!_databaseCreated)
            {
                _databaseCreated = true;
                PostgresCluster.Instance.CreateDatabase(_database, fromTemplate ? MigratedTemplate : null);
            }

            return;
        }

        if (!fromTemplate || File.Exists(DatabasePath))
        {
            return;
        }

        Directory.CreateDirectory(_folder);
        File.Copy(MigratedTemplate, DatabasePath);
    }

    private static string CreateTemplate()
    {
        var id = Guid.NewGuid().ToString("N");
        var folder = Path.Combine(Path.GetTempPath(), "casereview-tests", "template-" + id);
        using (var template = new CaseReviewApp(folder, "template_" + id))
        {
            _ = template.Services;
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => TestHosts.DeleteFolder(folder);
        if (TestDatabase.IsPostgreSql)
        {
            // Copies need a template nobody is connected to.
            PostgresCluster.Instance.CloseConnections("template_" + id);
            return "template_" + id;
        }

        var path = Path.Combine(folder, "casereview.db");
        // Everything into the main file (the copies must not need the -wal file); the file stays in WAL mode.
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            checkpoint.ExecuteNonQuery();
        }

        return path;
    }

    /// <summary>Reads the database directly, as a DBA would, to check what was (and was not) stored.</summary>
    public async Task<T> QueryDatabaseAsync<T>(Func<CaseReviewDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseReviewDbContext>();
        return await query(db);
    }

    public Task<int> CountRowsAsync() => QueryDatabaseAsync(async db =>
        await db.Applications.CountAsync() + await db.Set<CaseReview.Domain.Workflow.StatusChange>().CountAsync()
        + await db.Set<CaseReview.Domain.Deadlines.StageDeadline>().CountAsync() + await db.IdempotencyRecords.CountAsync()
        + await db.Set<CaseReview.Domain.Applications.Recommendation>().CountAsync());

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (TestDatabase.IsPostgreSql && _databaseCreated && _ownsFolder)
        {
            PostgresCluster.Instance.DropDatabase(_database);
        }

        if (_ownsFolder)
        {
            TestHosts.DeleteFolder(_folder);
        }
    }
}
