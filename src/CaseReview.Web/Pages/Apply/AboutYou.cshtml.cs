using CaseReview.Domain.Applications;
using CaseReview.UseCases.Applications;
using CaseReview.UseCases.Drafts;
using CaseReview.Web.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Apply;

public sealed class AboutYouModel(ApplicationDraftStore drafts, IValidator<SubmitApplicationCommand> validator) : ApplyPageModel(drafts, validator)
{
    private static readonly FormField[] Fields =
    [
        new("isThirdParty", "isThirdParty"),
        new("applicant.name", "applicant-name"),
        new("victimType", "victimType"),
    ];

    [BindProperty] public string? IsThirdParty { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? VictimType { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        IsThirdParty = Answers.IsThirdParty?.ToString().ToLowerInvariant();
        Name = Answers.Name;
        VictimType = Answers.VictimType?.ToString();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Answers.IsThirdParty = bool.TryParse(IsThirdParty, out var thirdParty) ? thirdParty : null;
        Answers.Name = Name;
        Answers.VictimType = Choices.ToEnum<VictimType>(VictimType);
        await CheckAsync(Fields, ct);
        if (Errors.Any)
        {
            return Page();
        }

        await SaveAsync(ct);
        return Answers.IsThirdParty == true ? RedirectToPage("/Apply/SomeoneElse", new { change = ChangeFlag }) : Next("/Apply/Problem");
    }
}
