using CaseReview.UseCases.Applications;
using CaseReview.UseCases.Drafts;
using CaseReview.Web.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Apply;

public sealed class SomeoneElseModel(ApplicationDraftStore drafts, IValidator<SubmitApplicationCommand> validator) : ApplyPageModel(drafts, validator)
{
    private static readonly FormField[] Fields =
    [
        new("thirdParty.name", "thirdParty-name"),
        new("thirdParty.relationship", "thirdParty-relationship"),
        new("thirdParty.victimConsent", "thirdParty-victimConsent"),
    ];

    [BindProperty] public string? ThirdPartyName { get; set; }
    [BindProperty] public string? Relationship { get; set; }
    [BindProperty] public bool VictimConsent { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return StartAgain();
        }

        ThirdPartyName = Answers.ThirdPartyName;
        Relationship = Answers.Relationship;
        VictimConsent = Answers.VictimConsent == true;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return StartAgain();
        }

        Answers.ThirdPartyName = ThirdPartyName;
        Answers.Relationship = Relationship;
        Answers.VictimConsent = VictimConsent;
        await CheckAsync(Fields, ct);
        if (Errors.Any)
        {
            return Page();
        }

        await SaveAsync(ct);
        return Next("/Apply/Problem");
    }
}
