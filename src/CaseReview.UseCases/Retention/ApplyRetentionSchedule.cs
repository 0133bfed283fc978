using CaseReview.Domain.Applications;
using CaseReview.UseCases.Common;
using Mediator;

namespace CaseReview.UseCases.Retention;

/// <summary>The background job's round of the retention schedule: the same run as an administrator's, as CaseReview.</summary>
[Callers(Callers.BackgroundJobs)]
public sealed record ApplyRetentionScheduleCommand : ICommand<RetentionReport>;

public sealed class ApplyRetentionScheduleHandler(RetentionRun run) : ICommandHandler<ApplyRetentionScheduleCommand, RetentionReport>
{
    public async ValueTask<RetentionReport> Handle(ApplyRetentionScheduleCommand command, CancellationToken cancellationToken) =>
        await run.RunAsync(dryRun: false, Actor.System, ipAddress: null, cancellationToken);
}
