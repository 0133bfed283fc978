using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Common;
using CaseReview.Web.Errors;
using CaseReview.Web.Forms;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.Web.Auth;

/// <summary>
/// A staff page: only for someone signed in with the staff cookie; anyone else is sent to sign in and brought
/// back. What each role may see is decided by the use case the page sends, and every staff page answers its
/// refusals the same way: a use case's "forbidden" is this page with status 403 saying so in words
/// (<see cref="NotAllowed"/>), "not found" is 404, and a form's failures are messages beside their fields.
/// </summary>
[Authorize(Policy = AuthSetup.StaffPagesPolicy)]
public abstract class StaffPageModel : PageModel
{
    public FormErrors Errors { get; } = new();

    /// <summary>True when the caller may not see or do this; the page says so instead of its content.</summary>
    public bool NotAllowed { get; private set; }

    /// <summary>The page's fields in the order it asks them, mapping the command's paths to input ids.</summary>
    protected virtual IReadOnlyList<FormField> Fields => [];

    /// <summary>The id of the page's form: messages that belong to no one field link here.</summary>
    protected virtual string FormElementId => "form";

    /// <summary>Said when someone else changed the record while the form was being filled in.</summary>
    protected virtual string StaleMessage => "Someone else changed this while you were filling in the form. Check it and try again.";

    /// <summary>The one place a staff page turns a use case's "forbidden" or "not found" into what the browser gets.</summary>
    public override void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ExceptionHandled)
        {
            return;
        }

        if (context.Exception is ForbiddenException forbidden)
        {
            context.Result = Forbidden(forbidden.Message);
            context.ExceptionHandled = true;
        }
        else if (context.Exception is NotFoundException)
        {
            context.Result = NotFound();
            context.ExceptionHandled = true;
        }
    }

    /// <summary>This page with status 403, saying in words that the caller may not (<paramref name="message"/>, where the page shows one).</summary>
    protected PageResult Forbidden(string? message = null)
    {
        NotAllowed = true;
        if (message is not null)
        {
            ViewData["NotAllowed"] = message;
        }

        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }

    /// <summary>
    /// Runs what the form asks for (<paramref name="send"/>, which answers where to go on success). What the use
    /// case refuses becomes messages on the form and the answer is null: the page shows the form again.
    /// "Forbidden" and "not found" are left to <see cref="OnPageHandlerExecuted"/>.
    /// </summary>
    protected async Task<IActionResult?> SubmitAsync(Func<Task<IActionResult>> send)
    {
        ArgumentNullException.ThrowIfNull(send);
        try
        {
            return await send();
        }
        catch (ValidationException e)
        {
            AddFailures(e.Errors);
        }
        catch (CaseRuleException e)
        {
            AddFailures([new ValidationFailure(e.Field, e.Message)]);
        }
        catch (Exception e) when (e is StaleVersionException or DbUpdateConcurrencyException)
        {
            Errors.Add(FormElementId, StaleMessage);
        }
        catch (Exception e) when (e is ActionNotAllowedException or CaseStateException or ConflictException)
        {
            Errors.Add(FormElementId, e.Message);
        }

        ViewData["HasErrors"] = true;
        return null;
    }

    /// <summary>
    /// Each failure beside its field; a failure about one item of a list (<c>Roles[1]</c>, <c>Panel[0]</c>) beside
    /// the list's field; any other at the top of the form.
    /// </summary>
    private void AddFailures(IEnumerable<ValidationFailure> failures)
    {
        var list = failures.ToList();
        Errors.AddFailures(list, Fields);
        var known = Fields.Select(f => f.Path).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var failure in list.Where(f => !known.Contains(ProblemDetailsExceptionHandler.FieldPath(f.PropertyName))))
        {
            var id = ListFieldFor(failure);
            Errors.Add(id ?? FormElementId + "-" + Errors.All.Count, failure.ErrorMessage, href: "#" + (id ?? FormElementId));
        }
    }

    private string? ListFieldFor(ValidationFailure failure)
    {
        var path = ProblemDetailsExceptionHandler.FieldPath(failure.PropertyName);
        var bracket = path.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? null : Fields.FirstOrDefault(f => string.Equals(f.Path, path[..bracket], StringComparison.OrdinalIgnoreCase))?.Id;
    }
}
