using System.Collections.Concurrent;
using CaseReview.IntegrationTests.Support;
using CaseReview.TestSupport;
using Xunit.Abstractions;
using static CaseReview.IntegrationTests.MultiInstance.MultiInstanceRequests;

namespace CaseReview.IntegrationTests.MultiInstance;

/// <summary>
/// The database server stopped for some seconds under load on two instances (issue 13, part 4): every request in the
/// outage answers 503 with a Retry-After and a problem body, promptly, never a 500; readiness says 503; and when the
/// server is back the same processes serve again by themselves.
/// </summary>
[Collection(MultiInstanceCollection.Name)]
public sealed class DatabaseServerOutageTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(5);

    /// <summary>No request may take longer than this, outage or not (the connection time-out is 5 s).</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(12);

    [PostgreSqlOnlyFact]
    public async Task StoppingTheDatabaseUnderLoad_Answers503WithRetryAfter_AndTheInstancesRecoverByThemselves()
    {
        using var deployment = Deployment.OnOwnCluster(output);
        // The first instance migrates the empty database and creates the administrator; the second finds it done.
        var a = await deployment.StartAsync("A");
        var b = await deployment.StartAsync("B");
        AppProcess[] instances = [a, b];
        using var clientA = a.CreateClient(TimeSpan.FromSeconds(30));
        using var clientB = b.CreateClient(TimeSpan.FromSeconds(30));
        HttpClient[] clients = [clientA, clientB];
        var token = await Deployment.AdminTokenAsync(a);
        var tally = new Tally();
        var probes = new Tally();
        using var stop = new CancellationTokenSource();

        async Task Worker(int worker)
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var at = (worker + i) % 2;
                await tally.SendAsync(instances[at], clients[at], () => i % 2 == 0 ? Submission() : Get(token, "/api/cases?pageSize=5"));
            }
        }

        var load = Enumerable.Range(0, 6).Select(w => Task.Run(() => Worker(w))).ToList();
        await Task.Delay(TimeSpan.FromSeconds(2));

        var stopping = DateTime.UtcNow;
        await Task.Run(deployment.Cluster.Stop);
        var stopped = DateTime.UtcNow;
        var readyDuringOutage = new ConcurrentBag<int?>();
        while (DateTime.UtcNow - stopped < Outage)
        {
            foreach (var (instance, client) in instances.Zip(clients))
            {
                readyDuringOutage.Add((await probes.SendAsync(instance, client, () => new HttpRequestMessage(HttpMethod.Get, "/health/ready"))).Status);
            }

            await Task.Delay(500);
        }

        var restarting = DateTime.UtcNow;
        await Task.Run(deployment.Cluster.StartAgain);
        var restarted = DateTime.UtcNow;

        // Both instances serve again by themselves: a run of successes on each, within 30 s.
        var recovered = await Eventually.WaitUntilAsync(
            () => instances.All(i => tally.Outcomes.Count(o => o.Instance == i.Name && o.Started > restarted && o.Status is 200 or 201) >= 10),
            TimeSpan.FromSeconds(30));
        await stop.CancelAsync();
        await Task.WhenAll(load);
        var lastFailure = tally.Outcomes.Where(o => o.Status is not (200 or 201)).Select(o => o.Started + o.Took).DefaultIfEmpty(restarted).Max();
        var readyAfter = await Task.WhenAll(instances.Zip(clients).Select(p => probes.SendAsync(p.First, p.Second, () => new HttpRequestMessage(HttpMethod.Get, "/health/ready"))));
        var submittedAfter = await Task.WhenAll(instances.Zip(clients).Select(p => tally.SendAsync(p.First, p.Second, () => Submission())));

        var unavailable = tally.Outcomes.Where(o => o.Is(503)).ToList();
        var answered = tally.Outcomes.Where(o => o.Is(201)).Select(o => o.Json()["reference"].Str()).ToList();
        var stored = await deployment.Database.StringsAsync("""SELECT "Reference" FROM "Applications" """);
        var incomplete = await deployment.Database.IncompleteApplicationsAsync();
        output.WriteLine(tally.Figures("Database outage"));
        output.WriteLine($"Database outage: stop took {(stopped - stopping).TotalSeconds:F1} s, down {(restarting - stopped).TotalSeconds:F1} s, start took {(restarted - restarting).TotalSeconds:F1} s; "
            + $"503 {unavailable.Count} (with Retry-After and a problem body {unavailable.Count(IsRetryHint)}, after the server was back {unavailable.Count(o => o.Started > restarted)}); "
            + $"last failure {(lastFailure - restarted).TotalSeconds:F1} s after the restart; /health/ready during the outage: {string.Join(", ", readyDuringOutage.GroupBy(s => s).Select(g => $"{g.Key?.ToString() ?? "no answer"} x{g.Count()}"))}; "
            + $"after: {string.Join(", ", readyAfter.Select(r => r.Status))}; stored {stored.Count}, answered 201 {answered.Count}, incomplete {incomplete.Count}");

        Assert.True(recovered, "The instances did not serve again within 30 s of the database's return.");
        Assert.Equal(0, tally.ServerErrors);
        Assert.Equal(0, tally.ConnectionFailures + tally.TimedOut);
        Assert.All(tally.Outcomes, o => Assert.True(o.Status is 200 or 201 or 503, $"{o.Instance} answered {o.Status}: {o.Body}"));
        Assert.InRange(tally.Longest, TimeSpan.Zero, Bound);
        Assert.NotEmpty(unavailable);
        Assert.All(unavailable, o => Assert.True(IsRetryHint(o), $"A 503 without its Retry-After or problem body: {o.RetryAfter} {o.ContentType} {o.Body}"));
        Assert.All(readyDuringOutage, status => Assert.Equal(503, status));
        Assert.All(readyAfter, r => Assert.Equal(200, r.Status));
        Assert.All(submittedAfter, s => Assert.Equal(201, s.Status));
        Assert.Empty(answered.Except(stored));
        Assert.Empty(incomplete);
    }

    private static bool IsRetryHint(RequestOutcome o) =>
        o.RetryAfter == "5" && o.ContentType == "application/problem+json" && o.Body.Contains("\"status\":503", StringComparison.Ordinal);
}
