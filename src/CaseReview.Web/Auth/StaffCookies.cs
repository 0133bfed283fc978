using CaseReview.UseCases.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CaseReview.Web.Auth;

/// <summary>
/// The staff pages' sign-in cookie. It carries the same claims as a bearer token and is checked against the
/// account on every request in the same way. It opens only the staff pages (their policy names this scheme);
/// the JSON API stays bearer-only, so a page's cookie can never be used against the API from another site.
/// </summary>
internal static class StaffCookies
{
    public const string CookieName = "CaseReview.Staff";
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string SignInPath = "/staff/sign-in";
    public const string HomePath = "/staff/dashboard";

    /// <summary>Where panel members and chairs start: the cases of their panels (the deadlines are the caseworkers').</summary>
    public const string PanelHomePath = "/staff/cases";

    /// <summary>Sends each person on to <see cref="HomeFor"/>: for sign-ins that return before the person is known.</summary>
    public const string StartPath = "/staff";

    /// <summary>The page a signed-in member of staff starts on.</summary>
    public static string HomeFor(System.Security.Claims.ClaimsPrincipal user) =>
        user.IsCaseworker() || !user.IsPanelMember() ? HomePath : PanelHomePath;

    public static void Configure(CookieAuthenticationOptions o, TimeSpan lifetime)
    {
        o.Cookie.Name = CookieName;
        o.Cookie.HttpOnly = true;
        // Strict: the cookie never rides on a request started by another site, the first defence against CSRF.
        o.Cookie.SameSite = SameSiteMode.Strict;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        // Lasts as long as a bearer token, renewed while in use.
        o.ExpireTimeSpan = lifetime;
        o.SlidingExpiration = true;
        o.LoginPath = SignInPath;
        o.ReturnUrlParameter = "returnUrl";
        o.Events = new CookieAuthenticationEvents
        {
            OnValidatePrincipal = async context =>
            {
                if (!await StaffPrincipal.IsCurrentAsync(context.Principal, context.HttpContext))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(Scheme);
                }
            },
            OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized),
            // A signed-in person without the right role gets a plain 403 (and the status page), not a redirect.
            OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            },
        };
    }

    /// <summary>Signs a member of staff in to the pages (after a password check or an OpenID Connect sign-in).</summary>
    public static Task SignInAsync(HttpContext http, StaffIdentity identity) =>
        http.SignInAsync(Scheme, StaffPrincipal.For(identity, Scheme), new AuthenticationProperties { IsPersistent = false });

    public static Task SignOutAsync(HttpContext http) => http.SignOutAsync(Scheme);

    // The API never redirects to a page; it answers with a status code.
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
