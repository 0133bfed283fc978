using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Cases;
using CaseReview.Web.Auth;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff.Cases;

/// <summary>The case queue: what <see cref="ListCasesQuery"/> shows the caller (panel members only their panels' cases).</summary>
public sealed class IndexModel(IMediator mediator) : StaffPageModel
{
    public const int PageSize = 25;

    [FromQuery] public CaseStatus? Status { get; set; }
    [FromQuery] public bool Overdue { get; set; }
    [FromQuery] public int PageNumber { get; set; } = 1;

    /// <summary>An officer's account id, <c>me</c>, or <c>none</c> for cases not assigned yet.</summary>
    [FromQuery] public string? Officer { get; set; }

    public CasePage? Cases { get; private set; }

    public int LastPage => Cases is null ? 1 : Math.Max(1, (int)Math.Ceiling(Cases.Total / (double)PageSize));

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        Cases = await mediator.Send(new ListCasesQuery(Status, Overdue ? true : null, PageNumber, PageSize, string.IsNullOrWhiteSpace(Officer) ? null : Officer), ct);
    }

    public string PageLink(int page) =>
        $"/staff/cases?{(Status is { } s ? $"status={s}&" : string.Empty)}{(Overdue ? "overdue=true&" : string.Empty)}{(string.IsNullOrWhiteSpace(Officer) ? string.Empty : $"officer={Uri.EscapeDataString(Officer)}&")}pageNumber={page}";
}
