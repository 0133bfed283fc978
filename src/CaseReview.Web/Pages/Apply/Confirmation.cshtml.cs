using CaseReview.UseCases.Common;
using CaseReview.UseCases.Tracking;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseReview.Web.Pages.Apply;

/// <summary>The reference, the tracking link and the next date. Safe to refresh: it only reads the case.</summary>
public sealed class ConfirmationModel(IMediator mediator) : PageModel
{
    public string Code { get; private set; } = string.Empty;
    public TrackingView View { get; private set; } = null!;
    public string TrackingUrl => $"{Request.Scheme}://{Request.Host}/track/{Code}";

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
