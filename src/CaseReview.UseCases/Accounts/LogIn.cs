using CaseReview.Domain.Audit;
using CaseReview.UseCases.Common;
using FluentValidation;
using Mediator;

namespace CaseReview.UseCases.Accounts;

/// <summary>Staff sign in to the API with email and password and receive a bearer token.</summary>
// A request, not a command: it must not run in a rolled-back transaction, or a failed attempt would leave no
// lockout count and no audit line.
public sealed record LogInCommand(string? Email, string? Password) : IRequest<AccessTokenResponse>;

public sealed class LogInValidator : AbstractValidator<LogInCommand>
{
    public LogInValidator()
    {
        RuleFor(x => x.Email).NotEmpty().WithMessage("Enter your email address");
        RuleFor(x => x.Password).NotEmpty().WithMessage("Enter your password");
    }
}

public sealed class LogInHandler(IStaffAccounts accounts, IAccessTokenIssuer tokens, ICaseReviewDb db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<LogInCommand, AccessTokenResponse>
{
    public async ValueTask<AccessTokenResponse> Handle(LogInCommand command, CancellationToken cancellationToken)
    {
        var identity = await accounts.CheckPasswordAsync(command.Email!.Trim(), command.Password!, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (identity is null)
        {
            // Failures are audited without the email typed: it may be someone else's address.
            db.AuditEntries.Add(new AuditEntry(now, "anonymous", "anonymous", "auth.login-failed", null, null, user.IpAddress));
            await db.SaveChangesAsync(cancellationToken);
            throw new SignInFailedException();
        }

        db.AuditEntries.Add(new AuditEntry(now, identity.UserId, identity.Email, "auth.login", null, null, user.IpAddress));
        await db.SaveChangesAsync(cancellationToken);
        return tokens.Issue(identity);
    }
}
