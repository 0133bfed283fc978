using CaseReview.IntegrationTests.Support;
using CaseReview.TestSupport;
using Xunit.Abstractions;
using static CaseReview.IntegrationTests.MultiInstance.MultiInstanceRequests;

namespace CaseReview.IntegrationTests.MultiInstance;

/// <summary>
/// Two real app processes on one PostgreSQL database and one SMTP server, driven at once (issue 13, part 3):
/// submissions (some retried with one Idempotency-Key on both instances), the same case acted on through both with
/// the same version, and both instances' email dispatchers and reminder schedulers running.
/// </summary>
[Collection(MultiInstanceCollection.Name)]
public sealed class TwoInstanceTests(ITestOutputHelper output)
{
    private const int KeyGroups = 10;
    private const int RequestsPerKey = 3;
    private const int Singles = 30;
    private const int ContestedCases = 8;

    [PostgreSqlOnlyFact]
    public async Task TwoInstancesOnOneDatabase_GiveUniqueReferences_OneWinnerPerConflict_AndEachEmailAndReminderOnce()
    {
        using var deployment = Deployment.OnSharedCluster(output);
        var (a, b) = await deployment.StartPairAsync();
        AppProcess[] instances = [a, b];
        using var clientA = a.CreateClient();
        using var clientB = b.CreateClient();
        HttpClient[] clients = [clientA, clientB];
        var tally = new Tally();

        // Submissions at once on both instances: each key's group is sent to both.
        var plan = new List<(string? Key, int Instance)>();
        for (var group = 0; group < KeyGroups; group++)
        {
            var key = $"multi-{group}-{Guid.NewGuid():N}";
            plan.AddRange(Enumerable.Range(0, RequestsPerKey).Select(i => ((string?)key, (group + i) % 2)));
        }

        plan.AddRange(Enumerable.Range(0, Singles).Select(i => ((string?)null, i % 2)));
        var submitted = await Task.WhenAll(plan.Select(async p => (p.Key, Outcome: await tally.SendAsync(instances[p.Instance], clients[p.Instance], () => Submission(p.Key)))));
        var refused = submitted.Where(s => !s.Outcome.Is(201)).Select(s => $"{s.Outcome.Status}/{s.Outcome.Failure}: {s.Outcome.Body}").ToList();
        Assert.True(refused.Count == 0, "Not every submission was created: " + string.Join(" | ", refused.Take(3)));
        var byKey = submitted.Where(s => s.Key is not null).GroupBy(s => s.Key!).ToDictionary(g => g.Key, g => g.Select(s => s.Outcome.Json()["reference"].Str()).Distinct().ToList());
        Assert.All(byKey.Values, references => Assert.Single(references));
        var singles = submitted.Where(s => s.Key is null).Select(s => s.Outcome.Json()["reference"].Str()).ToList();
        var references = singles.Concat(byKey.Values.Select(r => r[0])).ToList();
        Assert.Equal(KeyGroups + Singles, references.Distinct().Count());
        Assert.Equal(KeyGroups + Singles, await deployment.Database.CountAsync("""SELECT count(*) FROM "Applications" """));
        Assert.Equal(KeyGroups, await deployment.Database.CountAsync("""SELECT count(*) FROM "IdempotencyKeys" """));

        // The same case acted on through both instances with the same version, while the acknowledgements go out.
        var token = await Deployment.AdminTokenAsync(a);
        var contests = await Task.WhenAll(singles.Take(ContestedCases).Select(reference => ContestAsync(reference, token, instances, clients, tally)));
        Assert.All(contests, c => Assert.True(c.Winners == 2 && c.Losers == 2, $"{c.Reference}: {c.Winners} won, {c.Losers} lost (409), {c.Other} other"));

        Assert.True(await Eventually.WaitUntilAsync(deployment.Database.OutboxDrainedAsync, TimeSpan.FromSeconds(60)), "The outbox was not drained within 60 s.");
        var emailsBeforeReminders = (await deployment.Database.OutboxAsync()).Count;

        // Both instances again, started together: their start-up reminder rounds race over the same due reminders.
        a.Kill();
        b.Kill();
        var expectedReminders = TodayIsAWorkingDay()
            ? await deployment.Database.CountAsync("""SELECT count(*) FROM "StageDeadlines" WHERE "Stage" = 'ThresholdDecision' AND "CompletedAt" IS NULL""")
            : 0;
        AppProcess a2, b2;
        await using (await deployment.Database.LockAsync("SentReminders"))
        {
            // Each start-up round finds the due cases, then waits for the table to see which are already queued:
            // when it is free, both go at once with the same list.
            (a2, b2) = await deployment.StartPairAsync("A2", "B2");
            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        Assert.True(
            await Eventually.WaitUntilAsync(
                async () => await deployment.Database.CountAsync("""SELECT count(*) FROM "SentReminders" """) >= expectedReminders && await deployment.Database.OutboxDrainedAsync(),
                TimeSpan.FromSeconds(60)),
            "The reminders were not queued and sent within 60 s.");
        await Task.Delay(TimeSpan.FromSeconds(1));

        var reminders = await deployment.Database.CountAsync("""SELECT count(*) FROM "SentReminders" """);
        var reminderEmails = await deployment.Database.CountAsync("""SELECT count(*) FROM "OutboxEmails" WHERE "Template" = 'deadline-reminder'""");
        var queuedByA2 = RemindersQueuedBy(a2);
        var queuedByB2 = RemindersQueuedBy(b2);
        var outbox = await deployment.Database.OutboxAsync();
        var deliveries = Deliveries.Of(outbox, deployment.Smtp);
        var unrecordedAcknowledgements = await deployment.Database.StringsAsync("""
            SELECT a."Reference" FROM "Applications" a
            JOIN "StageDeadlines" d ON d."ApplicationId" = a."Id" AND d."Stage" = 'Acknowledge' AND d."CompletedAt" IS NULL
            WHERE EXISTS (SELECT 1 FROM "OutboxEmails" o WHERE o."CaseReference" = a."Reference" AND o."Template" = 'acknowledgement' AND o."Status" = 'Sent')
            """);

        output.WriteLine(tally.Figures("Two instances"));
        output.WriteLine($"Two instances: applications {references.Distinct().Count()} from {plan.Count} submissions ({KeyGroups} keys x {RequestsPerKey} requests + {Singles}); "
            + $"contested actions {ContestedCases * 2}: won {contests.Sum(c => c.Winners)}, lost with 409 {contests.Sum(c => c.Losers)}, rounds repeated because the case moved on {contests.Sum(c => c.Repeats)}");
        output.WriteLine($"Two instances: reminders expected {expectedReminders}, stored {reminders}, queued by A2 {queuedByA2} and B2 {queuedByB2}, reminder emails {reminderEmails}; "
            + $"emails before the reminders {emailsBeforeReminders}; acknowledgements sent but not recorded on the case {unrecordedAcknowledgements.Count}");
        output.WriteLine(deliveries.Figures("Two instances"));

        Assert.Equal(0, tally.ServerErrors);
        Assert.Equal(0, tally.Count(503));
        Assert.Equal(0, tally.ConnectionFailures + tally.TimedOut);
        Assert.Equal(expectedReminders, reminders);
        Assert.Equal(expectedReminders, queuedByA2 + queuedByB2);
        Assert.Equal(expectedReminders, reminderEmails);
        Assert.Empty(deliveries.Missing);
        Assert.Empty(deliveries.Duplicated);
        Assert.Equal(0, deliveries.Unmatched);
        Assert.All(outbox, o => Assert.Equal("Sent", o.Status));
        Assert.Empty(unrecordedAcknowledgements);
    }

    /// <summary>
    /// Start-assessment, then the threshold decision, each sent through both instances at once with the version just
    /// read. When neither wins, the case moved on in between (its acknowledgement was recorded): read it and go again.
    /// </summary>
    private static async Task<Contest> ContestAsync(string reference, string token, AppProcess[] instances, HttpClient[] clients, Tally tally)
    {
        int winners = 0, losers = 0, other = 0, repeats = 0;
        foreach (var (action, body) in new (string, Func<int, object>)[]
        {
            ("start-assessment", version => new { version }),
            ("threshold-decision", version => new { met = true, reason = "Three qualifying complaints.", version }),
        })
        {
            for (var round = 0; round < 5; round++)
            {
                var current = (await tally.SendAsync(instances[0], clients[0], () => Get(token, $"/api/cases/{reference}"))).Json();
                var version = current["version"]!.GetValue<int>();
                var both = await Task.WhenAll(Enumerable.Range(0, 2).Select(i => tally.SendAsync(instances[i], clients[i], () => Action(token, reference, action, body(version)))));
                if (both.All(o => o.Is(409)))
                {
                    // Fair only if neither request did the action: the case is where it was, at a later version.
                    var after = (await tally.SendAsync(instances[1], clients[1], () => Get(token, $"/api/cases/{reference}"))).Json();
                    if (after["status"].Str() != current["status"].Str() || after["version"]!.GetValue<int>() == version)
                    {
                        other += 2;
                        break;
                    }

                    repeats++;
                    continue;
                }

                winners += both.Count(o => o.Is(200));
                losers += both.Count(o => o.Is(409));
                other += both.Count(o => !o.Is(200) && !o.Is(409));
                break;
            }
        }

        return new Contest(reference, winners, losers, other, repeats);
    }

    private sealed record Contest(string Reference, int Winners, int Losers, int Other, int Repeats);
}
