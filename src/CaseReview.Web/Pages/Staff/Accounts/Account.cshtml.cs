using CaseReview.UseCases.Accounts;
using CaseReview.Web.Forms;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff.Accounts;

/// <summary>
/// One staff account: change its roles and agency (<see cref="ChangeStaffAccessCommand"/>), or disable or enable it
/// (<see cref="DisableStaffUserCommand"/>, <see cref="EnableStaffUserCommand"/>) after a confirmation step, or email
/// the person a link to set their password (<see cref="SendPasswordLinkCommand"/>).
/// </summary>
public sealed class AccountModel(IMediator mediator) : AdministrationPageModel
{
    public const string ConfirmDisable = "disable";
    public const string ConfirmEnable = "enable";

    [FromRoute] public string Id { get; set; } = string.Empty;

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public List<string> Roles { get; set; } = [];
    [BindProperty] public string? Agency { get; set; }

    /// <summary>Which change the administrator is asked to confirm, if any.</summary>
    [FromQuery] public string? Confirm { get; set; }

    public StaffAccount? Account { get; private set; }

    public IReadOnlyList<Choice> AgencyChoices { get; private set; } = [];

    public string Href => "/staff/accounts/" + Uri.EscapeDataString(Id);

    protected override IReadOnlyList<FormField> Fields { get; } = [new("name", "name"), new("roles", "roles"), new("agency", "agency")];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } failed)
        {
            return failed;
        }

        Roles = [.. Account!.Roles];
        Agency = Account.Agency;
        Name = Account.Name;
        TakeDone();
        return Page();
    }

    public async Task<IActionResult> OnPostAccessAsync(CancellationToken ct)
    {
        var agency = string.IsNullOrWhiteSpace(Agency) ? null : Agency;
        return await TrySendAsync(async () =>
        {
            await mediator.Send(new ChangeStaffAccessCommand(Roles, agency, Name ?? string.Empty) { UserId = Id }, ct);
            return Href;
        }, "Name, roles and agency saved. Roles and agency apply from the person's next sign-in.", ct) ?? await ReloadAsync(ct);
    }

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken ct) =>
        await TrySendAsync(async () =>
        {
            await mediator.Send(new DisableStaffUserCommand { UserId = Id }, ct);
            return Href;
        }, "Account disabled. The person can no longer sign in.", ct) ?? await ReloadAsync(ct, keepAccess: false);

    public async Task<IActionResult> OnPostPasswordLinkAsync(CancellationToken ct)
    {
        PasswordLinkSent? sent = null;
        return await TrySendAsync(async () =>
        {
            sent = await mediator.Send(new SendPasswordLinkCommand { UserId = Id }, ct);
            return Href;
        }, () => $"A link to set a password is on its way to {sent!.Email}. It works once, for {sent.ValidFor}.", ct) ?? await ReloadAsync(ct, keepAccess: false);
    }

    public async Task<IActionResult> OnPostEnableAsync(CancellationToken ct) =>
        await TrySendAsync(async () =>
        {
            await mediator.Send(new EnableStaffUserCommand { UserId = Id }, ct);
            return Href;
        }, "Account enabled. The person can sign in again.", ct) ?? await ReloadAsync(ct, keepAccess: false);

    private async Task<IActionResult> ReloadAsync(CancellationToken ct, bool keepAccess = true)
    {
        if (NotAllowed)
        {
            return Page();
        }

        if (await LoadAsync(ct) is { } failed)
        {
            return failed;
        }

        if (!keepAccess)
        {
            Roles = [.. Account!.Roles];
            Agency = Account.Agency;
            Name = Account.Name;
        }

        return Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        // There is no query for one account: the list is what administrators may see, and its view is audited.
        Account = (await mediator.Send(new ListStaffUsersQuery(), ct)).FirstOrDefault(a => a.Id == Id);

        if (Account is null)
        {
            return NotFound();
        }

        AgencyChoices = await AccessFields.AgencyChoicesAsync(mediator, Account.Agency, ct);
        return null;
    }
}
