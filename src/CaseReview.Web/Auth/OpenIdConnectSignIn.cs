using System.Security.Claims;
using CaseReview.Infrastructure;
using CaseReview.UseCases.Accounts;
using CaseReview.Web.Security;
using Mediator;
using Microsoft.AspNetCore.Authentication;

namespace CaseReview.Web.Auth;

/// <summary>
/// Optional sign-in through the council's identity provider, switched on by <c>Auth:OpenIdConnect:Authority</c>
/// alone. This door only carries the provider's answer to <see cref="SignInWithOrganisationCommand"/>, which decides
/// whose local account it is (or none); a successful sign-in sets the staff cookie.
/// </summary>
internal static class OpenIdConnectSignIn
{
    public const string Scheme = "OpenIdConnect";
    public const string SignInPath = "/auth/sign-in/oidc";

    private const string Section = "Auth:OpenIdConnect";

    private static OpenIdConnectSettings Settings(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<OpenIdConnectSettings>() ?? new OpenIdConnectSettings();

    public static void AddIfConfigured(IServiceCollection services, AuthenticationBuilder authentication, IConfiguration configuration)
    {
        services.AddSettings<OpenIdConnectSettings>(configuration, Section);
        var settings = Settings(configuration);
        if (!settings.IsConfigured)
        {
            return;
        }

        authentication.AddOpenIdConnect(Scheme, "Council sign-in", o =>
        {
            o.Authority = settings.Authority;
            o.ClientId = settings.ClientId;
            o.ClientSecret = settings.ClientSecret;
            o.CallbackPath = settings.CallbackPath;
            o.ResponseType = "code";
            o.UsePkce = true;
            o.MapInboundClaims = false;
            o.GetClaimsFromUserInfoEndpoint = true;
            o.SaveTokens = false;
            o.Scope.Add("email");
            o.SignInScheme = StaffCookies.Scheme;
            // Tokens from any other issuer are refused by the handler itself, before the use case sees them.
            o.TokenValidationParameters.ValidIssuers = [settings.PinnedIssuer!, settings.PinnedIssuer + "/"];
            o.Events.OnTicketReceived = async context =>
            {
                var local = await LocalPrincipalAsync(context.HttpContext, context.Principal, settings.EmailClaim);
                if (local is null)
                {
                    context.Fail("There is no enabled staff account for this sign-in.");
                    return;
                }

                context.Principal = local;
            };
            o.Events.OnRemoteFailure = context =>
            {
                context.Response.Redirect(settings.FailurePath);
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });
    }

    /// <summary>The page that starts an OpenID Connect sign-in; mapped only when it is configured.</summary>
    public static void MapSignIn(IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetRequiredService<OpenIdConnectSettings>().IsConfigured)
        {
            app.MapGet(SignInPath, (string? returnUrl) => Results.Challenge(
                    new AuthenticationProperties { RedirectUri = LocalReturnUrl.OrDefault(returnUrl, StaffCookies.StartPath) },
                    [Scheme]))
                .AllowAnonymous()
                .ExcludeFromDescription();
        }
    }

    /// <summary>The local staff principal for the provider's sign-in, or null when <see cref="SignInWithOrganisationCommand"/> refuses it.</summary>
    public static async Task<ClaimsPrincipal?> LocalPrincipalAsync(HttpContext http, ClaimsPrincipal? external, string emailClaim)
    {
        var subject = external?.FindFirst("sub");
        var command = new SignInWithOrganisationCommand(
            Issuer: external?.FindFirst("iss")?.Value ?? subject?.Issuer,
            Subject: subject?.Value,
            Email: external?.FindFirst(emailClaim)?.Value,
            EmailVerified: external?.FindFirst("email_verified")?.Value is { } verified ? bool.TryParse(verified, out var v) && v : null);
        try
        {
            var identity = await http.RequestServices.GetRequiredService<IMediator>().Send(command, http.RequestAborted);
            return StaffPrincipal.For(identity, StaffCookies.Scheme);
        }
        catch (SignInFailedException)
        {
            return null;
        }
    }
}
