namespace CaseReview.UseCases.Accounts;

/// <summary>How long the links to set a password work (settings under <c>Accounts</c>).</summary>
public sealed record PasswordLinkSettings
{
    public const string Invitation = "Invitation";
    public const string PasswordReset = "PasswordReset";

    /// <summary>An invitation to a new account: long enough to span a weekend or a few days' leave.</summary>
    public int InvitationLinkDays { get; init; } = 7;

    /// <summary>A forgotten-password link: short, because it is asked for by whoever knows the address.</summary>
    public int PasswordResetLinkHours { get; init; } = 2;

    /// <summary>The council's OpenID Connect sign-in is on (<c>Auth:OpenIdConnect:Authority</c>): people need no password here.</summary>
    public bool OrganisationSignIn { get; init; }

    public TimeSpan LifetimeOf(string purpose) => purpose switch
    {
        Invitation => TimeSpan.FromDays(InvitationLinkDays),
        PasswordReset => TimeSpan.FromHours(PasswordResetLinkHours),
        _ => TimeSpan.Zero,
    };
}
