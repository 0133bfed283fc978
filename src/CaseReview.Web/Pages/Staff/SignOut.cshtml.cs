using CaseReview.Web.Auth;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff;

/// <summary>Signing out is a post (with the antiforgery token), so no link on another site can sign anyone out.</summary>
public sealed class SignOutModel : StaffDoorPageModel
{
    public IActionResult OnGet() => RedirectToPage("/Staff/SignIn");

    public async Task<IActionResult> OnPostAsync()
    {
        await StaffCookies.SignOutAsync(HttpContext);
        return RedirectToPage("/Staff/SignIn", new { signedOut = true });
    }
}
