using CaseReview.IntegrationTests.Support;
using CaseReview.TestSupport;
using Xunit.Abstractions;
using static CaseReview.IntegrationTests.MultiInstance.MultiInstanceRequests;

namespace CaseReview.IntegrationTests.MultiInstance;

/// <summary>
/// Sending the acknowledgement email records it on the case (the acknowledge stage is done), which changes the case.
/// When a staff member changes the same case at that moment through another instance, the case's version moves on
/// under the dispatcher: the acknowledgement must still be recorded, not lost with the dispatcher's round.
/// </summary>
[Collection(MultiInstanceCollection.Name)]
public sealed class AcknowledgementRaceTests(ITestOutputHelper output)
{
    [PostgreSqlOnlyFact]
    public async Task AnAcknowledgementSentWhileAnotherInstanceChangesTheCase_IsStillRecordedOnTheCase()
    {
        using var deployment = Deployment.OnSharedCluster(output);
        var a = await deployment.StartAsync("A");
        using var client = a.CreateClient();
        var tally = new Tally();
        // The emails wait in the outbox until the other instance's change is under way.
        deployment.Smtp.Stop();
        var reference = (await tally.SendAsync(a, client, () => Submission())).Json()["reference"].Str();
        var acknowledgementSent = $"""SELECT count(*) FROM "OutboxEmails" WHERE "CaseReference" = '{reference}' AND "Template" = 'acknowledgement' AND "Status" = 'Sent'""";

        await using (var change = await deployment.Database.BeginAsync($"""UPDATE "Applications" SET "Version" = "Version" + 1 WHERE "Reference" = '{reference}'"""))
        {
            deployment.Smtp.Start();
            Assert.True(await Eventually.WaitUntilAsync(async () => await deployment.Database.CountAsync(acknowledgementSent) == 1, TimeSpan.FromSeconds(30)), "The acknowledgement was not sent within 30 s.");
            // The dispatcher now records the acknowledgement, and waits for the case the other change holds.
            await Task.Delay(TimeSpan.FromSeconds(1));
            await change.CommitAsync();
        }

        var recorded = await Eventually.WaitUntilAsync(
            async () => await deployment.Database.CountAsync($"""
                SELECT count(*) FROM "StageDeadlines" d JOIN "Applications" a ON a."Id" = d."ApplicationId"
                WHERE a."Reference" = '{reference}' AND d."Stage" = 'Acknowledge' AND d."CompletedAt" IS NOT NULL
                """) == 1,
            TimeSpan.FromSeconds(15));
        var drained = await Eventually.WaitUntilAsync(deployment.Database.OutboxDrainedAsync, TimeSpan.FromSeconds(15));
        var deliveries = Deliveries.Of(await deployment.Database.OutboxAsync(), deployment.Smtp);
        output.WriteLine($"Acknowledgement race: acknowledgement recorded on the case {recorded}; " + deliveries.Figures("emails"));

        Assert.True(recorded, "The acknowledgement was sent but the case still waits for it (its acknowledge stage stays open).");
        Assert.True(drained, "The outbox was not drained.");
        Assert.Empty(deliveries.Missing);
        Assert.Empty(deliveries.Duplicated);
    }
}
