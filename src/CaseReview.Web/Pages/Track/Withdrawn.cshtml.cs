using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Track;

/// <summary>Says the application is withdrawn; an application that is not goes back to its tracking page.</summary>
public sealed class WithdrawnModel(IMediator mediator) : TrackingPageModel(mediator)
{
    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) =>
        !await LoadAsync(code, ct) ? NotFound()
        : View.Withdrawn ? Page()
        : Redirect(TrackingHref);
}
