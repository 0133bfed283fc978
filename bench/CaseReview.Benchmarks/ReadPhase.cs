using System.Diagnostics;
using System.Net;

namespace CaseReview.Benchmarks;

/// <summary>One read, asked <c>requests</c> times in a row after a first (cold) request: the first time and the percentiles.</summary>
public sealed record ReadResult(string Name, string Path, int Requests, double FirstMs, double P50Ms, double P95Ms, double MaxMs, double TargetP95Ms)
{
    public bool Met => P95Ms <= TargetP95Ms;

    public override string ToString() =>
        $"{Name,-22} first {FirstMs,8:F1} ms  p50 {P50Ms,7:F1} ms  p95 {P95Ms,7:F1} ms  max {MaxMs,7:F1} ms   target p95 <= {TargetP95Ms:F0} ms  {(Met ? "met" : "MISSED")}";

    public static async Task<ReadResult> Measure(HttpClient http, string name, string path, int requests, double targetP95Ms)
    {
        var first = await Time(http, path);
        var times = new List<double>();
        for (var i = 0; i < requests; i++)
        {
            times.Add(await Time(http, path));
        }

        times.Sort();
        return new ReadResult(name, path, requests, first, Percentile.Of(times, 0.50), Percentile.Of(times, 0.95), times[^1], targetP95Ms);
    }

    private static async Task<double> Time(HttpClient http, string path)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await http.GetAsync(path);
        await response.Content.ReadAsByteArrayAsync();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}");
        }

        return elapsed;
    }
}
