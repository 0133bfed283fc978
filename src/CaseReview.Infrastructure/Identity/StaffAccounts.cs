using CaseReview.UseCases.Accounts;
using Microsoft.AspNetCore.Identity;

namespace CaseReview.Infrastructure.Identity;

internal sealed class StaffAccounts(UserManager<StaffUser> users) : IStaffAccounts
{
    public async Task<StaffIdentity?> CheckPasswordAsync(string email, string password, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null || user.Disabled || await users.IsLockedOutAsync(user))
        {
            return null;
        }

        if (!await users.CheckPasswordAsync(user, password))
        {
            await users.AccessFailedAsync(user);
            return null;
        }

        await users.ResetAccessFailedCountAsync(user);
        return await ToIdentity(user);
    }

    public async Task<(StaffIdentity? Created, IReadOnlyList<string> PasswordErrors)> CreateAsync(
        string email, string password, IReadOnlyList<string> roles, string? agency, CancellationToken cancellationToken)
    {
        var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, Agency = string.IsNullOrWhiteSpace(agency) ? null : agency, LockoutEnabled = true };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            return (null, [.. result.Errors.Select(e => e.Description)]);
        }

        var added = await users.AddToRolesAsync(user, roles);
        if (!added.Succeeded)
        {
            throw new InvalidOperationException($"Could not add roles: {string.Join("; ", added.Errors.Select(e => e.Code))}");
        }

        return (await ToIdentity(user), []);
    }

    public async Task<bool> EmailInUseAsync(string email, CancellationToken cancellationToken) => await users.FindByEmailAsync(email) is not null;

    private async Task<StaffIdentity> ToIdentity(StaffUser user) =>
        new(user.Id, user.Email!, [.. await users.GetRolesAsync(user)], user.Agency);
}
