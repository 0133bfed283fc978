using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using CaseReview.Benchmarks;

// Submission load on the default SQLite provider. Starts the built app on loopback with a fresh database,
// sends POST /api/applications from 1 and 32 concurrent clients for a fixed time, and reports latency.
// Target (design.md): at 32 clients, p99 <= 50 ms with no errors.
var options = BenchOptions.Parse(args);
var dll = options.AppDll ?? Path.Combine(RepositoryRoot(), "src", "CaseReview.Web", "bin", "Release", "net10.0", "CaseReview.Web.dll");
if (!File.Exists(dll))
{
    Console.Error.WriteLine($"Build the app first: dotnet build src/CaseReview.Web -c Release (looked for {dll})");
    return 2;
}

var folder = Directory.CreateTempSubdirectory("casereview-bench-").FullName;
var port = FreePort();
var baseUrl = $"http://127.0.0.1:{port}";
using var app = StartApp(dll, baseUrl, folder);
try
{
    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Clients.Max() }) { BaseAddress = new Uri(baseUrl) };
    await WaitForHealth(http);
    await LoadPhase.Run(http, clients: 4, TimeSpan.FromSeconds(3)); // warm-up, not reported

    var results = new List<PhaseResult>();
    foreach (var clients in options.Clients)
    {
        var result = await LoadPhase.Run(http, clients, TimeSpan.FromSeconds(options.Seconds));
        results.Add(result);
        Console.WriteLine(result);
    }

    var resultsFolder = Path.Combine(RepositoryRoot(), "bench", "results");
    Directory.CreateDirectory(resultsFolder);
    var file = Path.Combine(resultsFolder, $"{DateTime.UtcNow:yyyyMMddTHHmmssZ}.json");
    await File.WriteAllTextAsync(file, JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }));
    Console.WriteLine($"Written {file}");

    var busiest = results.MaxBy(r => r.Clients)!;
    if (options.Assert && (busiest.P99Ms > 50 || busiest.Errors > 0))
    {
        Console.Error.WriteLine($"Target missed at {busiest.Clients} clients: p99 {busiest.P99Ms:F1} ms (target 50 ms), {busiest.Errors} errors.");
        return 1;
    }

    return 0;
}
finally
{
    if (!app.HasExited)
    {
        app.Kill(entireProcessTree: true);
        await app.WaitForExitAsync();
    }

    Directory.Delete(folder, recursive: true);
}

static Process StartApp(string dll, string url, string folder)
{
    var start = new ProcessStartInfo("dotnet", [dll, "--urls", url])
    {
        WorkingDirectory = Path.GetDirectoryName(dll)!,
        RedirectStandardOutput = true,
        RedirectStandardError = true,
    };
    start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
    start.Environment["Database__SqlitePath"] = Path.Combine(folder, "bench.db");
    start.Environment["Auth__JwtSigningKeyFile"] = Path.Combine(folder, "jwt.key");
    start.Environment["Logging__LogLevel__Default"] = "Warning";
    var process = Process.Start(start)!;
    process.OutputDataReceived += (_, _) => { };
    process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine(e.Data); } };
    process.BeginOutputReadLine();
    process.BeginErrorReadLine();
    return process;
}

static async Task WaitForHealth(HttpClient http)
{
    var until = DateTime.UtcNow.AddSeconds(60);
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

        await Task.Delay(250);
    }

    throw new TimeoutException("The app did not become healthy within 60 seconds.");
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

static string RepositoryRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CaseReview.sln")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? Directory.GetCurrentDirectory();
}
