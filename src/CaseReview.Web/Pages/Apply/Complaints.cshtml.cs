using CaseReview.UseCases.Applications;
using CaseReview.UseCases.Drafts;
using CaseReview.Web.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Apply;

/// <summary>The list of complaints: add, change or remove several before moving on.</summary>
public sealed class ComplaintsModel(ApplicationDraftStore drafts, IValidator<SubmitApplicationCommand> validator) : ApplyPageModel(drafts, validator)
{
    private static readonly FormField[] Fields = [new("complaints", "complaints")];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : StartAgain();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return StartAgain();
        }

        await CheckAsync(Fields, ct);
        return Errors.Any ? Page() : Next("/Apply/Contact");
    }

    public async Task<IActionResult> OnPostRemoveAsync(int index, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return StartAgain();
        }

        if (index >= 0 && index < Answers.Complaints.Count)
        {
            Answers.Complaints.RemoveAt(index);
            await SaveAsync(ct);
        }

        return RedirectToPage("/Apply/Complaints", new { change = ChangeFlag });
    }
}
