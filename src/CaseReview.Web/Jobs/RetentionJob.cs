using CaseReview.UseCases.Retention;
using Mediator;

namespace CaseReview.Web.Jobs;

/// <summary>
/// Applies the retention schedule every <c>Retention:IntervalMinutes</c> (default 60): anonymises cases past their date,
/// removes the text of old sent emails, deletes expired drafts and old idempotency records. <c>Retention:Enabled=false</c>
/// turns it off (an administrator can still run it).
/// </summary>
internal sealed class RetentionJob(IServiceScopeFactory scopes, RetentionSettings settings, TimeProvider clock, ILogger<RetentionJob> logger)
    : PeriodicJob(clock, logger)
{
    protected override bool Enabled => settings.Enabled;

    protected override TimeSpan Interval => settings.Interval;

    protected override string Name => "retention";

    protected override string Round => "Applying the retention schedule";

    protected override async Task RunRoundAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ApplyRetentionScheduleCommand(), stoppingToken);
        if (!report.IsEmpty)
        {
            // Counts only: the references of anonymised cases are in the audit trail.
            Logger.LogInformation("Retention schedule applied: {Counts}", report.Counts);
        }
    }
}
