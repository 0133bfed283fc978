using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Common;
using CaseReview.UseCases.Review;
using CaseReview.Web.Auth;
using CaseReview.Web.Forms;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff.Cases.Actions;

/// <summary>
/// What an agency on the panel knew and did (<see cref="RecordPanelResponseCommand"/>). A panel member or chair
/// answers for their own agency, which is fixed; a case officer chooses the agency from the panel. The current
/// response is filled in so that it can be changed.
/// </summary>
public sealed class PanelResponseModel(IMediator mediator) : CaseActionPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public string? Agency { get; set; }

    [BindProperty] public string? Knew { get; set; }

    [BindProperty] public string? Did { get; set; }

    public bool ChoosesAgency => User.IsCaseworker();

    public string? OwnAgency => User.FindFirst(StaffClaims.Agency)?.Value;

    public IReadOnlyList<Choice> PanelChoices => [.. Case.Review.Panel.Select(a => new Choice(a, a))];

    protected override IReadOnlyList<FormField> Fields { get; } = [new("agency", "agency"), new("knew", "knew"), new("did", "did")];

    public override async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } failed)
        {
            return failed;
        }

        Version = Case.Version;
        if (Case.Status is not (CaseStatus.ReviewPending or CaseStatus.ReviewHeld))
        {
            return NotAllowedPage($"Agencies' responses are recorded while the review is arranged or held; the case is {CaseWords.Status(Case.Status)}.");
        }

        if (!ChoosesAgency)
        {
            if (!string.IsNullOrEmpty(Agency) && !string.Equals(Agency, OwnAgency, StringComparison.OrdinalIgnoreCase))
            {
                return NotAllowedPage($"You record the response of your own agency ({OwnAgency}) only.");
            }

            Agency = OwnAgency;
        }

        var current = Case.Review.Responses.FirstOrDefault(r => string.Equals(r.Agency, Agency, StringComparison.OrdinalIgnoreCase));
        Knew = current?.Knew;
        Did = current?.Did;
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SendAsync(new RecordPanelResponseCommand(ChoosesAgency ? Agency : Agency ?? OwnAgency, Knew, Did, Version) { Reference = Reference }, $"Response of {(ChoosesAgency ? Agency : Agency ?? OwnAgency)} recorded", ct);
}
