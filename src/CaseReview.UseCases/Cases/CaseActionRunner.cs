using CaseReview.Domain.Applications;
using CaseReview.Domain.Deadlines;
using CaseReview.UseCases.Common;
using CaseReview.UseCases.Email;

namespace CaseReview.UseCases.Cases;

/// <summary>
/// Every write to a case is one load-act-save session: load the case the caller may see, check that they may make
/// the change and the version they acted on, apply it (and, for a workflow action, queue the emails it causes),
/// audit, save, and answer the updated case.
/// </summary>
public sealed class CaseActionRunner(CaseAccess access, ICaseReviewDb db, ICurrentUser user, DeadlinePlanner planner, TimeProvider clock, CaseEmails emails)
{
    public async Task<CaseDetail> RunAsync(ICaseActionCommand command, CaseChange change, CancellationToken cancellationToken)
    {
        var application = await access.LoadAsync(command.Reference, cancellationToken);
        change.Authorise(application, access, user);
        if (command.Version is { } expected && expected != application.Version)
        {
            throw new StaleVersionException(expected, application.Version);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var context = new ActionContext(user.ToActor(), now, planner) { Agencies = access.Agencies };
        await change.Apply(application, context);
        if (change.Action is { } action)
        {
            // The emails a transition causes are queued in its own transaction.
            await emails.QueueForActionAsync(action, application, cancellationToken);
        }

        db.AuditEntries.Add(user.Audit(now, change.AuditAction, application.Reference, change.AuditDetailAfter?.Invoke() ?? change.AuditDetail ?? $"status={application.Status}"));
        await db.SaveChangesAsync(cancellationToken);
        return CaseDetail.From(application, now, planner, access);
    }
}
