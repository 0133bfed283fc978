using CaseReview.UseCases.Accounts;
using CaseReview.Web.Auth;
using CaseReview.Web.Forms;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff;

/// <summary>
/// Someone who has forgotten their password asks for a link (<see cref="RequestPasswordResetCommand"/>). The page
/// says the same thing afterwards whether or not the address has an account.
/// </summary>
public sealed class ForgottenPasswordModel(IMediator mediator, PasswordLinks links) : StaffDoorPageModel
{
    public FormErrors Errors { get; } = new();

    [BindProperty] public string? Email { get; set; }
    [FromQuery] public bool Sent { get; set; }

    public string ValidFor => links.ValidFor(PasswordLinkSettings.PasswordReset);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            await mediator.Send(new RequestPasswordResetCommand(Email), ct);
            return LocalRedirect("/staff/forgotten-password?sent=true");
        }
        catch (ValidationException invalid)
        {
            Errors.AddFailures(invalid.Errors, [new FormField("email", "email")]);
        }

        ViewData["HasErrors"] = true;
        return Page();
    }
}
