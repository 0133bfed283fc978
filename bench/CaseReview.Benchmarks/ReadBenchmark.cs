using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CaseReview.Benchmarks;

/// <summary>
/// The reads that must stay flat as cases grow (issue 16), timed on a copy of a generated database: the public
/// figures (anonymous; served from the cache after the first count, which is shown as "first"), a year's staff
/// figures, the case queue, the dashboard, the deadlines list and the search box (a common name, a postcode, a phone
/// number and a word found nowhere), as the bootstrap administrator; then the app's resident set.
/// </summary>
public static class ReadBenchmark
{
    public static async Task<(IReadOnlyList<ReadResult> Reads, MemoryResult Memory, SweepResult Sweep)> Run(string dll, string generatedDatabase, int cases)
    {
        var folder = Directory.CreateTempSubdirectory("casereview-bench-reads-").FullName;
        try
        {
            var database = Path.Combine(folder, "reads.db");
            File.Copy(generatedDatabase, database);
            var started = System.Diagnostics.Stopwatch.StartNew();
            using var app = AppProcess.Start(dll, database, folder);
            using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
            await app.WaitForHealth(http);
            Console.WriteLine($"Healthy after {started.Elapsed.TotalSeconds:F1} s (migrations included)");
            // A database generated before the search rule is made searchable at start-up, in the background: timed here.
            var searchable = await app.WaitForOutput("Search texts up to date", TimeSpan.FromMinutes(30));
            Console.WriteLine($"Searchable after {started.Elapsed.TotalSeconds:F1} s: {searchable.Trim()}");
            var login = await http.PostAsJsonAsync("/api/auth/login", new { email = AppProcess.AdminEmail, password = AppProcess.AdminPassword });
            login.EnsureSuccessStatusCode();
            var token = JsonNode.Parse(await login.Content.ReadAsStringAsync())!["accessToken"]!.GetValue<string>();
            using var staff = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
            staff.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

            var year = DateTime.UtcNow.Month >= 4 ? DateTime.UtcNow.Year : DateTime.UtcNow.Year - 1;
            Console.WriteLine($"Reads at {cases:N0} cases");
            var results = new List<ReadResult>
            {
                await ReadResult.Measure(http, "public statistics", "/api/statistics/published", 200, 20),
                await ReadResult.Measure(staff, "annual statistics", $"/api/statistics/annual?year={year}", 10, 500),
                await ReadResult.Measure(staff, "case queue", "/api/cases", 50, 50),
                await ReadResult.Measure(staff, "case queue, overdue", "/api/cases?overdue=true", 50, 50),
                await ReadResult.Measure(staff, "dashboard", "/api/dashboard", 50, 50),
                await ReadResult.Measure(staff, "deadlines", "/api/deadlines", 50, 50),
                await ReadResult.Measure(staff, "search, name", "/api/cases?q=priya%20patel", 50, 200),
                await ReadResult.Measure(staff, "search, postcode", "/api/cases?q=wr4%205ab", 50, 200),
                await ReadResult.Measure(staff, "search, phone", "/api/cases?q=07700%20912%20345", 50, 200),
                await ReadResult.Measure(staff, "search, no match", "/api/cases?q=zzqx", 50, 200),
            };
            foreach (var result in results)
            {
                Console.WriteLine("  " + result);
            }

            var memory = new MemoryResult($"after the reads at {cases:N0} cases", app.ResidentMegabytes());
            Console.WriteLine("  " + memory);
            app.Dispose();

            // The reminder job's first round, in an app started again on the same copy with that job on.
            using var sweeping = AppProcess.Start(dll, database, folder, reminders: true);
            var sweep = SweepResult.Parse(cases, await sweeping.WaitForOutput("Queued ", TimeSpan.FromMinutes(10)));
            Console.WriteLine("  " + sweep);
            return (results, memory, sweep);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
