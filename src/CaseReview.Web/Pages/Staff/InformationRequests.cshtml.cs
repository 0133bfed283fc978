using CaseReview.UseCases.Review;
using CaseReview.Web.Auth;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff;

/// <summary>
/// The information requests waiting for an answer: a panel member's or chair's own agency's (their to-do list before the
/// meetings), every agency's for officers. The page shows what <see cref="ListOpenInformationRequestsQuery"/> found.
/// </summary>
public sealed class InformationRequestsModel(IMediator mediator) : StaffPageModel
{
    public IReadOnlyList<OpenInformationRequest> Requests { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Requests = await mediator.Send(new ListOpenInformationRequestsQuery(), ct);
        return Page();
    }
}
