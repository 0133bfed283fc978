using System.Text.Json;
using CaseReview.Benchmarks;


// The benchmark (bench/README.md): `generate` fills a database with N realistic cases; `reads` times the reads that
// must stay flat as cases grow, on a generated database; `submit` times POST /api/applications under load; `all`
// (the default) runs reads at every --cases size, then submit. Each figure is printed beside its target.
var options = BenchOptions.Parse(args);
var root = RepositoryRoot();
var dll = options.AppDll ?? Path.Combine(root, "src", "CaseReview.Web", "bin", "Release", "net10.0", "CaseReview.Web.dll");
if (options.Command != "generate" && !File.Exists(dll))
{
    Console.Error.WriteLine($"Build the app first: dotnet build src/CaseReview.Web -c Release (looked for {dll})");
    return 2;
}

var report = new BenchReport(Environment.ProcessorCount, DateTime.UtcNow);
var missed = false;
if (options.Command == "generate")
{
    if (options.Database.Equals("postgresql", StringComparison.OrdinalIgnoreCase))
    {
        // An empty database the generator migrates and fills (the app's ConnectionStrings:PostgreSql, say).
        var connection = options.Connection ?? throw new ArgumentException("--database postgresql needs --connection \"Host=…;Database=…;Username=…\"");
        Console.WriteLine($"Generating {options.Cases[0]:N0} cases (seed {options.Seed}) into PostgreSQL");
        var took = await new CaseReview.Benchmarks.Generation.CaseGenerator(CaseReview.Infrastructure.Persistence.DatabaseProvider.PostgreSql, connection, options.Cases[0], options.Seed, DateTime.UtcNow.Date.AddHours(8)).RunAsync();
        Console.WriteLine($"Generated {options.Cases[0]:N0} cases in {took.TotalSeconds:F0} s");
        return 0;
    }

    var path = options.Out ?? Path.Combine(root, "bench", "data", $"cases-{options.Cases[0]}-seed{options.Seed}.db");
    await Generate(path, options.Cases[0], options.Seed);
    return 0;
}

if (options.Command is "all" or "reads")
{
    foreach (var cases in options.Cases)
    {
        var path = Path.Combine(root, "bench", "data", $"cases-{cases}-seed{options.Seed}.db");
        if (!File.Exists(path))
        {
            await Generate(path, cases, options.Seed);
        }

        var (reads, memory, sweep) = await ReadBenchmark.Run(dll, path, cases);
        report.Reads[cases] = reads;
        report.Memory.Add(memory);
        report.Sweeps.Add(sweep);
        missed |= reads.Any(r => !r.Met) || !memory.Met || !sweep.Met;
    }
}

if (report.Sweeps.Count > 1)
{
    Console.WriteLine(SweepResult.Growth(report.Sweeps.MinBy(s => s.Cases)!, report.Sweeps.MaxBy(s => s.Cases)!, out var flat));
    missed |= !flat;
}

if (options.Command is "all" or "submit")
{
    // The yardstick is built beside the benchmark (a project reference), in the same configuration.
    var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
    var yardstick = Path.Combine(root, "bench", "CaseReview.Yardstick", "bin", configuration, "net10.0", "CaseReview.Yardstick.dll");
    var submissions = await SubmitBenchmark.Run(dll, yardstick, options.Clients, TimeSpan.FromSeconds(options.Seconds));
    report.Submissions = submissions;
    report.Memory.Add(submissions.Memory!);
    missed |= !submissions.Met || !submissions.Memory!.Met;
}

var resultsFolder = Path.Combine(root, "bench", "results");
Directory.CreateDirectory(resultsFolder);
var file = Path.Combine(resultsFolder, $"{DateTime.UtcNow:yyyyMMddTHHmmssZ}.json");
await File.WriteAllTextAsync(file, JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
Console.WriteLine($"Written {file}");
return options.Assert && missed ? 1 : 0;

static async Task Generate(string path, int cases, int seed)
{
    // Written under another name and renamed when complete, so a file at the path is never half written.
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    var partial = path + ".partial";
    foreach (var leftover in new[] { path, path + "-wal", path + "-shm", partial, partial + "-wal", partial + "-shm" }.Where(File.Exists))
    {
        File.Delete(leftover);
    }

    Console.WriteLine($"Generating {cases:N0} cases (seed {seed}) into {path}");
    // Received over the years up to today, so the current year has open cases and the queue has deadlines.
    var took = await new CaseReview.Benchmarks.Generation.CaseGenerator(CaseReview.Infrastructure.Persistence.DatabaseProvider.Sqlite, partial, cases, seed, DateTime.UtcNow.Date.AddHours(8)).RunAsync();
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    File.Move(partial, path);
    Console.WriteLine($"Generated {cases:N0} cases in {took.TotalSeconds:F0} s ({new FileInfo(path).Length / 1048576.0:F0} MB)");
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
