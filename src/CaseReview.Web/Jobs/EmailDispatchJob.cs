using CaseReview.Infrastructure.Email;

namespace CaseReview.Web.Jobs;

/// <summary>Works through the email outbox every <c>Email:Dispatcher:IntervalSeconds</c>; <c>Enabled=false</c> turns it off.</summary>
internal sealed class EmailDispatchJob(IServiceScopeFactory scopes, DispatcherSettings settings, TimeProvider clock, ILogger<EmailDispatchJob> logger)
    : PeriodicJob(clock, logger)
{
    protected override bool Enabled => settings.Enabled;

    protected override TimeSpan Interval => settings.Interval;

    protected override string Name => "email-dispatch";

    protected override string Round => "Sending queued emails";

    protected override async Task RunRoundAsync(CancellationToken stoppingToken)
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
}
