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

    /// <summary>Where panel members, chairs and appeal reviewers start: the cases they may see (the deadlines are the caseworkers').</summary>
    public const string PanelHomePath = "/staff/cases";

    /// <summary>Sends each person on to <see cref="HomeFor"/>: for sign-ins that return before the person is known.</summary>
    public const string StartPath = "/staff";

    /// <summary>The page a signed-in member of staff starts on.</summary>
    public static string HomeFor(System.Security.Claims.ClaimsPrincipal user) =>
        user.IsCaseworker() || !(user.IsPanelMember() || user.IsAppealReviewer()) ? HomePath : PanelHomePath;

    // When the person signed in; sliding renewal moves the cookie's own issue time, so this is kept apart.
    public const string SignedInAt = "signed-in-at";

    public static void Configure(CookieAuthenticationOptions o, JwtSettings settings)
    {
        o.Cookie.Name = CookieName;
        o.Cookie.HttpOnly = true;
        // Strict: the cookie never rides on a request started by another site, the first defence against CSRF.
        o.Cookie.SameSite = SameSiteMode.Strict;
        // Always: behind a proxy that ends TLS the request looks like http, and "same as request" would drop it.
        o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        // Ends after SessionIdle without use (renewed while in use), and at SessionAbsolute after signing in.
        o.ExpireTimeSpan = settings.SessionIdle;
        o.SlidingExpiration = true;
        o.LoginPath = SignInPath;
        o.ReturnUrlParameter = "returnUrl";
        o.Events = new CookieAuthenticationEvents
        {
            OnValidatePrincipal = async context =>
            {
                if (IsPastAbsoluteLimit(context, settings.SessionAbsolute) || !await StaffPrincipal.IsCurrentAsync(context.Principal, context.HttpContext))
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
    public static Task SignInAsync(HttpContext http, StaffIdentity identity)
    {
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var properties = new AuthenticationProperties { IsPersistent = false };
        properties.Items[SignedInAt] = now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        return http.SignInAsync(Scheme, StaffPrincipal.For(identity, Scheme), properties);
    }

    // A cookie without the time of signing in (made before the limit existed) is past it.
    private static bool IsPastAbsoluteLimit(CookieValidatePrincipalContext context, TimeSpan limit) =>
        !(context.Properties.Items.TryGetValue(SignedInAt, out var text)
            && long.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            && context.Options.TimeProvider!.GetUtcNow() < DateTimeOffset.FromUnixTimeSeconds(seconds) + limit);

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
