using CaseReview.Domain.Audit;
using CaseReview.UseCases.Common;
using Mediator;

namespace CaseReview.UseCases.Accounts;

/// <summary>
/// Staff sign in through the council's identity provider (OpenID Connect). The provider proves who the person is;
/// their roles and agency come from their local account, so administrators manage access in one place. The first
/// sign-in finds the account by its email and binds it to the provider's (issuer, subject); afterwards only that
/// subject signs in to it, whatever email the provider then reports. Refused: another issuer, an email the provider
/// says it has not verified, an address with characters outside ASCII (lookalikes of a colleague's address), and an
/// account already bound to another subject. Every attempt is audited, a refusal without the address presented.
/// </summary>
// A request, not a command: a refusal must leave its audit line, not be rolled back with it.
[Callers(Callers.Anyone)]
public sealed record SignInWithOrganisationCommand(string? Issuer, string? Subject, string? Email, bool? EmailVerified) : IRequest<StaffIdentity>;

public sealed class SignInWithOrganisationHandler(IStaffAccounts accounts, ICaseReviewDb db, ICurrentUser user, OpenIdConnectSettings settings, TimeProvider clock)
    : IRequestHandler<SignInWithOrganisationCommand, StaffIdentity>
{
    public async ValueTask<StaffIdentity> Handle(SignInWithOrganisationCommand command, CancellationToken cancellationToken)
    {
        var (identity, outcome) = await SignInAsync(command, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (identity is null)
        {
            db.AuditEntries.Add(new AuditEntry(now, "anonymous", "anonymous", "auth.login-failed", null, $"method=oidc;reason={outcome}", user.IpAddress));
        }
        else
        {
            if (outcome == FirstSignIn)
            {
                db.AuditEntries.Add(new AuditEntry(now, identity.UserId, identity.Email, "account.organisation-sign-in-bound", null, $"issuer={settings.PinnedIssuer}", user.IpAddress));
            }

            db.AuditEntries.Add(new AuditEntry(now, identity.UserId, identity.Email, "auth.login", null, "method=oidc", user.IpAddress));
        }

        await db.SaveChangesAsync(cancellationToken);
        return identity ?? throw new SignInFailedException();
    }

    private const string FirstSignIn = "bound";

    /// <summary>The account, and for the audit trail why not (or <see cref="FirstSignIn"/>).</summary>
    private async Task<(StaffIdentity? Identity, string Outcome)> SignInAsync(SignInWithOrganisationCommand command, CancellationToken cancellationToken)
    {
        var issuer = command.Issuer?.Trim().TrimEnd('/');
        if (settings.PinnedIssuer is not { } pinned || !string.Equals(issuer, pinned, StringComparison.Ordinal))
        {
            return (null, "issuer");
        }

        if (string.IsNullOrWhiteSpace(command.Subject))
        {
            return (null, "no-subject");
        }

        if (await accounts.FindByExternalLoginAsync(pinned, command.Subject, cancellationToken) is { } bound)
        {
            return (bound, string.Empty);
        }

        var email = command.Email?.Trim();
        if (string.IsNullOrEmpty(email))
        {
            return (null, "no-email");
        }

        if (command.EmailVerified == false)
        {
            return (null, "email-not-verified");
        }

        if (!email.All(char.IsAscii))
        {
            return (null, "email-not-ascii");
        }

        return await accounts.BindExternalLoginAsync(email, pinned, command.Subject, cancellationToken) is { } first
            ? (first, FirstSignIn)
            : (null, "no-account");
    }
}
