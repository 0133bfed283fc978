using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

namespace CaseReview.Benchmarks;

/// <summary>One phase's figures, with the machine's 1-minute load average at its end (from /proc/loadavg; 0 where there is none).</summary>
public sealed record PhaseResult(int Clients, int Requests, int Errors, double RequestsPerSecond, double P50Ms, double P90Ms, double P99Ms, double MaxMs, double LoadAverage)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Clients,3} clients: {Requests,7} requests, {Errors} errors, {RequestsPerSecond,7:F0} req/s, p50 {P50Ms,6:F1} ms, p90 {P90Ms,6:F1} ms, p99 {P99Ms,6:F1} ms, max {MaxMs,7:F1} ms, load {LoadAverage:F1}");
}

/// <summary>Clients submit applications in a loop until the time is up (or a hard cap), each with its own Idempotency-Key.</summary>
public static class LoadPhase
{
    private const int MaxRequests = 200_000;

    public static async Task<PhaseResult> Run(HttpClient http, int clients, TimeSpan duration)
    {
        var body = Body();
        var latencies = new List<double>[clients];
        var errors = 0;
        var sent = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async i =>
        {
            latencies[i] = [];
            while (clock.Elapsed < duration && Interlocked.Increment(ref sent) <= MaxRequests)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/applications") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
                var started = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request);
                latencies[i].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }));
        var elapsed = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new PhaseResult(clients, all.Length, errors, all.Length / elapsed, Percentile.Of(all, 0.50), Percentile.Of(all, 0.90), Percentile.Of(all, 0.99), all.Length == 0 ? 0 : all[^1], LoadAverage());
    }

    private static double LoadAverage() =>
        File.Exists("/proc/loadavg") && double.TryParse(File.ReadAllText("/proc/loadavg").Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var load) ? load : 0;

    private static string Body()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var incident = today.AddDays(-20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var reported = today.AddDays(-19).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $$"""
            { "applicant": { "name": "Bench Mark", "email": "bench@example.org", "phone": "07700900123", "address": "1 High Street, Redditch",
                             "postcode": "B98 8AH", "preferredContact": "Email" },
              "isThirdParty": false, "victimType": "Individual", "location": "Footpaths behind Elm Close",
              "description": "Motorbikes racing across the footpaths most evenings.", "asbType": "Nuisance", "issueTypes": ["NuisanceVehicles"],
              "hateMotivated": false, "impact": "We cannot sleep.", "channel": "Online",
              "complaints": [ { "incidentDate": "{{incident}}", "reportedDate": "{{reported}}", "agency": "Police", "agencyReference": "WMP-1234", "summary": "Motorbikes on the footpath." } ] }
            """;
    }
}
