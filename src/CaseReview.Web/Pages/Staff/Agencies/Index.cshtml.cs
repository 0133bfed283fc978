using CaseReview.UseCases.Agencies;
using CaseReview.UseCases.Common;
using CaseReview.Web.Pages.Staff.Accounts;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff.Agencies;

/// <summary>The agencies (<see cref="ListAgenciesQuery"/>), for administrators who add and change them.</summary>
public sealed class IndexModel(IMediator mediator) : AdministrationPageModel
{
    public IReadOnlyList<AgencyView> Agencies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // The list is reference data anyone may read; this page is where administrators change it.
        if (!User.IsInRole(Roles.Administrator))
        {
            return Forbidden();
        }

        Agencies = await mediator.Send(new ListAgenciesQuery(), ct);
        TakeDone();
        return Page();
    }
}
