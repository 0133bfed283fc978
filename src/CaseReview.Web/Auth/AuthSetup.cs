using CaseReview.UseCases.Accounts;
using CaseReview.UseCases.Common;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Tokens;

namespace CaseReview.Web.Auth;

internal static class AuthSetup
{
    public const string StaffPolicy = "Staff";
    public const string AdministratorPolicy = "Administrator";
    public const string CaseworkerPolicy = "Caseworker";

    /// <summary>The staff web pages: signed in with the pages' cookie (never a bearer token).</summary>
    public const string StaffPagesPolicy = "StaffPages";

    public static IServiceCollection AddStaffAuthentication(this IServiceCollection services, IConfiguration configuration, string contentRootPath)
    {
        var jwt = JwtSettings.From(configuration, contentRootPath);
        services.AddSingleton(jwt);
        services.AddSingleton<IAccessTokenIssuer, JwtAccessTokenIssuer>();
        services.AddHttpContextAccessor();
        // It reads the request it is asked in (through the accessor), so one serves every request and the validators built once.
        services.AddSingleton<ICurrentUser, HttpCurrentUser>();

        // The API takes bearer tokens (the default scheme); the staff pages ask for the cookie by name.
        var authentication = services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer()
            .AddCookie(StaffCookies.Scheme, o => StaffCookies.Configure(o, jwt));
        // Idle and absolute limits are measured on the app's clock, like the tokens'.
        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(StaffCookies.Scheme)
            .Configure<TimeProvider>((o, clock) => o.TimeProvider = clock);
        OpenIdConnectSignIn.AddIfConfigured(services, authentication, configuration);

        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<TimeProvider>((o, clock) =>
        {
            o.MapInboundClaims = false;
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = JwtSettings.Issuer,
                ValidAudience = JwtSettings.Audience,
                IssuerSigningKey = jwt.SigningKey,
                NameClaimType = StaffClaims.Email,
                RoleClaimType = StaffClaims.Role,
                // Tokens are issued on the app's clock, so they are checked on it too.
                LifetimeValidator = (notBefore, expires, _, _) => WithinLifetime(notBefore, expires, clock.GetUtcNow().UtcDateTime),
            };
            o.Events = new JwtBearerEvents { OnTokenValidated = RefuseTokensOfChangedAccounts };
        });
        services.AddAuthorizationBuilder()
            // Deny by default: an endpoint or page that says nothing about who may call it needs a signed-in caller.
            // A request that matched nothing passes on to its 404.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder()
                .RequireAssertion(c => c.User.Identity?.IsAuthenticated == true || (c.Resource is HttpContext http && http.GetEndpoint() is null))
                .Build())
            .AddPolicy(StaffPolicy, p => p.RequireAuthenticatedUser().RequireRole(Roles.All))
            .AddPolicy(AdministratorPolicy, p => p.RequireAuthenticatedUser().RequireRole(Roles.Administrator))
            .AddPolicy(CaseworkerPolicy, p => p.RequireAuthenticatedUser().RequireRole(Roles.Administrator, Roles.CaseOfficer))
            .AddPolicy(StaffPagesPolicy, p => p.AddAuthenticationSchemes(StaffCookies.Scheme).RequireAuthenticatedUser().RequireRole(Roles.All));
        return services;
    }

    // Once the account is disabled or its roles or agency change (the security stamp changes), tokens issued
    // before are refused on the very next request.
    private static async Task RefuseTokensOfChangedAccounts(TokenValidatedContext context)
    {
        if (!await StaffPrincipal.IsCurrentAsync(context.Principal, context.HttpContext))
        {
            context.Fail("The account is disabled or its access has changed since this token was issued. Sign in again.");
        }
    }

    private static bool WithinLifetime(DateTime? notBefore, DateTime? expires, DateTime now)
    {
        var skew = TimeSpan.FromMinutes(1);
        return expires is { } end && end > now - skew && (notBefore is not { } start || start <= now + skew);
    }
}
