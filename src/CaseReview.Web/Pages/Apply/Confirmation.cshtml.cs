using CaseReview.UseCases.Common;
using CaseReview.UseCases.Email;
using CaseReview.UseCases.Tracking;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseReview.Web.Pages.Apply;

/// <summary>The reference, the tracking link and the next date. Safe to refresh: it only reads the case.</summary>
public sealed class ConfirmationModel(IMediator mediator, EmailSettings links) : PageModel
{
    public string Code { get; private set; } = string.Empty;
    public TrackingView View { get; private set; } = null!;
    // The same address as the acknowledgement email gives (Email:PublicBaseUrl), not one built from the request's
    // Host header, which a client chooses.
    public string TrackingUrl => links.TrackingUrl(Code);

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
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
