using CaseReview.Domain.Agencies;
using CaseReview.UseCases.Agencies;
using CaseReview.UseCases.Common;
using CaseReview.Web.Forms;
using CaseReview.Web.Pages.Staff.Accounts;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff.Agencies;

/// <summary>An administrator adds an agency (<see cref="AddAgencyCommand"/>).</summary>
public sealed class NewModel(IMediator mediator) : AdministrationPageModel, IAgencyFormPage
{
    [BindProperty] public string? Name { get; set; }

    /// <summary>Text, so that a kind posted by hand that is not one of the choices is a message, not a failure.</summary>
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? ContactEmail { get; set; }

    protected override IReadOnlyList<FormField> Fields => AgencyKindWords.Fields;

    public IActionResult OnGet() =>
        // Only to show the empty form; adding the agency is refused by the use case for anyone else.
        User.IsInRole(Roles.Administrator) ? Page() : Forbidden();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        await TrySendAsync(async () =>
        {
            await mediator.Send(new AddAgencyCommand(Name, Choices.ToEnum<AgencyKind>(Kind), ContactEmail, true), ct);
            return "/staff/agencies";
        }, $"{Name?.Trim()} added", ct) ?? Page();
}
