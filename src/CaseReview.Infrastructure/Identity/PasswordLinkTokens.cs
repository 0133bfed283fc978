using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CaseReview.UseCases.Accounts;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace CaseReview.Infrastructure.Identity;

/// <summary>
/// The token in a "set your password" link (an invitation, or a forgotten password). It is the account id, the
/// purpose, the time it was made and the account's security stamp, encrypted and signed with the app's Data
/// Protection keys, so nothing about it is stored. It works once: setting the password changes the security
/// stamp. It lapses after <see cref="PasswordLinkSettings"/>'s time for its purpose, on the service's own clock
/// (Identity's own token provider reads the machine's clock, which tests cannot move).
/// </summary>
internal sealed class PasswordLinkTokens(IDataProtectionProvider protection, PasswordLinkSettings settings, TimeProvider clock)
    : IUserTwoFactorTokenProvider<StaffUser>
{
    public const string ProviderName = "CaseReview.PasswordLink";

    private readonly IDataProtector _protector = protection.CreateProtector("CaseReview.Identity.PasswordLink.v1");

    public async Task<string> GenerateAsync(string purpose, UserManager<StaffUser> manager, StaffUser user)
    {
        var stamp = await manager.GetSecurityStampAsync(user);
        var payload = string.Join('\n', user.Id, purpose, clock.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture), stamp);
        return WebEncoders.Base64UrlEncode(_protector.Protect(Encoding.UTF8.GetBytes(payload)));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<StaffUser> manager, StaffUser user)
    {
        string[] parts;
        try
        {
            parts = Encoding.UTF8.GetString(_protector.Unprotect(WebEncoders.Base64UrlDecode(token))).Split('\n');
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return false;
        }

        if (parts.Length != 4 || parts[0] != user.Id || parts[1] != purpose
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var issuedTicks))
        {
            return false;
        }

        var issued = new DateTimeOffset(issuedTicks, TimeSpan.Zero);
        return clock.GetUtcNow() < issued + settings.LifetimeOf(purpose)
            && parts[3] == await manager.GetSecurityStampAsync(user);
    }

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<StaffUser> manager, StaffUser user) => Task.FromResult(false);
}
