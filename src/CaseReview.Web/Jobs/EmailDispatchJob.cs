using CaseReview.Infrastructure.Email;

namespace CaseReview.Web.Jobs;

/// <summary>Works through the email outbox every <c>Email:Dispatcher:IntervalSeconds</c>; <c>Enabled=false</c> turns it off.</summary>
internal sealed class EmailDispatchJob(IServiceScopeFactory scopes, DispatcherSettings settings, TimeProvider clock, ILogger<EmailDispatchJob> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, settings.IntervalSeconds)), clock);
        do
        {
            try
            {
                // A full batch means more may be waiting: carry on without waiting for the next tick.
                DispatchResult result;
                do
                {
                    await using var scope = scopes.CreateAsyncScope();
                    result = await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(stoppingToken);
                }
                while (result.Sent == settings.BatchSize && !stoppingToken.IsCancellationRequested);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError("Sending queued emails failed: {ExceptionType}", ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
