using CaseReview.Domain.Agencies;
using CaseReview.UseCases.Agencies;
using CaseReview.UseCases.Common;
using CaseReview.Web.Forms;
using CaseReview.Web.Pages.Staff.Accounts;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff.Agencies;

/// <summary>
/// An administrator changes an agency's name, kind, contact mailbox or whether it is active
/// (<see cref="ChangeAgencyCommand"/>). Cases and accounts refer to the agency by id, so a new name shows on all of them.
/// </summary>
public sealed class AgencyModel(IMediator mediator) : AdministrationPageModel, IAgencyFormPage
{
    [FromRoute] public int Id { get; set; }

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? ContactEmail { get; set; }

    /// <summary>"true" or "false", as the radios post it.</summary>
    [BindProperty] public string? Active { get; set; }

    public AgencyView? Agency { get; private set; }

    protected override IReadOnlyList<FormField> Fields => AgencyKindWords.Fields;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } failed)
        {
            return failed;
        }

        Name = Agency!.Name;
        Kind = Agency.Kind.ToString();
        ContactEmail = Agency.ContactEmail;
        Active = Agency.Active ? "true" : "false";
        TakeDone();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var active = Choices.ToBool(Active);
        var result = await TrySendAsync(async () =>
        {
            var changed = await mediator.Send(new ChangeAgencyCommand(Name, Choices.ToEnum<AgencyKind>(Kind), ContactEmail, active) { Id = Id }, ct);
            return "/staff/agencies/" + changed.Id;
        }, "Agency changed", ct);
        if (result is not null || NotAllowed)
        {
            return result ?? Page();
        }

        return await LoadAsync(ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        // Only administrators change agencies; the command refuses anyone else as well.
        if (!User.IsInRole(Roles.Administrator))
        {
            return Forbidden();
        }

        Agency = (await mediator.Send(new ListAgenciesQuery(), ct)).FirstOrDefault(a => a.Id == Id);
        return Agency is null ? NotFound() : null;
    }
}
