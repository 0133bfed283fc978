using CaseReview.Domain.Applications;
using CaseReview.UseCases.Applications;
using CaseReview.UseCases.Drafts;
using CaseReview.Web.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Apply;

public sealed class ContactModel(ApplicationDraftStore drafts, IValidator<SubmitApplicationCommand> validator) : ApplyPageModel(drafts, validator)
{
    public static readonly FormField[] Fields =
    [
        new("applicant.preferredContact", "applicant-preferredContact"),
        new("applicant.email", "applicant-email"),
        new("applicant.phone", "applicant-phone"),
        new("applicant.address", "applicant-address"),
        new("applicant.postcode", "applicant-postcode"),
        new("applicant.accessNeeds", "applicant-accessNeeds"),
    ];

    [BindProperty] public string? PreferredContact { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? Address { get; set; }
    [BindProperty] public string? Postcode { get; set; }
    [BindProperty] public string? AccessNeeds { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return StartAgain();
        }

        PreferredContact = Answers.PreferredContact?.ToString();
        (Email, Phone, Address, Postcode, AccessNeeds) = (Answers.Email, Answers.Phone, Answers.Address, Answers.Postcode, Answers.AccessNeeds);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return StartAgain();
        }

        Answers.PreferredContact = Choices.ToEnum<PreferredContact>(PreferredContact);
        (Answers.Email, Answers.Phone, Answers.Address, Answers.Postcode, Answers.AccessNeeds) = (Email, Phone, Address, Postcode, AccessNeeds);
        await CheckAsync(Fields, ct);
        if (Errors.Any)
        {
            return Page();
        }

        await SaveAsync(ct);
        return RedirectToPage("/Apply/CheckAnswers");
    }
}
