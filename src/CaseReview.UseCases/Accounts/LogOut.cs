using CaseReview.UseCases.Common;
using Mediator;

namespace CaseReview.UseCases.Accounts;

/// <summary>A member of staff signs out of the pages; the audit trail shows when their session ended.</summary>
public sealed record LogOutCommand : ICommand;

public sealed class LogOutHandler(ICaseReviewDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<LogOutCommand>
{
    public async ValueTask<Unit> Handle(LogOutCommand command, CancellationToken cancellationToken)
    {
        if (user.IsAuthenticated)
        {
            db.AuditEntries.Add(user.Audit(clock.GetUtcNow().UtcDateTime, "auth.logout", null, null));
            await db.SaveChangesAsync(cancellationToken);
        }

        return Unit.Value;
    }
}
