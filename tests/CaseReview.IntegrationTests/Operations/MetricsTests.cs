using CaseReview.IntegrationTests.Support;
using CaseReview.UseCases.Email;

namespace CaseReview.IntegrationTests.Operations;

/// <summary>
/// The app's own metrics (meter "CaseReview"), read by a listener as an exporter would: what the dispatcher sends and
/// gives up on, what waits in the outbox, submissions and reminder rounds. Each test starts its own host: counters
/// are per host.
/// </summary>
public sealed class MetricsTests
{
    [Fact]
    public async Task DispatchingEmails_CountsSentAndFailed_AndTheOutboxGaugesReportWhatWaits()
    {
        // The sink's port is chosen but nothing listens on it until it is started.
        using var sink = new SmtpSink();
        using var app = EmailSteps.WithSmtp(sink, ("Email:Dispatcher:MaxAttempts", "1"));
        using var metrics = new MetricRecorder(app);
        var client = app.CreateClient();

        await client.Submit();
        var waiting = (await app.OutboxAsync()).Count(e => e.Status == OutboxStatus.Pending);
        Assert.True(waiting > 0);
        app.Clock.Advance(TimeSpan.FromSeconds(10)); // past the few seconds the gauges keep a count
        Assert.Equal(waiting, metrics.Gauge("casereview.outbox.depth"));
        Assert.Equal(0, metrics.Gauge("casereview.outbox.failed"));

        // No mail server: with one attempt allowed, every email is marked failed.
        await app.DispatchAllAsync();
        Assert.Equal(waiting, metrics.Sum("casereview.emails.failed"));
        Assert.Equal(0, metrics.Sum("casereview.emails.sent"));
        Assert.Equal(waiting, metrics.Gauge("casereview.outbox.depth")); // still the cached count...
        app.Clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(0, metrics.Gauge("casereview.outbox.depth")); // ...until it is read again
        Assert.Equal(waiting, metrics.Gauge("casereview.outbox.failed"));

        sink.Start();
        await client.Submit();
        var second = (await app.OutboxAsync()).Count(e => e.Status == OutboxStatus.Pending);
        await app.DispatchAllAsync();
        await sink.WaitForAsync(second);
        Assert.Equal(second, metrics.Sum("casereview.emails.sent"));
        Assert.Equal(waiting, metrics.Sum("casereview.emails.failed"));
    }

    [Fact]
    public async Task Submissions_AreCountedOnce_ByChannel_AndAReplayedSubmissionIsNot()
    {
        using var app = new CaseReviewApp();
        using var metrics = new MetricRecorder(app);
        var client = app.CreateClient();

        await client.Submit(idempotencyKey: "metrics-1");
        await client.Submit(idempotencyKey: "metrics-1");
        await client.Submit();

        Assert.Equal(2, metrics.Sum("casereview.applications.submitted"));
        Assert.Equal(2, metrics.Sum("casereview.applications.submitted channel=Online"));
    }

    [Fact]
    public async Task AReminderRound_IsCounted_WithItsOutcome_AndTheRemindersItQueued()
    {
        using var app = new CaseReviewApp();
        using var metrics = new MetricRecorder(app);
        await app.CreateClient().Submit();
        app.SetClockUtc(2026, 11, 20);

        var queued = await app.RunRemindersAsync();

        Assert.Equal(1, metrics.Sum("casereview.reminder.runs outcome=ok"));
        Assert.Equal(0, metrics.Sum("casereview.reminder.runs outcome=failed"));
        Assert.True(queued > 0, "the test expects an overdue stage to remind about");
        Assert.Equal(queued, metrics.Sum("casereview.reminders.queued"));
    }

    [SqliteOnlyFact("the outage moves the SQLite file away; on PostgreSQL the two-instance fault run stops the server")]
    public async Task TheOutboxGauge_ReportsNothing_RatherThanFailing_WhenTheDatabaseIsGone()
    {
        using var app = new CaseReviewApp();
        using var metrics = new MetricRecorder(app);
        await app.CreateClient().Submit();
        using (DatabaseOutage.Of(app))
        {
            app.Clock.Advance(TimeSpan.FromSeconds(10));
            Assert.Null(metrics.Gauge("casereview.outbox.depth"));
        }

        app.Clock.Advance(TimeSpan.FromSeconds(10));
        Assert.NotNull(metrics.Gauge("casereview.outbox.depth"));
    }
}
