using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Common;
using CaseReview.Web.Auth;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff;

/// <summary>
/// One case as <see cref="GetCaseQuery"/> shows it to the caller (the view is audited there). A case the caller may
/// not see is "not found", as in the API. The forms for each action come with the caseworker pages.
/// </summary>
public sealed class CaseModel(IMediator mediator) : StaffPageModel
{
    public CaseDetail? Case { get; private set; }

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken ct)
    {
        try
        {
            Case = await mediator.Send(new GetCaseQuery(reference), ct);
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
