using CaseReview.UseCases.Deadlines;
using CaseReview.Web.Auth;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff;

/// <summary>The team's deadlines for case officers and administrators: the page shows what <see cref="DeadlineDashboardQuery"/> counted.</summary>
public sealed class DashboardModel(IMediator mediator) : StaffPageModel
{
    public DeadlineDashboard? Dashboard { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Dashboard = await mediator.Send(new DeadlineDashboardQuery(), ct);
        return Page();
    }
}
