using CaseReview.UseCases.Reminders;

namespace CaseReview.Web.Jobs;

/// <summary>Queues the deadline and recommendation reminders due now, every <c>Reminders:IntervalMinutes</c>, and logs how many and how long it took.</summary>
internal sealed class ReminderJob(ReminderRound round, ReminderSettings settings, TimeProvider clock, ILogger<ReminderJob> logger)
    : PeriodicJob(clock, logger)
{
    protected override bool Enabled => settings.Enabled;

    protected override TimeSpan Interval => settings.Interval;

    protected override string Name => "reminders";

    protected override string Round => "Queuing reminders";

    protected override async Task RunRoundAsync(CancellationToken stoppingToken)
    {
        var result = await round.RunTimedAsync(stoppingToken);
        // A round with nothing due says so only at Debug (every few minutes, all day).
        Logger.Log(
            result.Due > 0 ? LogLevel.Information : LogLevel.Debug,
            "Queued {Count} reminders of {Due} due in {Seconds:F2} s (found in {FindingMs:F0} ms)",
            result.Queued,
            result.Due,
            result.Total.TotalSeconds,
            result.Finding.TotalMilliseconds);
    }
}
