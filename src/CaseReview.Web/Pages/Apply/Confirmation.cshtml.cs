using CaseReview.UseCases.Common;
using CaseReview.UseCases.Email;
using CaseReview.UseCases.Tracking;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseReview.Web.Pages.Apply;

/// <summary>The reference, the tracking link and the next date. Safe to refresh: it only reads the case.</summary>
public sealed class ConfirmationModel(IMediator mediator, EmailSettings links, SentApplication sent) : PageModel
{
    public string Code { get; private set; } = string.Empty;
    public TrackingView View { get; private set; } = null!;
    // The same address as the acknowledgement email gives (Email:PublicBaseUrl), not one built from the request's
    // Host header, which a client chooses.
    public string TrackingUrl => links.TrackingUrl(Code);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // Nothing sent from this browser (or another person's browser): the tracking page asks for the code.
        if (sent.TrackingCode(HttpContext) is not { } code)
        {
            return RedirectToPage("/Track/Index");
        }

        try
        {
            View = await mediator.Send(new TrackApplicationQuery(code), ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        Code = code;
        return Page();
    }
}
