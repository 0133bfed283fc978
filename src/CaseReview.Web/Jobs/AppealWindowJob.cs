using CaseReview.UseCases.Cases;
using Mediator;

namespace CaseReview.Web.Jobs;

/// <summary>
/// Closes threshold-not-met cases whose appeal window has ended, every <c>Workflow:AutoCloseMinutes</c>
/// (default 60). <c>Workflow:AutoClose=false</c> turns it off.
/// </summary>
internal sealed class AppealWindowJob(IServiceScopeFactory scopes, AutoCloseSettings settings, TimeProvider clock, ILogger<AppealWindowJob> logger)
    : PeriodicJob(clock, logger)
{
    protected override bool Enabled => settings.AutoClose;

    protected override TimeSpan Interval => TimeSpan.FromMinutes(settings.AutoCloseMinutes);

    protected override string Name => "appeal-window";

    protected override string Round => "Closing cases with ended appeal windows";

    protected override async Task RunRoundAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var closed = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new CloseExpiredAppealWindowsCommand(), stoppingToken);
        if (closed.Count > 0)
        {
            Logger.LogInformation("Closed {Count} cases whose appeal window ended: {References}", closed.Count, string.Join(", ", closed));
        }
    }
}
