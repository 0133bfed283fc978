using CaseReview.UseCases.Applications;
using CaseReview.UseCases.Drafts;
using CaseReview.Web.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Apply;

public sealed class EffectModel(ApplicationDraftStore drafts, IValidator<SubmitApplicationCommand> validator) : ApplyPageModel(drafts, validator)
{
    private static readonly FormField[] Fields = [new("hateMotivated", "hateMotivated"), new("impact", "impact")];

    [BindProperty] public string? HateMotivated { get; set; }
    [BindProperty] public string? Impact { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return StartAgain();
        }

        HateMotivated = Answers.HateMotivated?.ToString().ToLowerInvariant();
        Impact = Answers.Impact;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return StartAgain();
        }

        Answers.HateMotivated = bool.TryParse(HateMotivated, out var hate) ? hate : null;
        Answers.Impact = Impact;
        await CheckAsync(Fields, ct);
        if (Errors.Any)
        {
            return Page();
        }

        await SaveAsync(ct);
        return Next("/Apply/Complaints");
    }
}
