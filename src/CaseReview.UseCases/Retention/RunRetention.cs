using CaseReview.UseCases.Common;
using Mediator;

namespace CaseReview.UseCases.Retention;

/// <summary>
/// An administrator applies the retention schedule now (<c>POST /api/admin/retention/run</c>), or with
/// <paramref name="DryRun"/> sees what it would change without changing it. Running it twice changes nothing the
/// second time.
/// </summary>
[Callers(Callers.Administrators, "run the retention schedule")]
public sealed record RunRetentionCommand(bool DryRun) : ICommand<RetentionReport>;

public sealed class RunRetentionHandler(RetentionRun run, ICurrentUser user) : ICommandHandler<RunRetentionCommand, RetentionReport>
{
    public async ValueTask<RetentionReport> Handle(RunRetentionCommand command, CancellationToken cancellationToken) =>
        await run.RunAsync(command.DryRun, user.ToActor(), user.IpAddress, cancellationToken);
}
