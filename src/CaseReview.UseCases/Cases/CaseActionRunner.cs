using CaseReview.Domain.Applications;
using CaseReview.Domain.Deadlines;
using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Common;
using CaseReview.UseCases.Email;

namespace CaseReview.UseCases.Cases;

/// <summary>A workflow action on one case; <see cref="Version"/>, when sent, must match the case's current version.</summary>
public interface ICaseActionCommand
{
    string Reference { get; }
    int? Version { get; }
}

/// <summary>
/// The steps every workflow action shares: load the case the caller may see, check their role and the
/// version they acted on, apply the business method (and, for a workflow action, queue the emails it causes),
/// audit, save, and answer the updated case.
/// </summary>
public sealed class CaseActionRunner(CaseAccess access, ICaseReviewDb db, ICurrentUser user, DeadlinePlanner planner, TimeProvider clock, CaseEmails emails)
{
    public Task<CaseDetail> RunAsync(ICaseActionCommand command, CaseAction action, Action<CaseApplication, ActionContext> apply, CancellationToken cancellationToken) =>
        RunAsync(command, action, Async(apply), cancellationToken);

    /// <summary>A workflow action that must read more data (linked cases, say) once the caller is known to be allowed.</summary>
    public Task<CaseDetail> RunAsync(ICaseActionCommand command, CaseAction action, Func<CaseApplication, ActionContext, Task> apply, CancellationToken cancellationToken) =>
        RunAsync(command, $"case.{action.Name()}", application => access.Demand(action, application), async (application, context) =>
        {
            await apply(application, context);
            // The emails a transition causes are queued in its own transaction.
            await emails.QueueForActionAsync(action, application, cancellationToken);
        }, cancellationToken);

    /// <summary>A change that is not a workflow transition and that only case officers and administrators may make.</summary>
    public Task<CaseDetail> RunForCaseworkersAsync(
        ICaseActionCommand command, string auditAction, string whatTheyDo, Action<CaseApplication, ActionContext> apply, CancellationToken cancellationToken) =>
        RunAsync(command, auditAction, _ => user.DemandCaseworker(whatTheyDo), apply, cancellationToken);

    /// <summary>The same steps for a change that is not a workflow transition, with its own permission check.</summary>
    public Task<CaseDetail> RunAsync(
        ICaseActionCommand command,
        string auditAction,
        Action<CaseApplication> authorise,
        Action<CaseApplication, ActionContext> apply,
        CancellationToken cancellationToken) =>
        RunAsync(command, auditAction, authorise, Async(apply), cancellationToken);

    /// <summary>As above, for a change that must read more data (another case, say) once the caller is known to be allowed.</summary>
    public async Task<CaseDetail> RunAsync(
        ICaseActionCommand command,
        string auditAction,
        Action<CaseApplication> authorise,
        Func<CaseApplication, ActionContext, Task> apply,
        CancellationToken cancellationToken)
    {
        var application = await access.LoadAsync(command.Reference, cancellationToken);
        authorise(application);
        if (command.Version is { } expected && expected != application.Version)
        {
            throw new StaleVersionException(expected, application.Version);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var context = new ActionContext(user.ToActor(), now, planner);
        await apply(application, context);
        db.AuditEntries.Add(user.Audit(now, auditAction, application.Reference, $"status={application.Status}"));
        await db.SaveChangesAsync(cancellationToken);
        return CaseDetail.From(application, now, planner, access);
    }

    private static Func<CaseApplication, ActionContext, Task> Async(Action<CaseApplication, ActionContext> apply) => (application, context) =>
    {
        apply(application, context);
        return Task.CompletedTask;
    };
}
