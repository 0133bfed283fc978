using CaseReview.UseCases.Common;
using CaseReview.UseCases.Tracking;
using CaseReview.Web.Forms;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseReview.Web.Pages.Track;

/// <summary>Where an application is, by its unguessable tracking code, and the appeal request while the window is open.</summary>
public sealed class ApplicationModel(IMediator mediator) : PageModel
{
    /// <summary>The usual grounds for an appeal (Schedule 4, paragraph 3, in local procedures).</summary>
    public static readonly IReadOnlyList<Choice> AppealReasons =
    [
        new("The threshold was applied wrongly", "The threshold was applied wrongly"),
        new("A relevant policy or process was not considered", "A relevant policy or process was not considered"),
        new("Relevant facts were not considered", "Relevant facts were not considered"),
    ];

    public TrackingView View { get; private set; } = null!;
    public FormErrors Errors { get; } = new();

    public string Code { get; private set; } = string.Empty;

    [FromQuery] public bool Appealed { get; set; }
    [BindProperty] public List<string> Reasons { get; set; } = [];
    [BindProperty] public string? Grounds { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) =>
        await LoadAsync(code, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        var reasons = Reasons.Where(r => AppealReasons.Any(a => a.Value == r)).ToList();
        var grounds = string.Join(Environment.NewLine, reasons.Select(r => "- " + r).Append(Grounds?.Trim() ?? string.Empty)).Trim();
        try
        {
            View = await mediator.Send(new AppealByTrackingCodeCommand(grounds) { TrackingCode = code }, ct);
            return RedirectToPage("/Track/Application", new { code, appealed = true });
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (ValidationException invalid)
        {
            Errors.AddFailures(invalid.Errors, [new FormField("grounds", "grounds")]);
        }
        catch (Domain.Workflow.ActionNotAllowedException)
        {
            Errors.Add("grounds", "You can no longer ask for an appeal for this application. Contact us if you think this is wrong.");
        }

        ViewData["HasErrors"] = true;
        return await LoadAsync(code, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        Code = code;
        try
        {
            View = await mediator.Send(new TrackApplicationQuery(code), ct);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
