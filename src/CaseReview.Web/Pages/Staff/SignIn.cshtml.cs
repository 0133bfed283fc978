using CaseReview.UseCases.Accounts;
using CaseReview.Web.Auth;
using CaseReview.Web.Forms;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CaseReview.Web.Pages.Staff;

/// <summary>
/// Staff sign-in for the web pages. It sends the same <see cref="LogInCommand"/> as the API, so lockout and the
/// audit line are the same whichever door is used; only the credential differs (a cookie here).
/// </summary>
public sealed class SignInModel(IMediator mediator, IOptions<IdentityOptions> identity, OpenIdConnectSettings organisation) : StaffDoorPageModel
{
    // Says what happens after repeated failures without saying whether this address has an account; the numbers
    // are the lockout settings themselves, so the page cannot promise something else.
    private string Refused =>
        $"The email address or password is incorrect. After {identity.Value.Lockout.MaxFailedAccessAttempts} wrong tries in a row, an account is locked for {identity.Value.Lockout.DefaultLockoutTimeSpan.TotalMinutes:0} minutes: wait, then try again.";

    public FormErrors Errors { get; } = new();

    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [FromQuery] public bool SignedOut { get; set; }
    [FromQuery] public bool PasswordSet { get; set; }

    /// <summary>Set by the failure path of an OpenID Connect sign-in (<c>failed=oidc</c>).</summary>
    [FromQuery] public string? Failed { get; set; }

    /// <summary>The council's OpenID Connect sign-in is configured, so the page offers it first.</summary>
    public bool OrganisationSignIn => organisation.IsConfigured;

    public string OrganisationSignInHref =>
        OpenIdConnectSignIn.SignInPath + (Url.IsLocalUrl(ReturnUrl) ? "?returnUrl=" + Uri.EscapeDataString(ReturnUrl!) : string.Empty);

    public void OnGet()
    {
        if (Failed == "oidc")
        {
            Errors.Add(OrganisationSignIn ? "organisation-sign-in" : "email",
                "You signed in with your organisation's account, but there is no active staff account here for that email address. Ask an administrator to add you or to enable your account.");
            ViewData["HasErrors"] = true;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var identity = await mediator.Send(new LogInCommand(Email, Password), ct);
            await StaffCookies.SignInAsync(HttpContext, identity);
            // Only ever back to a page of this site: a return address from elsewhere is ignored.
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : StaffCookies.HomeFor(StaffPrincipal.For(identity, StaffCookies.Scheme)));
        }
        catch (ValidationException invalid)
        {
            Errors.AddFailures(invalid.Errors, [new FormField("email", "email"), new FormField("password", "password")]);
        }
        catch (SignInFailedException)
        {
            Errors.Add("email", Refused);
        }

        Password = null;
        ViewData["HasErrors"] = true;
        return Page();
    }
}
