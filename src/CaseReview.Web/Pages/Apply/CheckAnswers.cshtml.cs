using CaseReview.UseCases.Applications;
using CaseReview.UseCases.Drafts;
using CaseReview.Web.Errors;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Apply;

/// <summary>
/// Sends the application. The draft's id is the submission's Idempotency-Key, so a double click or a refresh
/// gives the same application; once sent, the draft's answers are wiped and it only points to the confirmation.
/// </summary>
public sealed class CheckAnswersModel(
    ApplicationDraftStore drafts, IValidator<SubmitApplicationCommand> validator, IMediator mediator, SentApplication sent, ILogger<CheckAnswersModel> logger)
    : ApplyPageModel(drafts, validator)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct))
        {
            return Page();
        }

        return Draft is { SubmittedTrackingCode: { } code } ? Confirmation(code) : StartAgain();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Draft is { SubmittedTrackingCode: { } code } ? Confirmation(code) : StartAgain();
        }

        try
        {
            var submitted = await mediator.Send(Answers.ToCommand() with { IdempotencyKey = Draft!.Id }, ct);
            await Drafts.MarkSubmittedAsync(Draft, submitted.TrackingCode, ct);
            Response.Cookies.Delete(DraftCookie, new CookieOptions { Path = "/apply" });
            logger.LogInformation("Application {Reference} sent online", submitted.Reference);
            return Confirmation(submitted.TrackingCode);
        }
        catch (ValidationException invalid)
        {
            foreach (var failure in invalid.Errors)
            {
                var path = ProblemDetailsExceptionHandler.FieldPath(failure.PropertyName);
                Errors.Add(path, failure.ErrorMessage, href: PageFor(path) + "?change=true");
            }

            return Page();
        }
    }

    /// <summary>"Delete my answers": on a shared computer, nothing is left for the next person.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        await Drafts.DeleteAsync(Request.Cookies[DraftCookie], ct);
        Response.Cookies.Delete(DraftCookie, new CookieOptions { Path = "/apply" });
        return RedirectToPage("/Apply/Index", new { deleted = "true" });
    }

    private RedirectToPageResult Confirmation(string trackingCode)
    {
        sent.Remember(HttpContext, trackingCode);
        return RedirectToPage("/Apply/Confirmation");
    }

    /// <summary>Which page asks the question a message is about, so the error summary can link to it.</summary>
    private static string PageFor(string path) => path switch
    {
        "isThirdParty" or "victimType" or "applicant.name" => "/apply/about-you",
        _ when path.StartsWith("thirdParty", StringComparison.Ordinal) || path.StartsWith("victim.", StringComparison.Ordinal) || path == "victim" => "/apply/someone-else",
        "location" or "description" or "problemStartedOn" or "asbType" or "issueTypes" => "/apply/problem",
        "hateMotivated" or "impact" => "/apply/effect",
        _ when path.StartsWith("complaints", StringComparison.Ordinal) => "/apply/complaints",
        _ => "/apply/contact",
    };
}
