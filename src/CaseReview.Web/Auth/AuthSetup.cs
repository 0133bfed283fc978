using CaseReview.UseCases.Accounts;
using CaseReview.UseCases.Common;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace CaseReview.Web.Auth;

internal static class AuthSetup
{
    public const string StaffPolicy = "Staff";

    public static IServiceCollection AddStaffAuthentication(this IServiceCollection services, IConfiguration configuration, string contentRootPath)
    {
        var jwt = JwtSettings.From(configuration, contentRootPath);
        services.AddSingleton(jwt);
        services.AddSingleton<IAccessTokenIssuer, JwtAccessTokenIssuer>();
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
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
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicy, p => p.RequireAuthenticatedUser().RequireRole(Roles.All));
        return services;
    }

    private static bool WithinLifetime(DateTime? notBefore, DateTime? expires, DateTime now)
    {
        var skew = TimeSpan.FromMinutes(1);
        return expires is { } end && end > now - skew && (notBefore is not { } start || start <= now + skew);
    }
}
