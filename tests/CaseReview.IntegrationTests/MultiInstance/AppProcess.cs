using System.Diagnostics;
using System.Net;
using CaseReview.TestSupport;

namespace CaseReview.IntegrationTests.MultiInstance;

/// <summary>
/// A real CaseReview process: the built <c>CaseReview.Web.dll</c> run by <c>dotnet</c> with <c>src/CaseReview.Web</c> as
/// its content root, on a free loopback port, set up by environment variables as a council's deployment would be.
/// Its console output goes to a file for diagnostics. <see cref="Kill"/> is SIGKILL: no graceful shutdown, as when a
/// server dies. The process runs on the real clock.
/// </summary>
public sealed class AppProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Lock _logLock = new();

    private AppProcess(string name, int port, Process process, StreamWriter log, string logFile)
    {
        Name = name;
        Port = port;
        _process = process;
        _log = log;
        LogFile = logFile;
    }

    public string Name { get; }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    /// <summary>The process's standard output and error.</summary>
    public string LogFile { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the app with <paramref name="settings"/> (configuration keys, as environment variables) and waits until <c>/health/live</c> answers.</summary>
    public static async Task<AppProcess> StartAsync(string name, IReadOnlyDictionary<string, string> settings, string logFolder)
    {
        var port = LoopbackPorts.Free();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = BuiltApp.ContentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(BuiltApp.Assembly);
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        Directory.CreateDirectory(logFolder);
        var logFile = Path.Combine(logFolder, $"{name}-{port}.log");
        var log = new StreamWriter(logFile) { AutoFlush = true };
        var process = new Process { StartInfo = start };
        var app = new AppProcess(name, port, process, log, logFile);
        process.OutputDataReceived += (_, e) => app.Write(e.Data);
        process.ErrorDataReceived += (_, e) => app.Write(e.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException($"Could not start {name}.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await app.WaitUntilLiveAsync();
        return app;
    }

    public HttpClient CreateClient(TimeSpan? timeout = null) =>
        new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { BaseAddress = BaseAddress, Timeout = timeout ?? TimeSpan.FromSeconds(60) };

    /// <summary>SIGKILL: the process ends at once, mid-request and mid-send.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        _process.WaitForExit();
    }

    /// <summary>What the process has written so far.</summary>
    public string Log()
    {
        lock (_logLock)
        {
            using var reader = new StreamReader(new FileStream(LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
            return reader.ReadToEnd();
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
        lock (_logLock)
        {
            _log.Dispose();
        }
    }

    private void Write(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_logLock)
        {
            try
            {
                _log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // The last lines of a process being disposed of.
            }
        }
    }

    private async Task WaitUntilLiveAsync()
    {
        using var client = CreateClient(TimeSpan.FromSeconds(5));
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} stopped at start-up ({_process.ExitCode}):\n{Log()}");
            }

            try
            {
                if ((await client.GetAsync("/health/live")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        Kill();
        throw new TimeoutException($"{Name} did not answer /health/live within {StartTimeout.TotalSeconds} s:\n{Log()}");
    }
}
