using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using CaseReview.UseCases.Accounts;
using Microsoft.IdentityModel.Tokens;

namespace CaseReview.Web.Auth;

internal sealed class JwtAccessTokenIssuer(JwtSettings settings, TimeProvider clock) : IAccessTokenIssuer
{
    public AccessTokenResponse Issue(StaffIdentity identity)
    {
        var claims = StaffPrincipal.ClaimsOf(identity);
        claims.Add(new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")));

        var now = clock.GetUtcNow().UtcDateTime;
        var token = new JwtSecurityToken(
            JwtSettings.Issuer,
            JwtSettings.Audience,
            claims,
            notBefore: now,
            expires: now.Add(settings.Lifetime),
            signingCredentials: new SigningCredentials(settings.SigningKey, SecurityAlgorithms.HmacSha256));
        return new AccessTokenResponse(new JwtSecurityTokenHandler().WriteToken(token), "Bearer", (int)settings.Lifetime.TotalSeconds);
    }
}
