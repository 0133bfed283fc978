using CaseReview.UseCases.Common;
using CaseReview.UseCases.Tracking;
using CaseReview.Web.Forms;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Track;

/// <summary>The applicant withdraws their application (<see cref="WithdrawByTrackingCodeCommand"/>), saying why if they wish.</summary>
public sealed class WithdrawModel(IMediator mediator) : TrackingPageModel(mediator)
{
    private static readonly FormField[] Fields = [new("reason", "reason")];

    [BindProperty] public string? Reason { get; set; }

    /// <summary>Why the application cannot be withdrawn now, in plain words; null while it can.</summary>
    public string? NotPossible { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct))
        {
            return NotFound();
        }

        NotPossible = View.CanWithdraw ? null : EndedWords;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        try
        {
            await Mediator.Send(new WithdrawByTrackingCodeCommand(Reason) { TrackingCode = code }, ct);
            return Redirect($"/track/{Uri.EscapeDataString(code)}/withdrawn");
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (ValidationException invalid)
        {
            Errors.AddFailures(invalid.Errors, Fields);
            ShowErrors();
        }
        catch (Domain.Workflow.CaseStateException)
        {
            NotPossible = EndedWords;
        }

        return await LoadAsync(code, ct) ? Page() : NotFound();
    }

    private const string EndedWords = "This application has already ended, so you cannot withdraw it. If you think this is wrong, contact us.";
}
