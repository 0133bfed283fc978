using CaseReview.UseCases.Accounts;
using CaseReview.Web.Auth;
using CaseReview.Web.Forms;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff;

/// <summary>
/// The page an emailed link opens (an invitation, or a forgotten password): the person chooses a password
/// (<see cref="SetPasswordCommand"/>), then signs in with it. A link that has lapsed or been used says so at once.
/// </summary>
public sealed class SetPasswordModel(IMediator mediator) : StaffDoorPageModel
{
    public FormErrors Errors { get; } = new();

    [BindProperty(SupportsGet = true, Name = "user")] public string? UserId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public string? ConfirmPassword { get; set; }

    /// <summary>The link has lapsed, been used, or was cut short.</summary>
    public bool LinkNotWorking { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        LinkNotWorking = !await mediator.Send(new CheckPasswordLinkQuery(UserId, Token), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(Password) && Password != ConfirmPassword)
        {
            Errors.Add("confirm-password", "Enter the same password twice");
        }
        else
        {
            try
            {
                await mediator.Send(new SetPasswordCommand(UserId, Token, Password), ct);
                return LocalRedirect("/staff/sign-in?passwordSet=true");
            }
            catch (ValidationException invalid)
            {
                if (invalid.Errors.Any(e => e.PropertyName is nameof(SetPasswordCommand.Token) or nameof(SetPasswordCommand.UserId)))
                {
                    LinkNotWorking = true;
                    Response.StatusCode = StatusCodes.Status400BadRequest;
                    return Page();
                }

                Errors.AddFailures(invalid.Errors, [new FormField("password", "password")]);
            }
        }

        Password = ConfirmPassword = null;
        ViewData["HasErrors"] = true;
        return Page();
    }
}
