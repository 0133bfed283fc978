namespace CaseReview.UseCases.Accounts;

public sealed record StaffIdentity(string UserId, string Email, IReadOnlyList<string> Roles, string? Agency);

/// <summary>Staff sign-in and accounts, kept by ASP.NET Core Identity in Infrastructure.</summary>
public interface IStaffAccounts
{
    /// <summary>Null when the email or password is wrong, the account is locked out or disabled.</summary>
    Task<StaffIdentity?> CheckPasswordAsync(string email, string password, CancellationToken cancellationToken);

    /// <summary>Creates the account; password-policy failures come back as messages for the password field.</summary>
    Task<(StaffIdentity? Created, IReadOnlyList<string> PasswordErrors)> CreateAsync(string email, string password, IReadOnlyList<string> roles, string? agency, CancellationToken cancellationToken);

    Task<bool> EmailInUseAsync(string email, CancellationToken cancellationToken);
}

/// <summary>Issues bearer tokens for the JSON API.</summary>
public interface IAccessTokenIssuer
{
    AccessTokenResponse Issue(StaffIdentity identity);
}

public sealed record AccessTokenResponse(string AccessToken, string TokenType, int ExpiresIn);

/// <summary>The email or password was not accepted.</summary>
public sealed class SignInFailedException() : Exception("The email address or password is incorrect, or the account is locked. Try again later.");
