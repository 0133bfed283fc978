using System.Globalization;
using System.Security.Claims;
using CaseReview.UseCases.Accounts;

namespace CaseReview.Web.Auth;

/// <summary>The claims a signed-in member of staff carries, the same in a bearer token and in the pages' cookie.</summary>
internal static class StaffPrincipal
{
    public static List<Claim> ClaimsOf(StaffIdentity identity)
    {
        var claims = new List<Claim>
        {
            new(StaffClaims.UserId, identity.UserId),
            new(StaffClaims.Email, identity.Email),
        };
        claims.AddRange(identity.Roles.Select(r => new Claim(StaffClaims.Role, r)));
        if (identity.SecurityStamp is { } stamp)
        {
            claims.Add(new Claim(StaffClaims.SecurityStamp, stamp));
        }

        if (identity.AgencyId is { } agency)
        {
            claims.Add(new Claim(StaffClaims.AgencyId, agency.ToString(CultureInfo.InvariantCulture)));
        }

        return claims;
    }

    public static ClaimsPrincipal For(StaffIdentity identity, string authenticationType) =>
        new(new ClaimsIdentity(ClaimsOf(identity), authenticationType, StaffClaims.Email, StaffClaims.Role));

    /// <summary>A token or cookie is only as good as the account behind it: disabled, or its access changed, and it is refused.</summary>
    public static async Task<bool> IsCurrentAsync(ClaimsPrincipal? principal, HttpContext http)
    {
        var userId = principal?.FindFirst(StaffClaims.UserId)?.Value;
        var stamp = principal?.FindFirst(StaffClaims.SecurityStamp)?.Value;
        return userId is not null && await http.RequestServices.GetRequiredService<IStaffAccounts>().IsCurrentAsync(userId, stamp, http.RequestAborted);
    }
}
