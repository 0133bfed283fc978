namespace CaseReview.UseCases.Accounts;

/// <summary>Who a signed-in staff member is; <see cref="SecurityStamp"/> changes whenever their access changes.</summary>
public sealed record StaffIdentity(string UserId, string Email, IReadOnlyList<string> Roles, string? Agency, string? SecurityStamp = null);

/// <summary>A staff account as administrators see it.</summary>
public sealed record StaffAccount(string Id, string Email, IReadOnlyList<string> Roles, string? Agency, bool Disabled, bool LockedOut, DateTimeOffset? LockedOutUntil);

/// <summary>Staff sign-in and accounts, kept by ASP.NET Core Identity in Infrastructure.</summary>
public interface IStaffAccounts
{
    /// <summary>Null when the email or password is wrong, the account is locked out or disabled.</summary>
    Task<StaffIdentity?> CheckPasswordAsync(string email, string password, CancellationToken cancellationToken);

    /// <summary>Creates the account; password-policy failures come back as messages for the password field.</summary>
    Task<(StaffIdentity? Created, IReadOnlyList<string> PasswordErrors)> CreateAsync(string email, string password, IReadOnlyList<string> roles, string? agency, CancellationToken cancellationToken);

    Task<bool> EmailInUseAsync(string email, CancellationToken cancellationToken);

    Task<IReadOnlyList<StaffAccount>> ListAsync(CancellationToken cancellationToken);

    Task<StaffAccount?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Sets the account's roles and agency; tokens issued before stop working (the security stamp changes).</summary>
    Task<StaffAccount> ChangeAccessAsync(string id, IReadOnlyList<string> roles, string? agency, CancellationToken cancellationToken);

    /// <summary>Disables or enables the account; disabling ends its tokens at once, enabling also lifts a lockout.</summary>
    Task<StaffAccount> SetDisabledAsync(string id, bool disabled, CancellationToken cancellationToken);

    /// <summary>Administrators whose accounts are not disabled.</summary>
    Task<int> CountActiveAdministratorsAsync(CancellationToken cancellationToken);

    Task<bool> AnyInAgencyAsync(string agency, CancellationToken cancellationToken);

    /// <summary>The enabled, not locked-out account with this email, for a sign-in proven elsewhere (OpenID Connect).</summary>
    Task<StaffIdentity?> FindForExternalSignInAsync(string email, CancellationToken cancellationToken);

    /// <summary>True while the account exists, is not disabled and still has the security stamp a token carries.</summary>
    Task<bool> IsCurrentAsync(string userId, string? securityStamp, CancellationToken cancellationToken);
}

/// <summary>Issues bearer tokens for the JSON API.</summary>
public interface IAccessTokenIssuer
{
    AccessTokenResponse Issue(StaffIdentity identity);
}

public sealed record AccessTokenResponse(string AccessToken, string TokenType, int ExpiresIn);

/// <summary>The email or password was not accepted.</summary>
public sealed class SignInFailedException() : Exception("The email address or password is incorrect, or the account is locked. Try again later.");
