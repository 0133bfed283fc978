using CaseReview.UseCases.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CaseReview.Web.Auth;

/// <summary>
/// The staff pages' sign-in cookie. It carries the same claims as a bearer token and is checked against the
/// account on every request in the same way. API routes answer 401 or 403 instead of redirecting to a page.
/// </summary>
internal static class StaffCookies
{
    public const string CookieName = "CaseReview.Staff";
    public const string SignInPath = "/sign-in";

    public static void Configure(CookieAuthenticationOptions o, TimeSpan lifetime)
    {
        o.Cookie.Name = CookieName;
        o.Cookie.HttpOnly = true;
        // Strict: the cookie never rides on a request started by another site, the first defence against CSRF.
        o.Cookie.SameSite = SameSiteMode.Strict;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.ExpireTimeSpan = lifetime;
        o.SlidingExpiration = false;
        o.LoginPath = SignInPath;
        o.Events = new CookieAuthenticationEvents
        {
            OnValidatePrincipal = async context =>
            {
                if (!await StaffPrincipal.IsCurrentAsync(context.Principal, context.HttpContext))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                }
            },
            OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized),
            OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden),
        };
    }

    /// <summary>Signs a member of staff in to the pages (after a password check or an OpenID Connect sign-in).</summary>
    public static Task SignInAsync(HttpContext http, StaffIdentity identity) =>
        http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, StaffPrincipal.For(identity, CookieAuthenticationDefaults.AuthenticationScheme));

    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
