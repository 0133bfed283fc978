using System.Security.Claims;
using CaseReview.Domain.Audit;
using CaseReview.UseCases.Accounts;
using CaseReview.UseCases.Common;
using CaseReview.Web.Security;
using Microsoft.AspNetCore.Authentication;

namespace CaseReview.Web.Auth;

/// <summary>
/// Optional sign-in through the council's identity provider, switched on by <c>Auth:OpenIdConnect:Authority</c>
/// alone. The provider only proves who the person is: they are matched to a local staff account by email, and
/// their roles and agency come from that account, so administrators manage access in one place. Someone without
/// an enabled account is turned away. A successful sign-in sets the staff cookie.
/// </summary>
internal static class OpenIdConnectSignIn
{
    public const string Scheme = "OpenIdConnect";
    public const string SignInPath = "/auth/sign-in/oidc";

    public static bool IsConfigured(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration["Auth:OpenIdConnect:Authority"]);

    public static void AddIfConfigured(AuthenticationBuilder authentication, IConfiguration configuration)
    {
        if (!IsConfigured(configuration))
        {
            return;
        }

        var section = configuration.GetSection("Auth:OpenIdConnect");
        var emailClaim = section["EmailClaim"] is { Length: > 0 } claim ? claim : "email";
        var failurePath = section["FailurePath"] is { Length: > 0 } path ? path : StaffCookies.SignInPath + "?failed=oidc";
        authentication.AddOpenIdConnect(Scheme, "Council sign-in", o =>
        {
            o.Authority = section["Authority"];
            o.ClientId = section["ClientId"];
            o.ClientSecret = section["ClientSecret"];
            o.CallbackPath = section["CallbackPath"] is { Length: > 0 } callback ? callback : "/signin-oidc";
            o.ResponseType = "code";
            o.UsePkce = true;
            o.MapInboundClaims = false;
            o.GetClaimsFromUserInfoEndpoint = true;
            o.SaveTokens = false;
            o.Scope.Add("email");
            o.SignInScheme = StaffCookies.Scheme;
            o.Events.OnTicketReceived = async context =>
            {
                var local = await LocalPrincipalAsync(context.HttpContext, context.Principal, emailClaim);
                if (local is null)
                {
                    context.Fail("There is no enabled staff account for this sign-in.");
                    return;
                }

                context.Principal = local;
            };
            o.Events.OnRemoteFailure = context =>
            {
                context.Response.Redirect(failurePath);
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });
    }

    /// <summary>The page that starts an OpenID Connect sign-in; mapped only when it is configured.</summary>
    public static void MapSignIn(IEndpointRouteBuilder app, IConfiguration configuration)
    {
        if (IsConfigured(configuration))
        {
            app.MapGet(SignInPath, (string? returnUrl) => Results.Challenge(
                    new AuthenticationProperties { RedirectUri = LocalReturnUrl.OrDefault(returnUrl, StaffCookies.StartPath) },
                    [Scheme]))
                .AllowAnonymous()
                .ExcludeFromDescription();
        }
    }

    /// <summary>The local staff principal for an external sign-in, or null when no enabled account has that email. Audited either way.</summary>
    public static async Task<ClaimsPrincipal?> LocalPrincipalAsync(HttpContext http, ClaimsPrincipal? external, string emailClaim)
    {
        var services = http.RequestServices;
        var email = external?.FindFirst(emailClaim)?.Value;
        var identity = string.IsNullOrWhiteSpace(email) ? null : await services.GetRequiredService<IStaffAccounts>().FindForExternalSignInAsync(email, http.RequestAborted);
        var db = services.GetRequiredService<ICaseReviewDb>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var ip = http.Connection.RemoteIpAddress?.ToString();
        // A refusal is audited without the email presented: it may be someone else's address.
        db.AuditEntries.Add(identity is null
            ? new AuditEntry(now, "anonymous", "anonymous", "auth.login-failed", null, "method=oidc", ip)
            : new AuditEntry(now, identity.UserId, identity.Email, "auth.login", null, "method=oidc", ip));
        await db.SaveChangesAsync(http.RequestAborted);
        return identity is null ? null : StaffPrincipal.For(identity, StaffCookies.Scheme);
    }
}
