using CaseReview.UseCases.Cases;
using Mediator;

namespace CaseReview.Web.Jobs;

/// <summary>
/// Closes threshold-not-met cases whose appeal window has ended, every <c>Workflow:AutoCloseMinutes</c>
/// (default 60). <c>Workflow:AutoClose=false</c> turns it off.
/// </summary>
internal sealed class AppealWindowJob(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<AppealWindowJob> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Workflow:AutoClose", true))
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(configuration.GetValue("Workflow:AutoCloseMinutes", 60)), clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var closed = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new CloseExpiredAppealWindowsCommand(), stoppingToken);
                if (closed.Count > 0)
                {
                    logger.LogInformation("Closed {Count} cases whose appeal window ended: {References}", closed.Count, string.Join(", ", closed));
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError("Closing cases with ended appeal windows failed: {ExceptionType}", ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
