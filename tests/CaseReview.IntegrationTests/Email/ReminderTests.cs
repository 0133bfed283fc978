using System.Net;
using System.Net.Http.Json;
using CaseReview.Domain.Deadlines;
using CaseReview.IntegrationTests.Support;
using CaseReview.UseCases.Reminders;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseReview.IntegrationTests.Email;

/// <summary>
/// Deadline reminders on the England and Wales working-day calendar. An application received on Wednesday
/// 16 December 2026 has its threshold decision due 10 working days later, on Monday 4 January 2027 (25 and
/// 28 December and 1 January are bank holidays), so "2 working days before" is Wednesday 30 December.
/// </summary>
public sealed class ReminderTests
{
    [Fact]
    public async Task ThresholdDecisionReminders_FireOnTheRightWorkingDays_AcrossChristmas_AndStopOnceDecided()
    {
        using var smtp = SmtpSink.Started();
        using var app = EmailSteps.WithSmtp(smtp);
        app.SetClockUtc(2026, 12, 16);
        var reference = (await app.CreateClient().Submit())["reference"].Str();
        var admin = await app.AsAdmin();
        var officer = await CreateOfficer(app, admin);
        (await admin.Act(reference, "assign", new { officerEmail = officer })).EnsureSuccessStatusCode();
        await app.DispatchAllAsync(); // the acknowledgement goes out, so only the threshold decision is due

        Assert.Equal(0, await RemindersOn(app, 2026, 12, 29));
        Assert.Equal(1, await RemindersOn(app, 2026, 12, 30));
        Assert.Equal(0, await app.RunRemindersAsync()); // a second run the same day adds nothing
        Assert.Equal(0, await RemindersOn(app, 2026, 12, 31));
        Assert.Equal(0, await RemindersOn(app, 2027, 1, 1)); // New Year's Day: no reminders on a bank holiday
        Assert.Equal(1, await RemindersOn(app, 2027, 1, 4));
        Assert.Equal(1, await RemindersOn(app, 2027, 1, 5));
        Assert.Equal(1, await RemindersOn(app, 2027, 1, 6));

        (await admin.Act(reference, "start-assessment")).EnsureSuccessStatusCode();
        (await admin.Act(reference, "threshold-decision", new { met = true })).EnsureSuccessStatusCode();
        Assert.Equal(0, await RemindersOn(app, 2027, 1, 7));

        var reminders = (await app.RemindersAsync()).Where(r => r.Subject == "ThresholdDecision").ToList();
        Assert.Equal(
            [(ReminderKind.DueSoon, new DateOnly(2026, 12, 30)), (ReminderKind.DueToday, new DateOnly(2027, 1, 4)),
             (ReminderKind.Overdue, new DateOnly(2027, 1, 5)), (ReminderKind.Overdue, new DateOnly(2027, 1, 6))],
            reminders.Select(r => (r.Kind, r.ForDate)));

        await app.DispatchAllAsync();
        var toOfficer = smtp.Messages().Where(m => m.Recipient == officer).Select(m => m.Subject).ToList();
        Assert.Equal(
            [$"{reference}: threshold decision due on Monday 4 January 2027", $"{reference}: threshold decision due today",
             $"Overdue: {reference} threshold decision was due Monday 4 January 2027", $"Overdue: {reference} threshold decision was due Monday 4 January 2027"],
            toOfficer);
        // Overdue notices also go to the administrators; the earlier ones only to the officer.
        Assert.Equal(2, smtp.Messages().Count(m => m.Recipient == CaseReviewApp.AdminEmail && m.Subject.StartsWith("Overdue", StringComparison.Ordinal)));
        Assert.Contains("2 working days late", smtp.Messages().Last(m => m.Recipient == officer).Text);
    }

