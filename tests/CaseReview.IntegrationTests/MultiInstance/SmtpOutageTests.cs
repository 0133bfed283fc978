using CaseReview.IntegrationTests.Support;
using CaseReview.TestSupport;
using Xunit.Abstractions;
using static CaseReview.IntegrationTests.MultiInstance.MultiInstanceRequests;

namespace CaseReview.IntegrationTests.MultiInstance;

/// <summary>
/// The mail server away for some seconds while two instances queue emails (issue 13, part 4): the dispatchers retry,
/// and once it is back every email arrives once, none lost and none twice; the instances stay ready meanwhile.
/// </summary>
[Collection(MultiInstanceCollection.Name)]
public sealed class SmtpOutageTests(ITestOutputHelper output)
{
    private const int Submissions = 20;

    [PostgreSqlOnlyFact]
    public async Task StoppingTheMailServer_DelaysEmails_ThenEachArrivesOnce()
    {
        using var deployment = Deployment.OnSharedCluster(output);
        var (a, b) = await deployment.StartPairAsync();
        AppProcess[] instances = [a, b];
        using var clientA = a.CreateClient();
        using var clientB = b.CreateClient();
        HttpClient[] clients = [clientA, clientB];
        var tally = new Tally();

        deployment.Smtp.Stop();
        var stopped = DateTime.UtcNow;
        await Task.WhenAll(Enumerable.Range(0, Submissions).Select(i => tally.SendAsync(instances[i % 2], clients[i % 2], () => Submission())));
        // Every email tried and refused at least twice while the server is away.
        var retried = await Eventually.WaitUntilAsync(
            async () => await deployment.Database.CountAsync("""SELECT count(*) FROM "OutboxEmails" WHERE "Attempts" < 2 OR "Status" <> 'Pending'""") == 0,
            TimeSpan.FromSeconds(30));
        var attemptsWhileAway = await deployment.Database.CountAsync("""SELECT sum("Attempts") FROM "OutboxEmails" """);
        var ready = await Task.WhenAll(instances.Zip(clients).Select(p => tally.SendAsync(p.First, p.Second, () => new HttpRequestMessage(HttpMethod.Get, "/health/ready"))));
        deployment.Smtp.Start();
        var away = DateTime.UtcNow - stopped;

        var drained = await Eventually.WaitUntilAsync(deployment.Database.OutboxDrainedAsync, TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(1));
        var outbox = await deployment.Database.OutboxAsync();
        var deliveries = Deliveries.Of(outbox, deployment.Smtp);
        output.WriteLine(tally.Figures("Mail server outage"));
        output.WriteLine($"Mail server outage: away {away.TotalSeconds:F1} s, failed attempts while away {attemptsWhileAway}, /health/ready meanwhile {string.Join(", ", ready.Select(r => r.Status))}");
        output.WriteLine(deliveries.Figures("Mail server outage"));

        Assert.True(retried, "The dispatchers did not retry every email twice within 30 s.");
        Assert.True(drained, "The outbox was not drained within 30 s of the mail server's return.");
        Assert.Equal(Submissions * 2, outbox.Count);
        Assert.Equal(Submissions, tally.Count(201));
        Assert.All(ready, r => Assert.Equal(200, r.Status));
        Assert.Equal(0, tally.ServerErrors + tally.Count(503) + tally.ConnectionFailures + tally.TimedOut);
        Assert.All(outbox, o => Assert.Equal("Sent", o.Status));
        Assert.Empty(deliveries.Missing);
        Assert.Empty(deliveries.Duplicated);
        Assert.Equal(0, deliveries.Unmatched);
    }
}
