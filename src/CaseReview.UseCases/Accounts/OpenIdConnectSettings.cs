namespace CaseReview.UseCases.Accounts;

/// <summary>Sign-in through the council's identity provider (<c>Auth:OpenIdConnect</c>); off while <see cref="Authority"/> is empty.</summary>
public sealed record OpenIdConnectSettings
{
    public string? Authority { get; init; }

    public string? ClientId { get; init; }

    public string? ClientSecret { get; init; }

    public string CallbackPath { get; init; } = "/signin-oidc";

    /// <summary>The claim that holds the person's email address.</summary>
    public string EmailClaim { get; init; } = "email";

    public string FailurePath { get; init; } = "/staff/sign-in?failed=oidc";

    /// <summary>The one issuer whose sign-ins are accepted; empty means the authority itself.</summary>
    public string? Issuer { get; init; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority);

    /// <summary>The issuer tokens must carry: <see cref="Issuer"/>, or the authority without a trailing slash.</summary>
    public string? PinnedIssuer => (string.IsNullOrWhiteSpace(Issuer) ? Authority : Issuer)?.Trim().TrimEnd('/') is { Length: > 0 } issuer ? issuer : null;
}
