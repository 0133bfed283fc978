using CaseReview.UseCases.Accounts;
using CaseReview.Web.Auth;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff;

/// <summary>Signing out is a post (with the antiforgery token), so no link on another site can sign anyone out.</summary>
public sealed class SignOutModel(IMediator mediator) : StaffDoorPageModel
{
    public IActionResult OnGet() => RedirectToPage("/Staff/SignIn");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await mediator.Send(new LogOutCommand(), ct);
        await StaffCookies.SignOutAsync(HttpContext);
        return RedirectToPage("/Staff/SignIn", new { signedOut = true });
    }
}
