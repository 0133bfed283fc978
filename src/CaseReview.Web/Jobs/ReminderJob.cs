using CaseReview.UseCases.Reminders;

namespace CaseReview.Web.Jobs;

/// <summary>Queues the deadline and recommendation reminders due now, every <c>Reminders:IntervalMinutes</c>.</summary>
internal sealed class ReminderJob(ReminderRound round, ReminderSettings settings, TimeProvider clock, ILogger<ReminderJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, settings.IntervalMinutes)), clock);
        do
        {
            try
            {
                var queued = await round.RunAsync(stoppingToken);
                if (queued > 0)
                {
                    logger.LogInformation("Queued {Count} reminders", queued);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError("Queuing reminders failed: {ExceptionType}", ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
