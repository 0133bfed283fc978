using CaseReview.UseCases.Cases;
using Mediator;

namespace CaseReview.Web.Jobs;

/// <summary>
/// Once, when the app starts: makes the cases written before the current search rule searchable again, a batch at a
/// time, in the background (an upgrade with many cases does not hold up start-up). Nothing to do takes one indexed query.
/// </summary>
internal sealed class SearchTextJob(IServiceScopeFactory scopes, ILogger<SearchTextJob> logger) : BackgroundService
{
    private const int BatchSize = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var total = 0;
        try
        {
            int done;
            do
            {
                await using var scope = scopes.CreateAsyncScope();
                done = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RefreshSearchTextsCommand(BatchSize), stoppingToken);
                total += done;
            }
            while (done == BatchSize);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError("Updating the search texts failed after {Count} cases: {ExceptionType}", total, ex.GetType().Name);
            return;
        }

        logger.LogInformation("Search texts up to date: {Count} cases updated", total);
    }
}
