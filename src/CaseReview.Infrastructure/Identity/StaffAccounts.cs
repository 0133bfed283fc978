using CaseReview.Infrastructure.Persistence;
using CaseReview.UseCases.Accounts;
using CaseReview.UseCases.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.Infrastructure.Identity;

internal sealed class StaffAccounts(UserManager<StaffUser> users, CaseReviewDbContext db, TimeProvider clock) : IStaffAccounts
{
    public async Task EndSessionsAsync(string userId, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId) is { } user)
        {
            Succeeded(await users.UpdateSecurityStampAsync(user), "end sessions");
        }
    }

    public async Task<StaffIdentity?> CheckPasswordAsync(string email, string password, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null || user.Disabled || await users.IsLockedOutAsync(user))
        {
            return null;
        }

        // Wrong guesses are counted by SignInThrottle, per address, not here: an account-wide lockout would let
        // anyone lock an officer out by script.
        return await users.CheckPasswordAsync(user, password) ? await ToIdentity(user) : null;
    }

    public async Task<(StaffIdentity? Created, IReadOnlyList<string> PasswordErrors)> CreateAsync(
        string email, string? password, IReadOnlyList<string> roles, int? agencyId, string? name, CancellationToken cancellationToken)
    {
        var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, AgencyId = agencyId, FullName = name, LockoutEnabled = true };
        var result = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            return (null, [.. result.Errors.Select(e => e.Description)]);
        }

        Succeeded(await users.AddToRolesAsync(user, roles), "add roles");
        return (await ToIdentity(user), []);
    }

    public async Task<string?> CreatePasswordLinkTokenAsync(string userId, string purpose, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        return user is null || user.Disabled ? null : await users.GenerateUserTokenAsync(user, PasswordLinkTokens.ProviderName, purpose);
    }

    public async Task<bool> IsPasswordLinkCurrentAsync(string userId, string token, CancellationToken cancellationToken) =>
        await LinkedUserAsync(userId, token) is not null;

    public async Task<PasswordLinkOutcome> SetPasswordFromLinkAsync(string userId, string token, string password, CancellationToken cancellationToken)
    {
        var user = await LinkedUserAsync(userId, token);
        if (user is null)
        {
            return new PasswordLinkOutcome(null, LinkInvalid: true, []);
        }

        var errors = await PasswordErrorsAsync(user, password);
        if (errors.Count > 0)
        {
            return new PasswordLinkOutcome(null, LinkInvalid: false, errors);
        }

        // Whoever can read the mailbox has proved it: a lockout from wrong guesses is lifted.
        user.AccessFailedCount = 0;
        user.LockoutEnd = null;
        return new PasswordLinkOutcome(await StorePasswordAsync(user, password), LinkInvalid: false, []);
    }

    public async Task<(bool WrongCurrentPassword, IReadOnlyList<string> PasswordErrors, StaffIdentity? Changed)> ChangePasswordAsync(
        string userId, string currentPassword, string newPassword, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId) ?? throw new NotFoundException("There is no such staff account.");
        if (!await users.CheckPasswordAsync(user, currentPassword))
        {
            return (true, [], null);
        }

        var errors = await PasswordErrorsAsync(user, newPassword);
        if (errors.Count > 0)
        {
            return (false, errors, null);
        }

        return (false, [], await StorePasswordAsync(user, newPassword));
    }

    public async Task<StaffAccount?> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email);
        return user is null ? null : await AccountOf(user, cancellationToken);
    }

    public async Task<bool> EmailInUseAsync(string email, CancellationToken cancellationToken) => await users.FindByEmailAsync(email) is not null;

    public async Task<IReadOnlyList<StaffAccount>> ListAsync(CancellationToken cancellationToken)
    {
        var accounts = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var roles = await RolesOf(db.Users.Select(u => u.Id), cancellationToken);
        var agencies = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        return [.. accounts.Select(u => ToAccount(u, roles, agencies))];
    }

    public async Task<StaffAccount?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        return user is null ? null : await AccountOf(user, cancellationToken);
    }

    public async Task<StaffAccount> ChangeAccessAsync(string id, IReadOnlyList<string> roles, int? agencyId, string? name, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id) ?? throw new NotFoundException($"There is no staff account with the id {id}.");
        var current = await users.GetRolesAsync(user);
        Succeeded(await users.RemoveFromRolesAsync(user, [.. current.Except(roles)]), "remove roles");
        Succeeded(await users.AddToRolesAsync(user, [.. roles.Except(current)]), "add roles");
        user.AgencyId = agencyId;
        user.FullName = name;
        Succeeded(await users.UpdateSecurityStampAsync(user), "update the account");
        return await AccountOf(user, cancellationToken);
    }

    public async Task<StaffAccount> SetDisabledAsync(string id, bool disabled, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id) ?? throw new NotFoundException($"There is no staff account with the id {id}.");
        user.Disabled = disabled;
        if (!disabled)
        {
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
        }

        Succeeded(await users.UpdateSecurityStampAsync(user), "update the account");
        return (await FindAsync(id, cancellationToken))!;
    }

    public async Task<int> CountActiveAdministratorsAsync(CancellationToken cancellationToken) =>
        (await users.GetUsersInRoleAsync(Roles.Administrator)).Count(u => !u.Disabled);

    public async Task<StaffIdentity?> FindByExternalLoginAsync(string issuer, string subject, CancellationToken cancellationToken)
    {
        var user = await users.FindByLoginAsync(issuer, subject);
        return user is null || user.Disabled || await users.IsLockedOutAsync(user) ? null : await ToIdentity(user);
    }

    public async Task<StaffIdentity?> BindExternalLoginAsync(string email, string issuer, string subject, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null || user.Disabled || await users.IsLockedOutAsync(user)
            || (await users.GetLoginsAsync(user)).Any(l => string.Equals(l.LoginProvider, issuer, StringComparison.Ordinal)))
        {
            return null;
        }

        var bound = await users.AddLoginAsync(user, new UserLoginInfo(issuer, subject, "OpenID Connect"));
        return bound.Succeeded ? await ToIdentity(user) : null;
    }

    public Task<bool> IsCurrentAsync(string userId, string? securityStamp, CancellationToken cancellationToken) =>
        db.Users.AnyAsync(u => u.Id == userId && !u.Disabled && u.SecurityStamp == securityStamp, cancellationToken);

    /// <summary>The account a link is for, while the link works: the account exists, is enabled and the token is current for either purpose.</summary>
    private async Task<StaffUser?> LinkedUserAsync(string userId, string token)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null || user.Disabled)
        {
            return null;
        }

        foreach (var purpose in new[] { PasswordLinkSettings.Invitation, PasswordLinkSettings.PasswordReset })
        {
            if (await users.VerifyUserTokenAsync(user, PasswordLinkTokens.ProviderName, purpose, token))
            {
                return user;
            }
        }

        return null;
    }

    /// <summary>
    /// Stores a password already checked against the policy. The new security stamp ends every other session and
    /// token of the account, and any link to set a password.
    /// </summary>
    private async Task<StaffIdentity> StorePasswordAsync(StaffUser user, string password)
    {
        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        Succeeded(await users.UpdateSecurityStampAsync(user), "store the password");
        return await ToIdentity(user);
    }

    private async Task<List<string>> PasswordErrorsAsync(StaffUser user, string password)
    {
        var errors = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            errors.AddRange(result.Errors.Select(e => e.Description));
        }

        return errors;
    }

    private async Task<StaffAccount> AccountOf(StaffUser user, CancellationToken cancellationToken) =>
        ToAccount(
            user,
            await RolesOf(db.Users.Where(u => u.Id == user.Id).Select(u => u.Id), cancellationToken),
            await db.Agencies.AsNoTracking().Where(a => a.Id == user.AgencyId).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken));

    private async Task<StaffIdentity> ToIdentity(StaffUser user) =>
        new(user.Id, user.Email!, [.. await users.GetRolesAsync(user)], user.AgencyId, user.SecurityStamp);

    private async Task<ILookup<string, string>> RolesOf(IQueryable<string> userIds, CancellationToken cancellationToken)
    {
        var pairs = await db.UserRoles
            .Where(ur => userIds.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        return pairs.ToLookup(p => p.UserId, p => p.Name!);
    }

    // The account's agency by the name it is registered under now.
    private StaffAccount ToAccount(StaffUser u, ILookup<string, string> roles, IReadOnlyDictionary<int, string> agencies)
    {
        var lockedOut = u.LockoutEnd is { } end && end > clock.GetUtcNow();
        var agency = u.AgencyId is { } id ? agencies.GetValueOrDefault(id) : null;
        return new StaffAccount(u.Id, u.Email!, [.. roles[u.Id].Order()], agency, u.Disabled, lockedOut, lockedOut ? u.LockoutEnd : null, u.PasswordHash is not null, u.FullName);
    }

    private static void Succeeded(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what}: {string.Join("; ", result.Errors.Select(e => e.Code))}");
        }
    }
}
