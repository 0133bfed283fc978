using System.Globalization;
using System.Text.RegularExpressions;
using CaseReview.IntegrationTests.Support;
using CaseReview.TestSupport;
using Xunit.Abstractions;

namespace CaseReview.IntegrationTests.MultiInstance;

/// <summary>
/// A council's deployment of several instances: one PostgreSQL database, one SMTP server, one folder of shared keys
/// (JWT signing key and Data Protection keys), and the app processes started on them with the same settings, as
/// README's "Running several instances" asks. Background jobs run in every instance: the email dispatcher every
/// second, the reminder scheduler at start and then every hour.
/// </summary>
public sealed partial class Deployment : IDisposable
{
    public const string LeadMailbox = CaseReviewApp.LeadMailbox;

    private readonly ITestOutputHelper _output;
    private readonly bool _ownsCluster;
    private readonly List<AppProcess> _instances = [];

    private Deployment(ITestOutputHelper output, PostgresCluster cluster, bool ownsCluster, string database)
    {
        _output = output;
        Cluster = cluster;
        _ownsCluster = ownsCluster;
        DatabaseName = database;
        Folder = Path.Combine(Path.GetTempPath(), "casereview-multi", database);
        Directory.CreateDirectory(Folder);
        // Written before any instance starts, so no two instances each generate a key of their own.
        File.WriteAllText(JwtKeyFile, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(64)));
        Smtp = SmtpSink.Started();
        Database = new DeploymentDatabase(cluster.ConnectionString(database));
        Settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["DOTNET_USE_POLLING_FILE_WATCHER"] = "true",
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:PostgreSql"] = cluster.ConnectionString(database),
            ["Auth:JwtSigningKeyFile"] = JwtKeyFile,
            ["DataProtection:KeysFolder"] = Path.Combine(Folder, "keys"),
            ["Bootstrap:AdminEmail"] = TestHosts.AdminEmail,
            ["Bootstrap:AdminPassword"] = TestHosts.AdminPassword,
            ["Accounts:PasswordHashIterations"] = "1",
            ["RateLimiting:PublicPostsPerWindow"] = "100000",
            ["RateLimiting:AnonymousApiPostsPerWindow"] = "100000",
            ["RateLimiting:SignInAttemptsPerWindow"] = "100000",
            ["Email:ApplicantEmailsPerRecipientPerDay"] = "100000",
            ["Email:LeadMailbox"] = LeadMailbox,
            ["Email:PublicBaseUrl"] = "https://casereview.council.example",
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Email:Smtp:Security"] = "StartTlsWhenAvailable",
            ["Email:Smtp:TimeoutSeconds"] = "2",
            ["Email:Dispatcher:IntervalSeconds"] = "1",
            ["Email:Dispatcher:FirstRetrySeconds"] = "1",
            ["Email:Dispatcher:MaxRetrySeconds"] = "2",
            ["Email:Dispatcher:MaxAttempts"] = "100",
            ["Reminders:Enabled"] = "true",
            ["Reminders:IntervalMinutes"] = "60",
            // The threshold decision is due the day the application arrives, so a fresh case has a reminder due
            // today (an early reminder is never sent on the day the clock starts).
            ["Timescales:ThresholdDecision"] = "0",
        };
    }

    public PostgresCluster Cluster { get; }

    public string DatabaseName { get; }

    public DeploymentDatabase Database { get; }

    public SmtpSink Smtp { get; }

    /// <summary>The shared keys and each process's log.</summary>
    public string Folder { get; }

    /// <summary>The settings every instance starts with; a test may change them before starting one.</summary>
    public Dictionary<string, string> Settings { get; }

    private string JwtKeyFile => Path.Combine(Folder, "jwt-signing.key");

    /// <summary>A database copied from the test run's migrated template (with the roles and the administrator), on the shared cluster.</summary>
    public static Deployment OnSharedCluster(ITestOutputHelper output)
    {
        var database = "multi_" + Guid.NewGuid().ToString("N")[..12];
        PostgresCluster.Instance.CreateDatabase(database, CaseReviewApp.MigratedTemplate);
        return new Deployment(output, PostgresCluster.Instance, ownsCluster: false, database);
    }

    /// <summary>An empty database on a cluster of the test's own, which it may stop: the first instance migrates it.</summary>
    public static Deployment OnOwnCluster(ITestOutputHelper output)
    {
        var cluster = PostgresCluster.StartNew();
        var database = "multi_" + Guid.NewGuid().ToString("N")[..12];
        cluster.CreateDatabase(database);
        return new Deployment(output, cluster, ownsCluster: true, database);
    }

    /// <summary>Starts an instance with the deployment's settings and <paramref name="overrides"/>.</summary>
    public async Task<AppProcess> StartAsync(string name, params (string Key, string Value)[] overrides)
    {
        var settings = new Dictionary<string, string>(Settings);
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        var instance = await AppProcess.StartAsync(name, settings, Path.Combine(Folder, "logs"));
        lock (_instances)
        {
            _instances.Add(instance);
        }

        return instance;
    }

    /// <summary>Starts two instances at the same moment (so their start-up rounds of the background jobs race).</summary>
    public async Task<(AppProcess A, AppProcess B)> StartPairAsync(string a = "A", string b = "B", params (string Key, string Value)[] overrides)
    {
        var started = await Task.WhenAll(StartAsync(a, overrides), StartAsync(b, overrides));
        return (started[0], started[1]);
    }

    /// <summary>A bearer token for the administrator, from <paramref name="instance"/>; it works on every instance (shared signing key).</summary>
    public static async Task<string> AdminTokenAsync(AppProcess instance)
    {
        using var client = instance.CreateClient();
        var response = await client.PostAsync(
            "/api/auth/login",
            System.Net.Http.Json.JsonContent.Create(new { email = TestHosts.AdminEmail, password = TestHosts.AdminPassword }));
        var login = await response.ReadJson(System.Net.HttpStatusCode.OK);
        return login["accessToken"].Str();
    }

    public void Dispose()
    {
        foreach (var instance in _instances)
        {
            instance.Kill();
            ReportErrors(instance);
            instance.Dispose();
        }

        Smtp.Dispose();
        Npgsql.NpgsqlConnection.ClearAllPools();
        if (_ownsCluster)
        {
            Cluster.Dispose();
        }
        else
        {
            Cluster.DropDatabase(DatabaseName);
        }

        if (Environment.GetEnvironmentVariable("CASEREVIEW_KEEP_PROCESS_LOGS") is null)
        {
            TestHosts.DeleteFolder(Folder);
        }
    }

    /// <summary>What an instance logged at error level or above goes to the test's output (each kind once, counted), for diagnostics.</summary>
    private void ReportErrors(AppProcess instance)
    {
        var lines = instance.Log().Split('\n');
        var errors = Enumerable.Range(0, lines.Length)
            .Where(i => lines[i].StartsWith("fail:", StringComparison.Ordinal) || lines[i].StartsWith("crit:", StringComparison.Ordinal))
            .Select(i => lines[i].Trim() + (i + 1 < lines.Length ? " " + lines[i + 1].Trim() : string.Empty))
            .GroupBy(e => Timing().Replace(e, string.Empty))
            .ToList();
        _output.WriteLine($"{instance.Name} (port {instance.Port}): {errors.Sum(g => g.Count())} errors logged");
        foreach (var error in errors.Take(10))
        {
            _output.WriteLine($"  {error.Count()} x {error.Key}");
        }
    }

    [GeneratedRegex(@" \([\d,.]+ms\)")]
    private static partial Regex Timing();
}
