using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Common;
using CaseReview.UseCases.Documents;
using CaseReview.UseCases.Tracking;
using CaseReview.Web.Documents;
using CaseReview.Web.Forms;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseReview.Web.Pages.Track;

/// <summary>
/// Where an application is, by its unguessable tracking code, the appeal request while the window is open, and while the
/// case is before the panel a form to send the panel documents (<see cref="AddDocumentByTrackingCodeCommand"/>: the
/// same checks and limits as staff uploads, and a rate limit of its own).
/// </summary>
public sealed class ApplicationModel(IMediator mediator, DocumentSettings documentSettings) : PageModel
{
    public const string FileId = "file";
    public const string DocumentDescriptionId = "document-description";

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
    [FromQuery] public bool Sent { get; set; }
    [BindProperty] public List<string> Reasons { get; set; } = [];
    [BindProperty] public string? Grounds { get; set; }

    /// <summary>The document's file (named Upload: a page model's File is its download method).</summary>
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? DocumentDescription { get; set; }

    public DocumentSettings DocumentLimits => documentSettings;

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

    public async Task<IActionResult> OnPostDocumentAsync(string code, CancellationToken ct)
    {
        try
        {
            var upload = await DocumentUploads.ReadAsync(Upload, documentSettings, ct);
            await mediator.Send(new AddDocumentByTrackingCodeCommand(code, upload, DocumentDescription), ct);
            return RedirectToPage("/Track/Application", new { code, sent = true });
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (ValidationException invalid)
        {
            Errors.AddFailures(invalid.Errors, [new FormField("file", FileId), new FormField("description", DocumentDescriptionId)]);
        }
        catch (CaseRuleException rule)
        {
            Errors.Add(FileId, rule.Message);
        }
        catch (CaseStateException)
        {
            Errors.Add(FileId, AddDocumentByTrackingCodeHandler.NotNow);
        }
        catch (MalwareScannerUnavailableException)
        {
            Errors.Add(FileId, MalwareScannerUnavailableException.Words);
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
