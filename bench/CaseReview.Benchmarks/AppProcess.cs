using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CaseReview.Benchmarks;

/// <summary>The built app as a child process on a free loopback port, on the given SQLite file, in Production mode.</summary>
public sealed class AppProcess : IDisposable
{
    public const string AdminEmail = "bench.admin@council.example";
    public const string AdminPassword = "Bench-mark-password-2026!";

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private bool _disposed;

    private AppProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>
    /// The app on <paramref name="databasePath"/> with its background jobs off, or with only the reminder job on
    /// (<paramref name="reminders"/>: its first round runs at start and logs what it queued and how long it took).
    /// </summary>
    public static AppProcess Start(string dll, string databasePath, string folder, bool reminders = false) => Launch(dll, environment =>
    {
        environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        environment["Database__SqlitePath"] = databasePath;
        environment["Auth__JwtSigningKeyFile"] = Path.Combine(folder, "jwt.key");
        environment["DataProtection__KeysFolder"] = Path.Combine(folder, "keys");
        environment["Bootstrap__AdminEmail"] = AdminEmail;
        environment["Bootstrap__AdminPassword"] = AdminPassword;
        environment["Email__PublicBaseUrl"] = "https://casereview.council.example";
        environment["Email__LeadMailbox"] = "community.safety@council.example";
        // Background jobs would change the generated data while it is read (and time themselves into the reads).
        environment["Email__Dispatcher__Enabled"] = "false";
        environment["Reminders__Enabled"] = reminders ? "true" : "false";
        environment["Logging__LogLevel__CaseReview.Web.Jobs.ReminderJob"] = "Debug";
        environment["Retention__Enabled"] = "false";
        environment["Workflow__AutoClose"] = "false";
        environment["Logging__LogLevel__Default"] = "Warning";
        // The load comes from one address: the anonymous API's per-address limit would answer most of it with 429.
        environment["RateLimiting__AnonymousApiPostsPerWindow"] = "1000000000";
        // Says when the cases of a database generated before the search rule are searchable (see WaitForOutput).
        environment["Logging__LogLevel__CaseReview.Web.Jobs.SearchTextJob"] = "Information";
    });

    /// <summary>The benchmark's yardstick (bench/CaseReview.Yardstick) as a child process on a free loopback port, on the given SQLite file.</summary>
    public static AppProcess StartYardstick(string dll, string databasePath) => Launch(dll, environment =>
    {
        environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        environment["Yardstick__SqlitePath"] = databasePath;
    });

    /// <summary>Starts <paramref name="dll"/> on a free loopback port with the given settings, collecting its output.</summary>
    private static AppProcess Launch(string dll, Action<IDictionary<string, string?>> configure)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", url])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        configure(start.Environment);
        var process = Process.Start(start)!;
        var app = new AppProcess(process, new Uri(url));
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { app._output.Enqueue(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    /// <summary>Waits for a line of the app's log holding <paramref name="text"/>, and answers it.</summary>
    public async Task<string> WaitForOutput(string text, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (_output.FirstOrDefault(line => line.Contains(text, StringComparison.Ordinal)) is { } line)
            {
                return line;
            }

            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode}.");
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The app did not log '{text}' within {timeout.TotalSeconds:F0} s.");
    }

    /// <summary>Resident memory of the app process, in megabytes.</summary>
    public double ResidentMegabytes()
    {
        _process.Refresh();
        return _process.WorkingSet64 / 1048576.0;
    }

    public async Task WaitForHealth(HttpClient http)
    {
        var until = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < until)
        {
            try
            {
                if ((await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode} before it was healthy.");
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("The app did not become healthy within 120 seconds.");
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