    [Fact]
    public async Task CaseWithdrawnOrStageDoneBeforeTheReminderDay_GetsNoReminder()
    {
        using var app = new CaseReviewApp();
        app.SetClockUtc(2026, 12, 16);
        var client = app.CreateClient();
        var withdrawn = (await client.Submit())["reference"].Str();
        var decided = (await client.Submit())["reference"].Str();
        var untouched = (await client.Submit())["reference"].Str();
        var admin = await app.AsAdmin();

        app.SetClockUtc(2026, 12, 29);
        (await admin.Act(withdrawn, "withdraw", new { reason = "The applicant asked us to stop." })).EnsureSuccessStatusCode();
        (await admin.Act(decided, "start-assessment")).EnsureSuccessStatusCode();
        (await admin.Act(decided, "threshold-decision", new { met = true })).EnsureSuccessStatusCode();

        app.SetClockUtc(2026, 12, 30);
        await app.RunRemindersAsync();

        var reminders = await app.RemindersAsync();
        Assert.DoesNotContain(reminders, r => r.CaseReference == withdrawn);
        Assert.DoesNotContain(reminders, r => r.CaseReference == decided);
        Assert.Contains(reminders, r => r.CaseReference == untouched && r.Subject == "ThresholdDecision" && r.Kind == ReminderKind.DueSoon);
        // The acknowledgement was never sent (no mail server here), so it is overdue for the untouched case only.
        Assert.Contains(reminders, r => r.CaseReference == untouched && r.Subject == "Acknowledge" && r.Kind == ReminderKind.Overdue);
    }

    [Fact]
    public async Task TwoSchedulersAndTwoDispatchersAtOnce_QueueAndDeliverEachReminderOnce()
    {
        using var smtp = SmtpSink.Started();
        using var first = EmailSteps.WithSmtp(smtp, ("Email:Dispatcher:BatchSize", "4"));
        using var second = CaseReviewApp.SecondInstanceOf(first);
        first.SetClockUtc(2026, 12, 16);
        var client = first.CreateClient();
        var references = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            references.Add((await client.Submit())["reference"].Str());
        }

        _ = second.CreateClient();
        first.SetClockUtc(2026, 12, 30);
        var queued = await Task.WhenAll(first.RunRemindersAsync(), second.RunRemindersAsync(), first.RunRemindersAsync(), second.RunRemindersAsync());

        // Per case: the threshold decision is due in 2 working days, the unsent acknowledgement is overdue.
        Assert.Equal(10, queued.Sum());
        var reminders = await first.RemindersAsync();
        Assert.Equal(10, reminders.Count);
        Assert.Equal(10, reminders.Select(r => (r.CaseReference, r.Subject, r.Kind, r.ForDate)).Distinct().Count());

