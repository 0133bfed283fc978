using CaseReview.UseCases.Common;
using Mediator;

namespace CaseReview.UseCases.Accounts;

/// <summary>
/// A member of staff signs out of the pages; the audit trail shows when their session ended. The sign-in ends on the
/// server too (the account's security stamp changes), so a copy of the cookie, or a token, stops working.
/// </summary>
[Callers(Callers.Anyone)]
public sealed record LogOutCommand : ICommand;

public sealed class LogOutHandler(ICaseReviewDb db, ICurrentUser user, IStaffAccounts accounts, TimeProvider clock) : ICommandHandler<LogOutCommand>
{
    public async ValueTask<Unit> Handle(LogOutCommand command, CancellationToken cancellationToken)
    {
        if (user.IsAuthenticated)
        {
            if (user.UserId is { } id)
            {
                await accounts.EndSessionsAsync(id, cancellationToken);
            }

            db.AuditEntries.Add(user.Audit(clock.GetUtcNow().UtcDateTime, "auth.logout", null, null));
            await db.SaveChangesAsync(cancellationToken);
        }

        return Unit.Value;
    }
}
