using CaseReview.IntegrationTests.Support;
using CaseReview.TestSupport;
using Xunit.Abstractions;
using static CaseReview.IntegrationTests.MultiInstance.MultiInstanceRequests;

namespace CaseReview.IntegrationTests.MultiInstance;

/// <summary>
/// One of two instances killed outright (SIGKILL) mid-work (issue 13, part 4): a submission is stored whole or not at
/// all, and an email is never lost, and sent twice only when the dead instance had claimed it (at least once).
/// </summary>
[Collection(MultiInstanceCollection.Name)]
public sealed class InstanceKillTests(ITestOutputHelper output)
{
    [PostgreSqlOnlyFact]
    public async Task KillingAnInstanceMidBurst_LeavesEverySubmissionAnswered201Complete_AndNoHalfWrittenCase()
    {
        const int submissions = 120;
        const int killAfter = 30;
        const int workers = 12;
        using var deployment = Deployment.OnSharedCluster(output);
        var (a, b) = await deployment.StartPairAsync();
        AppProcess[] instances = [a, b];
        using var clientA = a.CreateClient(TimeSpan.FromSeconds(30));
        using var clientB = b.CreateClient(TimeSpan.FromSeconds(30));
        HttpClient[] clients = [clientA, clientB];
        var tally = new Tally();
        var next = -1;
        var killedAt = DateTime.MaxValue;

        async Task Worker()
        {
            for (var i = Interlocked.Increment(ref next); i < submissions; i = Interlocked.Increment(ref next))
            {
                await tally.SendAsync(instances[i % 2], clients[i % 2], () => Submission());
            }
        }

        async Task Killer()
        {
            await Eventually.WaitUntilAsync(() => tally.Requests >= killAfter, TimeSpan.FromSeconds(60));
            a.Kill();
            killedAt = DateTime.UtcNow;
        }

        await Task.WhenAll([.. Enumerable.Range(0, workers).Select(_ => Task.Run(Worker)), Killer()]);

        var answered = tally.Outcomes.Where(o => o.Is(201)).Select(o => o.Json()["reference"].Str()).ToList();
        var stored = await deployment.Database.StringsAsync("""SELECT "Reference" FROM "Applications" """);
        var incomplete = await deployment.Database.IncompleteApplicationsAsync();
        var toA = tally.Outcomes.Where(o => o.Instance == a.Name).ToList();
        var toB = tally.Outcomes.Where(o => o.Instance == b.Name).ToList();
        output.WriteLine(tally.Figures("Kill during submissions"));
        output.WriteLine($"Kill during submissions: to A (killed) {toA.Count}: 201 {toA.Count(o => o.Is(201))}, connection failures {toA.Count(o => o.Failure == RequestFailure.Connection)} "
            + $"(cut off in flight {toA.Count(o => o.Failure == RequestFailure.Connection && o.Started < killedAt)}, refused after {toA.Count(o => o.Started >= killedAt)}); "
            + $"to B {toB.Count}: 201 {toB.Count(o => o.Is(201))}; stored {stored.Count} (of which stored without an answer {stored.Except(answered).Count()}), incomplete {incomplete.Count}");

        Assert.Equal(0, tally.ServerErrors);
        Assert.Equal(0, tally.Count(503));
        Assert.Equal(0, tally.TimedOut);
        Assert.All(toB, o => Assert.True(o.Is(201), $"B answered {o.Status}/{o.Failure}: {o.Body}"));
        Assert.All(toA, o => Assert.True(o.Is(201) || o.Failure == RequestFailure.Connection, $"A answered {o.Status}/{o.Failure}: {o.Body}"));
        Assert.Contains(toA, o => o.Failure == RequestFailure.Connection);
        Assert.Equal(answered.Count, answered.Distinct().Count());
        Assert.Empty(answered.Except(stored));
        Assert.Empty(incomplete);
    }

    [PostgreSqlOnlyFact]
    public async Task KillingAnInstanceMidDispatch_LosesNoEmail_AndResendsOnlyWhatItHadClaimed()
    {
        const int emails = 300;
        const int batchSize = 2;
        using var deployment = Deployment.OnSharedCluster(output);
        // A claim lasts TimeoutSeconds x (BatchSize + 2): 4 s here, so the survivor takes the dead instance's rows soon.
        deployment.Settings["Email:Dispatcher:BatchSize"] = batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        deployment.Settings["Email:Smtp:TimeoutSeconds"] = "1";
        await deployment.Database.ExecuteAsync($"""
            INSERT INTO "OutboxEmails" ("Template", "Recipient", "Subject", "TextBody", "HtmlBody", "OnDelivery", "Status", "Attempts", "CreatedAt", "NextAttemptAt")
            SELECT 'burst', '{Deployment.LeadMailbox}', 'Burst ' || n, 'Email ' || n, '<p>Email ' || n || '</p>', 'None', 'Pending', 0, now(), now()
            FROM generate_series(1, {emails}) AS n
            """);

        var (a, _) = await deployment.StartPairAsync();
        Assert.True(await Eventually.WaitUntilAsync(() => deployment.Smtp.Count() >= emails / 5, TimeSpan.FromSeconds(60)), "Dispatch did not start within 60 s.");
        a.Kill();
        var deliveredAtKill = deployment.Smtp.Count();
        var claimedAtKill = (await deployment.Database.StringsAsync("""SELECT "Id"::text FROM "OutboxEmails" WHERE "Status" = 'Sending'""")).Select(long.Parse).ToHashSet();

        var drained = await Eventually.WaitUntilAsync(deployment.Database.OutboxDrainedAsync, TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(1));
        var outbox = await deployment.Database.OutboxAsync();
        var deliveries = Deliveries.Of(outbox, deployment.Smtp);
        output.WriteLine($"Kill during dispatch: delivered when A was killed {deliveredAtKill} of {emails}, being sent (claimed by A or B) at that moment {claimedAtKill.Count}");
        output.WriteLine(deliveries.Figures("Kill during dispatch") + $"; duplicated ids among those claimed at the kill: {deliveries.Duplicated.Count(claimedAtKill.Contains)}; bound (batch size) {batchSize}");

        Assert.True(deliveredAtKill < emails, "The instance was killed only after every email had gone.");
        Assert.True(drained, "The outbox was not drained within 60 s of the kill.");
        Assert.All(outbox, o => Assert.Equal("Sent", o.Status));
        Assert.Empty(deliveries.Missing);
        Assert.Equal(0, deliveries.Unmatched);
        Assert.All(deliveries.Duplicated, id => Assert.Contains(id, claimedAtKill));
        Assert.InRange(deliveries.ExtraCopies, 0, batchSize);
    }
}
