using CaseReview.Domain.Survey;
using CaseReview.UseCases.Common;
using CaseReview.UseCases.Survey;
using CaseReview.Web.Forms;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.Web.Pages.Survey;

/// <summary>
/// The satisfaction survey (<see cref="AnswerSurveyCommand"/>), found by the code in its address: four optional
/// questions, answered once. An unknown or closed survey is a page saying so (404); answering again is a kind "already
/// answered" page (409). Nothing about the case or the applicant is shown.
/// </summary>
public sealed class AnswerModel(IMediator mediator) : PageModel
{
    public static readonly IReadOnlyList<Choice> ImprovedChoices = [new("Yes", "Yes"), new("Partly", "Partly"), new("No", "No")];

    public static readonly IReadOnlyList<Choice> ScaleChoices =
        [new("Always", "Always"), new("Mostly", "Most of the time"), new("Sometimes", "Some of the time"), new("Never", "Never")];

    private static readonly FormField[] Fields = [new("improved", "improved"), new("keptInformed", "keptInformed"), new("listenedTo", "listenedTo"), new("comments", "comments")];

    [BindProperty] public string? Improved { get; set; }
    [BindProperty] public string? KeptInformed { get; set; }
    [BindProperty] public string? ListenedTo { get; set; }
    [BindProperty] public string? Comments { get; set; }

    public FormErrors Errors { get; } = new();

    /// <summary>Open, Answered or Closed; null when there is no survey at this address.</summary>
    public string? State { get; private set; }

    public DateOnly ClosesOn { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        await LoadAsync(code, ct);
        return Answer();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        var improved = Choices.ToEnum<SurveyImprovement>(Improved);
        var informed = Choices.ToEnum<SurveyScale>(KeptInformed);
        var listened = Choices.ToEnum<SurveyScale>(ListenedTo);
        // An answer that is not one of the options (posted by hand) is a mistake to show, not a question left out.
        NotAnOption("improved", Improved, improved, "Choose yes, partly or no");
        NotAnOption("keptInformed", KeptInformed, informed, "Choose one of the answers");
        NotAnOption("listenedTo", ListenedTo, listened, "Choose one of the answers");
        try
        {
            if (!Errors.Any)
            {
                await mediator.Send(new AnswerSurveyCommand(improved, informed, listened, Comments) { Code = code }, ct);
                return Redirect("/survey/thank-you");
            }
        }
        catch (ValidationException invalid)
        {
            Errors.AddFailures(invalid.Errors, Fields);
        }
        catch (Exception e) when (e is ConflictException or DbUpdateConcurrencyException or NotFoundException)
        {
            // Answered (perhaps a moment ago, in another tab) or closed: the page says which.
        }

        await LoadAsync(code, ct);
        if (State == SurveyStatus.Answered)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        if (Errors.Any)
        {
            ViewData["HasErrors"] = true;
        }

        return Answer();
    }

    private IActionResult Answer()
    {
        if (State is null or SurveyStatus.Closed)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }

    private async Task LoadAsync(string code, CancellationToken ct)
    {
        try
        {
            var status = await mediator.Send(new GetSurveyQuery(code), ct);
            State = status.State;
            ClosesOn = status.ClosesOn;
        }
        catch (NotFoundException)
        {
            State = null;
        }
    }

    private void NotAnOption<TEnum>(string field, string? posted, TEnum? parsed, string message)
        where TEnum : struct, Enum
    {
        if (!string.IsNullOrEmpty(posted) && parsed is null)
        {
            Errors.Add(field, message);
        }
    }
}
