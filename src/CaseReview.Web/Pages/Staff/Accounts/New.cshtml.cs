using CaseReview.UseCases.Accounts;
using CaseReview.Web.Forms;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff.Accounts;

/// <summary>
/// An administrator creates a staff account (<see cref="CreateStaffUserCommand"/>). Usually the person is emailed an
/// invitation to set their own password; an administrator may instead set a first password and pass it on.
/// </summary>
public sealed class NewModel(IMediator mediator, PasswordLinks links) : AdministrationPageModel
{
    public string InvitationValidFor => links.ValidFor(PasswordLinkSettings.Invitation);

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public List<string> Roles { get; set; } = [];
    [BindProperty] public string? Agency { get; set; }
    [BindProperty] public string? Password { get; set; }

    public IReadOnlyList<Choice> AgencyChoices { get; private set; } = [];

    protected override IReadOnlyList<FormField> Fields { get; } =
        [new("name", "name"), new("email", "email"), new("roles", "roles"), new("agency", "agency"), new("password", "password")];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // Only to show the empty form; creating the account is refused by the use case for anyone else.
        if (!User.IsInRole(UseCases.Common.Roles.Administrator))
        {
            return Forbidden();
        }

        AgencyChoices = await AccessFields.AgencyChoicesAsync(mediator, null, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var agency = string.IsNullOrWhiteSpace(Agency) ? null : Agency;
        StaffUserCreated? created = null;
        var result = await TrySendAsync(async () =>
        {
            created = await mediator.Send(new CreateStaffUserCommand(Email, Password, Roles, agency, Name), ct);
            return "/staff/accounts/" + Uri.EscapeDataString(created.Id);
        }, () => created!.Invited
            ? $"Account created. An invitation to set a password is on its way to {created.Email}."
            : "Account created. Pass the password on to the person securely.", ct);
        if (result is not null)
        {
            return result;
        }

        if (NotAllowed)
        {
            return Page();
        }

        Password = null;
        AgencyChoices = await AccessFields.AgencyChoicesAsync(mediator, null, ct);
        return Page();
    }
}
