using System.Security.Claims;
using CaseReview.UseCases.Accounts;
using CaseReview.UseCases.Common;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CaseReview.Web.Auth;

/// <summary>
/// The staff web pages sign in with a cookie; the JSON API stays bearer-only (its default scheme). Pages under
/// /staff ask for the cookie scheme by name through <see cref="PagesPolicy"/>, so a bearer token never opens a
/// page and a cookie never opens the API. Staff pages derive from <see cref="StaffPageModel"/>, which asks for it. The cookie carries the same claims as the bearer token.
/// </summary>
internal static class StaffCookie
{
    public const string Scheme = "StaffCookie";
    public const string PagesPolicy = "StaffPages";
    public const string SignInPath = "/staff/sign-in";
    public const string HomePath = "/staff/reports";

    public static IServiceCollection AddStaffCookie(this IServiceCollection services, IConfiguration configuration)
    {
        var lifetime = TimeSpan.FromHours(configuration.GetValue("Auth:TokenLifetimeHours", 8));
        services.AddAuthentication().AddCookie(Scheme, o =>
        {
            o.Cookie.Name = "casereview-staff";
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.ExpireTimeSpan = lifetime;
            o.SlidingExpiration = true;
            o.LoginPath = SignInPath;
            o.ReturnUrlParameter = "returnUrl";
            // A signed-in person without the right role gets a plain 403 (and the status page), not a redirect.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddAuthorizationBuilder().AddPolicy(PagesPolicy, p => p
            .AddAuthenticationSchemes(Scheme)
            .RequireAuthenticatedUser()
            .RequireRole(Roles.All));
        return services;
    }

    public static Task SignInAsync(HttpContext context, StaffIdentity identity)
    {
        var claims = new List<Claim> { new(StaffClaims.UserId, identity.UserId), new(StaffClaims.Email, identity.Email) };
        claims.AddRange(identity.Roles.Select(r => new Claim(StaffClaims.Role, r)));
        if (identity.Agency is { } agency)
        {
            claims.Add(new Claim(StaffClaims.Agency, agency));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme, StaffClaims.Email, StaffClaims.Role));
        return context.SignInAsync(Scheme, principal, new AuthenticationProperties { IsPersistent = false });
    }

    public static Task SignOutAsync(HttpContext context) => context.SignOutAsync(Scheme);
}
