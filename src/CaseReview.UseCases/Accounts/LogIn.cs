using CaseReview.Domain.Audit;
using CaseReview.UseCases.Common;
using FluentValidation;
using Mediator;

namespace CaseReview.UseCases.Accounts;

/// <summary>
/// Staff sign in with email and password; the answer is who they are, and each door hands out its own
/// credential (the API a bearer token, the web pages a cookie), so lockout and audit stay in this one place.
/// </summary>
// A request, not a command: it must not run in a rolled-back transaction, or a failed attempt would leave no
// lockout count and no audit line.
[Callers(Callers.Anyone)]
public sealed record LogInCommand(string? Email, string? Password) : IRequest<StaffIdentity>;

public sealed class LogInValidator : AbstractValidator<LogInCommand>
{
    public LogInValidator()
    {
        RuleFor(x => x.Email).NotEmpty().WithMessage("Enter your email address");
        RuleFor(x => x.Password).NotEmpty().WithMessage("Enter your password");
    }
}

public sealed class LogInHandler(IStaffAccounts accounts, ICaseReviewDb db, ICurrentUser user, SignInThrottle throttle, TimeProvider clock)
    : IRequestHandler<LogInCommand, StaffIdentity>
{
    public async ValueTask<StaffIdentity> Handle(LogInCommand command, CancellationToken cancellationToken)
    {
        var email = command.Email!.Trim();
        var now = clock.GetUtcNow().UtcDateTime;
        if (!throttle.Allows(email, user.IpAddress))
        {
            // Not checked at all: the answer is the same as for a wrong password, so it tells a guesser nothing.
            db.AuditEntries.Add(new AuditEntry(now, "anonymous", "anonymous", "auth.login-throttled", null, null, user.IpAddress));
            await db.SaveChangesAsync(cancellationToken);
            throw new SignInFailedException();
        }

        var identity = await accounts.CheckPasswordAsync(email, command.Password!, cancellationToken);
        if (identity is null)
        {
            throttle.Failed(email, user.IpAddress);
            // Failures are audited without the email typed: it may be someone else's address.
            db.AuditEntries.Add(new AuditEntry(now, "anonymous", "anonymous", "auth.login-failed", null, null, user.IpAddress));
            await db.SaveChangesAsync(cancellationToken);
            throw new SignInFailedException();
        }

        throttle.Succeeded(email, user.IpAddress);
        db.AuditEntries.Add(new AuditEntry(now, identity.UserId, identity.Email, "auth.login", null, null, user.IpAddress));
        await db.SaveChangesAsync(cancellationToken);
        return identity;
    }
}
