using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Track;

/// <summary>Says the contact details were changed (the change itself is on the case's history; this page shows none of it).</summary>
public sealed class ContactChangedModel(IMediator mediator) : TrackingPageModel(mediator)
{
    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) => await LoadAsync(code, ct) ? Page() : NotFound();
}
