using CaseReview.UseCases.Reminders;

namespace CaseReview.Web.Jobs;

/// <summary>Queues the deadline and recommendation reminders due now, every <c>Reminders:IntervalMinutes</c>.</summary>
internal sealed class ReminderJob(ReminderRound round, ReminderSettings settings, TimeProvider clock, ILogger<ReminderJob> logger)
    : PeriodicJob(clock, logger)
{
    protected override bool Enabled => settings.Enabled;

    protected override TimeSpan Interval => settings.Interval;

    protected override string Name => "reminders";

    protected override string Round => "Queuing reminders";

    protected override async Task RunRoundAsync(CancellationToken stoppingToken)
    {
        var queued = await round.RunAsync(stoppingToken);
        if (queued > 0)
        {
            Logger.LogInformation("Queued {Count} reminders", queued);
        }
    }
}
