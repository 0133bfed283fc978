using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Cases;
using CaseReview.Web.Auth;
using CaseReview.Web.Forms;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff.Cases;

/// <summary>
/// A form that does one thing to one case (<c>/staff/cases/{reference}/...</c>). The page only shows the case
/// and sends the same command as the API; every rule lives in the handler. A case the caller may not see is
/// "not found"; a role that may not do this is 403; what the handler refuses comes back as a message beside
/// the field (or above the form) with the typed answers kept, and nothing is half-written because the handler
/// runs in one transaction. On success the browser goes back to the case page, which says what was done.
/// </summary>
public abstract class CaseActionPageModel(IMediator mediator) : StaffPageModel
{
    /// <summary>The id of the form itself: messages that belong to no one field link here.</summary>
    public const string FormId = "case-action";

    [FromRoute] public string Reference { get; set; } = string.Empty;

    /// <summary>The version of the case the form was filled in against: a change by someone else meanwhile is refused, not overwritten.</summary>
    [BindProperty] public int? Version { get; set; }

    public CaseDetail Case { get; private set; } = null!;

    public string CaseHref => CaseLinks.Case(Reference);

    protected IMediator Mediator => mediator;

    /// <summary>The workflow action this page performs, if it is one: the page is offered only while it is allowed.</summary>
    protected virtual CaseAction? WorkflowAction => null;

    /// <summary>True for forms only officers and administrators use (not workflow steps): a panel member is told so on opening it.</summary>
    protected virtual bool CaseworkersOnly => false;

    /// <summary>The page's fields in the order it asks them, mapping the command's paths to input ids.</summary>
    protected abstract override IReadOnlyList<FormField> Fields { get; }

    protected override string FormElementId => FormId;

    protected override string StaleMessage => "Someone else changed this case while you were filling in the form. Check the case page and try again.";

    public virtual async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } failed)
        {
            return failed;
        }

        Version = Case.Version;
        if (CaseworkersOnly && !User.IsCaseworker())
        {
            return Forbidden("Only case officers and administrators can do this.");
        }

        if (WorkflowAction is { } action && !Case.AllowedActions.Contains(action.Name()))
        {
            return Forbidden(Case.Restriction is not null
                ? CaseWords.RestrictedNow
                : RoleRefusal() ?? $"You cannot do this now: the case is {CaseWords.Status(Case.Status)}.");
        }

        if (NotNow() is { } why)
        {
            return Forbidden(why);
        }

        await OnLoadedAsync(ct);
        return Page();
    }

    /// <summary>Why the case says this caller may not take the page's workflow action, when it is the caller rather than the stage; or null.</summary>
    protected virtual string? RoleRefusal() => null;

    /// <summary>For pages that are not workflow actions: why the case's stage does not allow this now, or null.</summary>
    protected virtual string? NotNow() => null;

    /// <summary>Fills the form from the case (for example the current values), after a GET.</summary>
    protected virtual Task OnLoadedAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// Loads the case as the caller may see it; answers a result only when the page cannot be shown (a case the
    /// caller may not see is "not found", answered by <see cref="StaffPageModel"/> like every refusal).
    /// </summary>
    protected async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        Case = await ReadCaseAsync(ct);
        return null;
    }

    /// <summary>Reads the case (one audited view); a page that needs more of it in the same read answers it here.</summary>
    protected virtual async Task<CaseDetail> ReadCaseAsync(CancellationToken ct) => await mediator.Send(new GetCaseQuery(Reference), ct);

    /// <summary>The confirmation the case page shows once, after a form succeeded (kept in TempData).</summary>
    public const string DoneKey = "CaseActionDone";

    /// <summary>
    /// Sends the page's command. On success, back to the case page, which says <paramref name="done"/>
    /// (e.g. "Threshold decision recorded"); otherwise the form again with each message beside its field.
    /// </summary>
    protected async Task<IActionResult> SendAsync<TResult>(ICommand<TResult> command, string done, CancellationToken ct) =>
        await SubmitAsync(async () =>
        {
            await mediator.Send(command, ct);
            TempData[DoneKey] = done;
            return Redirect(CaseLinks.Case(Reference));
        })
        ?? await LoadAsync(ct)
        ?? Page();

    /// <summary>As the command's overload, for a request that runs its own transaction (an upload).</summary>
    protected async Task<IActionResult> SendRequestAsync<TResult>(IRequest<TResult> request, string done, CancellationToken ct) =>
        await SubmitAsync(async () =>
        {
            await mediator.Send(request, ct);
            TempData[DoneKey] = done;
            return Redirect(CaseLinks.Case(Reference));
        })
        ?? await LoadAsync(ct)
        ?? Page();
}
