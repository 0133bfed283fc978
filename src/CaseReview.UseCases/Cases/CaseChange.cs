using CaseReview.Domain.Applications;
using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Common;

namespace CaseReview.UseCases.Cases;

/// <summary>
/// One change to one case, as <see cref="CaseActionRunner"/> makes it: who may make it (checked once the case is
/// loaded), what it does, how it is audited and, for a workflow action, which emails it causes.
/// </summary>
public sealed record CaseChange(string AuditAction, Action<CaseApplication, CaseAccess, ICurrentUser> Authorise, Func<CaseApplication, ActionContext, Task> Apply)
{
    /// <summary>The workflow action, when the change is one: its emails are queued in the same transaction.</summary>
    public CaseAction? Action { get; init; }

    /// <summary>The audit line's detail, when not the case's status (never personal data: what changed, not its value).</summary>
    public string? AuditDetail { get; init; }

    /// <summary>The audit line's detail worked out once the change is applied (what it found on the case), when it needs to be.</summary>
    public Func<string?>? AuditDetailAfter { get; init; }

    public static CaseChange Workflow(CaseAction action, Action<CaseApplication, ActionContext> apply) => Workflow(action, Async(apply));

    /// <summary>A workflow action that must read more data (linked cases, say) once the caller is known to be allowed.</summary>
    public static CaseChange Workflow(CaseAction action, Func<CaseApplication, ActionContext, Task> apply) =>
        new($"case.{action.Name()}", (application, access, _) => access.Demand(action, application), apply) { Action = action };

    /// <summary>
    /// A change that is not a workflow transition, for whoever the command admits: its <see cref="CallersAttribute"/>
    /// (case officers and administrators) was checked before the case was loaded.
    /// </summary>
    public static CaseChange Edit(string auditAction, Action<CaseApplication, ActionContext> apply) => Edit(auditAction, Async(apply));

    public static CaseChange Edit(string auditAction, Func<CaseApplication, ActionContext, Task> apply) =>
        new(auditAction, (_, _, _) => { }, apply);

    /// <summary>A change that is not a workflow transition, with its own permission check.</summary>
    public static CaseChange Guarded(string auditAction, Action<CaseApplication> authorise, Action<CaseApplication, ActionContext> apply) =>
        new(auditAction, (application, _, _) => authorise(application), Async(apply));

    private static Func<CaseApplication, ActionContext, Task> Async(Action<CaseApplication, ActionContext> apply) => (application, context) =>
    {
        apply(application, context);
        return Task.CompletedTask;
    };
}
