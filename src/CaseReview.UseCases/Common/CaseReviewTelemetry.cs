using System.Diagnostics;
using System.Diagnostics.Metrics;
using CaseReview.UseCases.Email;

namespace CaseReview.UseCases.Common;

/// <summary>
/// The app's own traces and metrics, all in one place: the <see cref="ActivitySource"/> and the meter are both named
/// <c>CaseReview</c>. Tags carry kinds and outcomes only: never a name, an address, a case reference or an id.
/// Exported over OTLP when <c>Telemetry:OtlpEndpoint</c> is set; without a listener each call costs next to nothing.
/// </summary>
public sealed class CaseReviewTelemetry
{
    public const string Name = "CaseReview";

    /// <summary>Spans for the background jobs' rounds (sending emails, queuing reminders, closing appeal windows).</summary>
    public static readonly ActivitySource ActivitySource = new(Name);

    private readonly Counter<long> _submissions;
    private readonly Counter<long> _emailsSent;
    private readonly Counter<long> _emailsFailed;
    private readonly Counter<long> _reminderRuns;
    private readonly Counter<long> _remindersQueued;

    public CaseReviewTelemetry(IMeterFactory meters, OutboxGauge outbox)
    {
        var meter = meters.Create(Name);
        _submissions = meter.CreateCounter<long>("casereview.applications.submitted", "{application}", "Applications received (a retried submission with the same Idempotency-Key is not counted again)");
        _emailsSent = meter.CreateCounter<long>("casereview.emails.sent", "{email}", "Emails the mail server accepted");
        _emailsFailed = meter.CreateCounter<long>("casereview.emails.failed", "{email}", "Emails given up on after the last attempt (an administrator can retry them)");
        _reminderRuns = meter.CreateCounter<long>("casereview.reminder.runs", "{run}", "Rounds of the reminder scheduler, by outcome (ok or failed)");
        _remindersQueued = meter.CreateCounter<long>("casereview.reminders.queued", "{reminder}", "Deadline and recommendation reminders queued");
        meter.CreateObservableGauge("casereview.outbox.depth", () => Measure(outbox.Read()?.Waiting), "{email}", "Emails waiting in the outbox (pending or being sent)");
        meter.CreateObservableGauge("casereview.outbox.failed", () => Measure(outbox.Read()?.Failed), "{email}", "Emails in the outbox marked failed");
    }

    public void ApplicationSubmitted(string channel) => _submissions.Add(1, new KeyValuePair<string, object?>("channel", channel));

    public void EmailSent() => _emailsSent.Add(1);

    public void EmailFailed() => _emailsFailed.Add(1);

    public void ReminderRun(bool succeeded, int queued)
    {
        _reminderRuns.Add(1, new KeyValuePair<string, object?>("outcome", succeeded ? "ok" : "failed"));
        if (queued > 0)
        {
            _remindersQueued.Add(queued);
        }
    }

    /// <summary>No measurement at all when the count could not be read: a gap in the graph, not a false zero.</summary>
    private static IEnumerable<Measurement<long>> Measure(long? value) => value is { } v ? [new Measurement<long>(v)] : [];
}
