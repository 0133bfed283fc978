namespace CaseReview.UseCases.Accounts;

/// <summary>Staff sign-in and accounts, kept by ASP.NET Core Identity in Infrastructure.</summary>
public interface IStaffAccounts
{
    /// <summary>
    /// Ends every sign-in of the account (pages and bearer tokens) by changing its security stamp: a cookie or
    /// token copied before is refused from the next request on.
    /// </summary>
    Task EndSessionsAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Null when the email or password is wrong, the account is locked out or disabled.</summary>
    Task<StaffIdentity?> CheckPasswordAsync(string email, string password, CancellationToken cancellationToken);

    /// <summary>
    /// Creates the account; password-policy failures come back as messages for the password field. Without a
    /// password the account cannot be signed in to until its person sets one through a link.
    /// </summary>
    Task<(StaffIdentity? Created, IReadOnlyList<string> PasswordErrors)> CreateAsync(string email, string? password, IReadOnlyList<string> roles, int? agencyId, string? name, CancellationToken cancellationToken);

    /// <summary>A token for a link to set the password, for <see cref="PasswordLinkSettings.Invitation"/> or <see cref="PasswordLinkSettings.PasswordReset"/>; null for a disabled or unknown account.</summary>
    Task<string?> CreatePasswordLinkTokenAsync(string userId, string purpose, CancellationToken cancellationToken);

    /// <summary>Sets the password if the link's token is current; the link then stops working, as do the account's other sessions and tokens.</summary>
    Task<PasswordLinkOutcome> SetPasswordFromLinkAsync(string userId, string token, string password, CancellationToken cancellationToken);

    /// <summary>True when a link's token is current (without using it), so a page can say at once that a link has lapsed.</summary>
    Task<bool> IsPasswordLinkCurrentAsync(string userId, string token, CancellationToken cancellationToken);

    /// <summary>A signed-in person changes their own password; a wrong current password counts towards lockout.</summary>
    Task<(bool WrongCurrentPassword, IReadOnlyList<string> PasswordErrors, StaffIdentity? Changed)> ChangePasswordAsync(string userId, string currentPassword, string newPassword, CancellationToken cancellationToken);

    Task<StaffAccount?> FindByEmailAsync(string email, CancellationToken cancellationToken);

    Task<bool> EmailInUseAsync(string email, CancellationToken cancellationToken);

    Task<IReadOnlyList<StaffAccount>> ListAsync(CancellationToken cancellationToken);

    Task<StaffAccount?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Sets the account's roles, agency and name; tokens issued before stop working (the security stamp changes).</summary>
    Task<StaffAccount> ChangeAccessAsync(string id, IReadOnlyList<string> roles, int? agencyId, string? name, CancellationToken cancellationToken);

    /// <summary>Disables or enables the account; disabling ends its tokens at once, enabling also lifts a lockout.</summary>
    Task<StaffAccount> SetDisabledAsync(string id, bool disabled, CancellationToken cancellationToken);

    /// <summary>Administrators whose accounts are not disabled.</summary>
    Task<int> CountActiveAdministratorsAsync(CancellationToken cancellationToken);

    /// <summary>The enabled, not locked-out account bound to this (issuer, subject) of an identity provider, if any.</summary>
    Task<StaffIdentity?> FindByExternalLoginAsync(string issuer, string subject, CancellationToken cancellationToken);

    /// <summary>
    /// A first sign-in through an identity provider: binds the enabled, not locked-out account with this email to
    /// (issuer, subject). Null when there is no such account, or it is already bound to another subject of that issuer.
    /// </summary>
    Task<StaffIdentity?> BindExternalLoginAsync(string email, string issuer, string subject, CancellationToken cancellationToken);

    /// <summary>True while the account exists, is not disabled and still has the security stamp a token carries.</summary>
    Task<bool> IsCurrentAsync(string userId, string? securityStamp, CancellationToken cancellationToken);
}
