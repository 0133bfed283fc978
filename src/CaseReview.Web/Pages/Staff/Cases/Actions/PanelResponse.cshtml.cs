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

    /// <summary>The agencies whose response the caller may record now, as the case says (their own, for a panel member).</summary>
    public IReadOnlyList<string> Answerable => Case.Permissions.RecordAgencyResponses;

    /// <summary>A panel member's own agency: the one response the case lets them record.</summary>
    public string? OwnAgency => ChoosesAgency ? null : Answerable.FirstOrDefault();

    public IReadOnlyList<Choice> PanelChoices => [.. Case.Review.Panel.Select(a => new Choice(a, a))];

    protected override IReadOnlyList<FormField> Fields { get; } = [new("agency", "agency"), new("knew", "knew"), new("did", "did")];

    public override async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } failed)
        {
            return failed;
        }

        Version = Case.Version;
        if (Answerable.Count == 0)
        {
            return Forbidden($"Agencies' responses are recorded by case officers and the panel's agencies while the review is arranged or held; the case is {CaseWords.Status(Case.Status)}.");
        }

        if (!ChoosesAgency)
        {
            if (!string.IsNullOrEmpty(Agency) && !Answerable.Contains(Agency, StringComparer.OrdinalIgnoreCase))
            {
                return Forbidden($"You record the response of your own agency ({OwnAgency}) only.");
            }

            Agency = OwnAgency;
        }

        var current = Case.Review.Responses.FirstOrDefault(r => string.Equals(r.Agency, Agency, StringComparison.OrdinalIgnoreCase));
        Knew = current?.Knew;
        Did = current?.Did;
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SendAsync(new RecordPanelResponseCommand(Agency, Knew, Did, Version) { Reference = Reference }, $"Response of {Agency ?? "your agency"} recorded", ct);
}