        await Task.WhenAll(first.DispatchAllAsync(), second.DispatchAllAsync());
        var received = smtp.Messages().Where(m => m.Subject.Contains("due", StringComparison.Ordinal)).ToList();
        // Unassigned cases: due-soon to the lead mailbox; overdue to the lead mailbox and the administrator.
        Assert.Equal(15, received.Count);
        foreach (var reference in references)
        {
            Assert.Single(received, m => m.Subject == $"{reference}: threshold decision due on Monday 4 January 2027" && m.Recipient == CaseReviewApp.LeadMailbox);
            Assert.Equal(2, received.Count(m => m.Subject == $"Overdue: {reference} acknowledgement was due Friday 18 December 2026"));
        }
    }

    /// <summary>A reminder named twice in one batch is queued once: the batch reads what is stored, and what it stores as it goes.</summary>
    [Fact]
    public async Task AReminderNamedTwiceInABatch_IsQueuedOnce()
    {
        using var app = new CaseReviewApp();
        app.SetClockUtc(2026, 12, 16);
        var reference = (await app.CreateClient().Submit())["reference"].Str();
        app.SetClockUtc(2026, 12, 30);
        var reminder = new DueReminder(reference, "ThresholdDecision", ReminderKind.DueSoon, new DateOnly(2026, 12, 30), new DateOnly(2027, 1, 4), Stage.ThresholdDecision, null);

        using (var scope = app.Services.CreateScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new QueueRemindersCommand([reminder, reminder])));
        }

        Assert.Equal(["ThresholdDecision"], (await app.RemindersAsync()).Select(r => r.Subject));
        Assert.Single(await app.OutboxAsync(), e => e.Subject == $"{reference}: threshold decision due on Monday 4 January 2027");
    }

    /// <summary>
    /// Another scheduler stores one of a batch's reminders while the batch is written (a test-only trigger stands in
    /// for it: storing the acknowledgement's reminder also stores the threshold decision's): the batch is refused whole,
    /// and the round queues its reminders one at a time, skipping the one the other stored, without failing.
    /// </summary>
    [SqliteOnlyFact("a SQLite trigger stands in for the other scheduler")]
    public async Task AReminderStoredByAnotherSchedulerWhileABatchIsWritten_IsSkipped_AndTheRestAreQueued()
    {
        using var app = new CaseReviewApp();
        app.SetClockUtc(2026, 12, 16);
        var reference = (await app.CreateClient().Submit())["reference"].Str();
        await app.QueryDatabaseAsync(db => db.Database.ExecuteSqlRawAsync("""
            CREATE TRIGGER "OtherScheduler" AFTER INSERT ON "SentReminders" WHEN new."Subject" = 'Acknowledge' BEGIN
                INSERT OR IGNORE INTO "SentReminders" ("CaseReference", "Subject", "Kind", "ForDate", "CreatedAt")
                VALUES (new."CaseReference", 'ThresholdDecision', 'DueSoon', new."ForDate", new."CreatedAt");
            END
            """));
        app.SetClockUtc(2026, 12, 30);

        Assert.Equal(1, await app.RunRemindersAsync());

        var stored = await app.RemindersAsync();
        Assert.Equal(["Acknowledge", "ThresholdDecision"], stored.Select(r => r.Subject).Order(StringComparer.Ordinal));
        // The overdue acknowledgement to the lead mailbox and the administrator; nothing for the one the other stored.
        Assert.Equal(2, (await app.OutboxAsync()).Count(e => e.Subject.StartsWith($"Overdue: {reference}", StringComparison.Ordinal)));
        Assert.DoesNotContain(await app.OutboxAsync(), e => e.Subject.Contains("threshold decision due", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RecommendationDueDate_RemindsTheOwnerAgencysContactMailbox()
    {
        using var smtp = SmtpSink.Started();
        using var app = EmailSteps.WithSmtp(smtp);
        await app.SetPoliceMailboxAsync("asb.team@police.example");
        var reference = (await app.CreateClient().Submit())["reference"].Str();
        var admin = await app.AsAdmin();
        await admin.ActOk(reference, "start-assessment");
        await admin.ActOk(reference, "threshold-decision", new { met = true });
        await admin.ActOk(reference, "schedule-review", new { meetingAt = "2026-11-20T10:00:00Z", panel = new[] { new { agency = "Police" } } });
        app.SetClockUtc(2026, 11, 20, hour: 10); // the meeting has taken place
        await admin.ActOk(reference, "record-review", new
        {
            findings = "Reports were not linked.",
            applicantSummary = "The police will patrol the footpaths on Friday evenings.",
            recommendations = new[] { new { action = "Joint patrols at weekends.", ownerAgency = "Police", lead = "PS Example", dueDate = "2027-01-05" } },
        });

        Assert.Equal(0, await RemindersOn(app, 2026, 12, 30, subjectStartsWith: "Recommendation"));
        Assert.Equal(1, await RemindersOn(app, 2026, 12, 31, subjectStartsWith: "Recommendation")); // 2 working days before Tuesday 5 January
        Assert.Equal(1, await RemindersOn(app, 2027, 1, 5, subjectStartsWith: "Recommendation"));
        Assert.Equal(1, await RemindersOn(app, 2027, 1, 6, subjectStartsWith: "Recommendation"));
        Assert.Equal(0, await RemindersOn(app, 2027, 1, 7, subjectStartsWith: "Recommendation")); // one overdue notice only

        await app.DispatchAllAsync();
        var police = smtp.Messages().Where(m => m.Recipient == "asb.team@police.example").Select(m => m.Subject).ToList();
        Assert.Contains($"Case review panel invitation: {reference} on Friday 20 November 2026 at 10am", police);
        Assert.Contains($"{reference}: a recommendation for Police is due on Tuesday 5 January 2027", police);
        Assert.Contains($"{reference}: a recommendation for Police is due today", police);
        Assert.DoesNotContain(smtp.Messages(), m => m.Text.Contains("Joint patrols", StringComparison.Ordinal));
    }

    private static async Task<int> RemindersOn(CaseReviewApp app, int year, int month, int day, string? subjectStartsWith = "ThresholdDecision")
    {
        app.SetClockUtc(year, month, day);
        var before = (await app.RemindersAsync()).Count(r => subjectStartsWith is null || r.Subject.StartsWith(subjectStartsWith, StringComparison.Ordinal));
        await app.RunRemindersAsync();
        return (await app.RemindersAsync()).Count(r => subjectStartsWith is null || r.Subject.StartsWith(subjectStartsWith, StringComparison.Ordinal)) - before;
    }

    private static async Task<string> CreateOfficer(CaseReviewApp app, HttpClient admin)
    {
        const string email = "officer.one@council.example";
        var created = await admin.PostAsJsonAsync("/api/admin/users", new { email, password = "a long enough passphrase", roles = new[] { "CaseOfficer" } }, Api.Json);
        await created.ReadJson(HttpStatusCode.Created);
        return email;
    }
}
