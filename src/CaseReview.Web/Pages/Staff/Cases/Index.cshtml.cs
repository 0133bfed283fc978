using CaseReview.Domain.Risk;
using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Cases;
using CaseReview.Web.Auth;
using CaseReview.Web.Forms;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff.Cases;

/// <summary>
/// The case queue and the search box: what <see cref="ListCasesQuery"/> shows the caller (panel members only their
/// panels' cases). A search too long is said beside the box, with the queue unfiltered below.
/// </summary>
public sealed class IndexModel(IMediator mediator, PrivacySettings privacy) : StaffPageModel
{
    public const int PageSize = 25;

    protected override IReadOnlyList<FormField> Fields { get; } = [new("q", "q")];

    /// <summary>What to search for: a reference, name, email, phone, postcode, address or place.</summary>
    [FromQuery] public string? Q { get; set; }

    /// <summary>What the box searches: without the applicant's contact details for those who may not see them.</summary>
    public string SearchHint => User.IsCaseworker() || privacy.PanelSeesApplicantContact
        ? "A reference, name, email, phone number, postcode, address or where it happens"
        : "A reference, name or where it happens";

    public bool Searched => !string.IsNullOrWhiteSpace(Q) && !Errors.Any;

    [FromQuery] public CaseStatus? Status { get; set; }
    [FromQuery] public bool Overdue { get; set; }

    /// <summary>Only the cases whose victim's current risk is at this level.</summary>
    [FromQuery] public RiskLevel? Risk { get; set; }
    [FromQuery] public int PageNumber { get; set; } = 1;

    /// <summary>An officer's account id, <c>me</c>, or <c>none</c> for cases not assigned yet.</summary>
    [FromQuery] public string? Officer { get; set; }

    public CasePage? Cases { get; private set; }

    public int LastPage => Cases is null ? 1 : Math.Max(1, (int)Math.Ceiling(Cases.Total / (double)PageSize));

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        var officer = string.IsNullOrWhiteSpace(Officer) ? null : Officer;
        try
        {
            Cases = await mediator.Send(new ListCasesQuery(Status, Overdue ? true : null, PageNumber, PageSize, officer, Q, Risk), ct);
        }
        catch (ValidationException invalid)
        {
            Errors.AddFailures(invalid.Errors, Fields);
            ViewData["HasErrors"] = true;
            Cases = await mediator.Send(new ListCasesQuery(Status, Overdue ? true : null, 1, PageSize, officer, Risk: Risk), ct);
        }
    }

    public string PageLink(int page) =>
        $"/staff/cases?{(Status is { } s ? $"status={s}&" : string.Empty)}{(Overdue ? "overdue=true&" : string.Empty)}{(Risk is { } r ? $"risk={r}&" : string.Empty)}{(string.IsNullOrWhiteSpace(Officer) ? string.Empty : $"officer={Uri.EscapeDataString(Officer)}&")}{(Searched ? $"q={Uri.EscapeDataString(Q!)}&" : string.Empty)}pageNumber={page}";
}
