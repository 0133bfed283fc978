using CaseReview.UseCases.Common;
using CaseReview.Web.Auth;
using CaseReview.Web.Errors;
using CaseReview.Web.Forms;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseReview.Web.Pages.Staff.Accounts;

/// <summary>
/// An administrators' page (accounts, agencies): it sends the same command as the API, and the use case decides
/// who may. Someone else sees a 403 page in words; what the handler refuses is a message beside its field.
/// </summary>
public abstract class AdministrationPageModel : StaffPageModel
{
    public const string FormId = "admin-form";

    /// <summary>Said once on the next page after a change succeeded.</summary>
    public const string DoneKey = "AdministrationDone";

    public FormErrors Errors { get; } = new();

    public bool NotAllowed { get; private set; }

    public string? Done { get; private set; }

    /// <summary>The page's fields in order, mapping the command's paths to input ids.</summary>
    protected virtual IReadOnlyList<FormField> Fields => [];

    protected void TakeDone() => Done = TempData[DoneKey] as string;

    /// <summary>Runs <paramref name="send"/>; on success goes back to the page saying <paramref name="done"/>, otherwise answers null after recording the messages.</summary>
    protected Task<IActionResult?> TrySendAsync(Func<Task<string>> send, string done, CancellationToken ct) => TrySendAsync(send, () => done, ct);

    /// <summary>As above, with words that depend on what the command answered.</summary>
    protected async Task<IActionResult?> TrySendAsync(Func<Task<string>> send, Func<string> done, CancellationToken ct)
    {
        _ = ct;
        try
        {
            var next = await send();
            TempData[DoneKey] = done();
            return Redirect(next);
        }
        catch (ValidationException e)
        {
            var list = e.Errors.ToList();
            Errors.AddFailures(list, Fields);
            var known = Fields.Select(f => f.Path).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var failure in list.Where(f => !known.Contains(ProblemDetailsExceptionHandler.FieldPath(f.PropertyName))))
            {
                Errors.Add(FieldFor(failure) ?? FormId + "-" + Errors.All.Count, failure.ErrorMessage, href: FieldFor(failure) is { } id ? "#" + id : "#" + FormId);
            }
        }
        catch (ConflictException e)
        {
            Errors.Add(FormId, e.Message);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (ForbiddenException)
        {
            return Forbidden();
        }

        ViewData["HasErrors"] = true;
        return null;
    }

    /// <summary>A failure about one item of a list (<c>Roles[1]</c>) belongs beside the list's field.</summary>
    private string? FieldFor(ValidationFailure failure)
    {
        var path = ProblemDetailsExceptionHandler.FieldPath(failure.PropertyName);
        var bracket = path.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? null : Fields.FirstOrDefault(f => string.Equals(f.Path, path[..bracket], StringComparison.OrdinalIgnoreCase))?.Id;
    }

    protected PageResult Forbidden()
    {
        NotAllowed = true;
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }
}
