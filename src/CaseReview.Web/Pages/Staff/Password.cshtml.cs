using CaseReview.UseCases.Accounts;
using CaseReview.Web.Auth;
using CaseReview.Web.Forms;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff;

/// <summary>
/// A signed-in person changes their own password (<see cref="ChangePasswordCommand"/>). Their other sessions end;
/// this one is signed in again with the account's new security stamp, so it carries on.
/// </summary>
public sealed class PasswordModel(IMediator mediator) : StaffPageModel
{
    public const string DoneKey = "PasswordChanged";

    [BindProperty] public string? CurrentPassword { get; set; }
    [BindProperty] public string? NewPassword { get; set; }
    [BindProperty] public string? ConfirmPassword { get; set; }

    public bool Changed { get; private set; }

    public void OnGet() => Changed = TempData[DoneKey] is true;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        FormField[] fields = [new("currentPassword", "current-password"), new("newPassword", "new-password")];
        if (!string.IsNullOrEmpty(NewPassword) && NewPassword != ConfirmPassword)
        {
            Errors.Add("confirm-password", "Enter the same new password twice");
        }
        else
        {
            try
            {
                var identity = await mediator.Send(new ChangePasswordCommand(CurrentPassword, NewPassword), ct);
                await StaffCookies.SignInAsync(HttpContext, identity);
                TempData[DoneKey] = true;
                return RedirectToPage("/Staff/Password");
            }
            catch (ValidationException invalid)
            {
                Errors.AddFailures(invalid.Errors, fields);
            }
        }

        CurrentPassword = NewPassword = ConfirmPassword = null;
        ViewData["HasErrors"] = true;
        return Page();
    }
}
