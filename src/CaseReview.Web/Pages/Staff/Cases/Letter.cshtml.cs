using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Letters;
using CaseReview.Web.Auth;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff.Cases;

/// <summary>
/// One notice of a case as a letter, ready to print on A4 (the print stylesheet places the applicant's address for a
/// DL window envelope) or to read out on the phone, and the same letter as a PDF (<c>?handler=Pdf</c>): a door onto
/// <see cref="GetLetterQuery"/>, which audits each letter made. A notice not given yet is said in words (409).
/// </summary>
public sealed class LetterModel(IMediator mediator, ILetterPdf pdf) : StaffPageModel
{
    public Letter? Letter { get; private set; }

    public string Reference { get; private set; } = string.Empty;

    /// <summary>Why there is no such letter (yet), in words.</summary>
    public string? Unavailable { get; private set; }

    public Task<IActionResult> OnGetAsync(string reference, string notice, CancellationToken ct) =>
        Load(reference, notice, () => Page(), ct);

    public Task<IActionResult> OnGetPdfAsync(string reference, string notice, CancellationToken ct) =>
        Load(reference, notice, () => File(pdf.Render(Letter!), "application/pdf", Letter!.FileName), ct);

    private async Task<IActionResult> Load(string reference, string notice, Func<IActionResult> then, CancellationToken ct)
    {
        try
        {
            Letter = await mediator.Send(new GetLetterQuery(reference, notice), ct);
            return then();
        }
        catch (ValidationException)
        {
            return NotFound();
        }
        catch (CaseStateException e)
        {
            Reference = reference;
            Unavailable = e.Message;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
    }
}
