using CaseReview.UseCases.Common;
using CaseReview.UseCases.Links;
using CaseReview.Web.Auth;
using CaseReview.Web.Forms;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseReview.Web.Pages.Staff.Cases.Actions;

/// <summary>
/// Linking applications about the same problem, address or person: the suggestions of
/// <see cref="ListLinkSuggestionsQuery"/>, each confirmed with a reason (<see cref="LinkCasesCommand"/>), or a case
/// named by its reference; and removing a link (<see cref="UnlinkCasesCommand"/>, from the case page).
/// </summary>
public sealed class LinksModel(IMediator mediator) : CaseActionPageModel(mediator)
{
    public const string OtherReferenceId = "other-reference";
    public const string ReasonId = "reason";

    [BindProperty] public string? OtherReference { get; set; }
    [BindProperty] public string? Reason { get; set; }

    /// <summary>True when the form posted is one of the suggestions' (its reason box has its own id).</summary>
    [BindProperty] public bool Suggested { get; set; }

    public IReadOnlyList<LinkSuggestion> Suggestions { get; private set; } = [];

    public static string SuggestionReasonId(string reference) => "reason-" + reference;

    protected override IReadOnlyList<FormField> Fields => Suggested && !string.IsNullOrWhiteSpace(OtherReference)
        ? [new("otherReference", SuggestionReasonId(OtherReference.Trim())), new("reason", SuggestionReasonId(OtherReference.Trim()))]
        : [new("otherReference", OtherReferenceId), new("reason", ReasonId)];

    public override async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await base.OnGetAsync(ct);
        return NotAllowed || result is not PageResult ? result : await OnlyCaseworkersAsync(ct) ?? result;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await SendAsync(new LinkCasesCommand(OtherReference, Reason, Version) { Reference = Reference }, "Cases linked", ct);
        return NotAllowed || result is not PageResult ? result : await OnlyCaseworkersAsync(ct) ?? result;
    }

    public Task<IActionResult> OnPostUnlinkAsync(CancellationToken ct) =>
        SendAsync(new UnlinkCasesCommand(Reference, OtherReference?.Trim() ?? string.Empty), "Link removed", ct);

    /// <summary>Links are for caseworkers (panel members do not see them); the commands refuse anyone else too.</summary>
    private async Task<IActionResult?> OnlyCaseworkersAsync(CancellationToken ct)
    {
        if (!User.IsCaseworker())
        {
            return Forbidden("Only case officers and administrators link cases.");
        }

        Suggestions = await Mediator.Send(new ListLinkSuggestionsQuery(Reference), ct);
        return null;
    }
}
