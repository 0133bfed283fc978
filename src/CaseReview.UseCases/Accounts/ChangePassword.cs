using CaseReview.UseCases.Common;
using FluentValidation;
using FluentValidation.Results;
using Mediator;

namespace CaseReview.UseCases.Accounts;

/// <summary>
/// A signed-in person changes their own password, giving the current one first. Their other sessions and bearer
/// tokens stop working; the answer is who they now are, so the page can keep this session signed in.
/// </summary>
// A request, not a command: a wrong current password must still count towards lockout, which a rolled-back
// transaction would undo.
[Callers(Callers.Staff, "change your password")]
public sealed record ChangePasswordCommand(string? CurrentPassword, string? NewPassword) : IRequest<StaffIdentity>;

public sealed class ChangePasswordValidator : AbstractValidator<ChangePasswordCommand>
{
    public ChangePasswordValidator()
    {
        RuleFor(x => x.CurrentPassword).NotEmpty().WithMessage("Enter your current password");
        RuleFor(x => x.NewPassword).NotEmpty().WithMessage("Enter a new password")
            .NotEqual(x => x.CurrentPassword).When(x => !string.IsNullOrEmpty(x.CurrentPassword)).WithMessage("The new password must be different from your current one");
    }
}

public sealed class ChangePasswordHandler(IStaffAccounts accounts, ICaseReviewDb db, ICurrentUser user, SignInThrottle throttle, TimeProvider clock)
    : IRequestHandler<ChangePasswordCommand, StaffIdentity>
{
    public const string WrongCurrentPassword = "Your current password is not right";
    public const string TooManyWrongTries = "Too many wrong tries: wait 15 minutes, then try again";

    public async ValueTask<StaffIdentity> Handle(ChangePasswordCommand command, CancellationToken cancellationToken)
    {
        if (!user.IsAuthenticated || user.UserId is not { } userId)
        {
            throw new ForbiddenException("Sign in to change your password.");
        }

        // The same guard as signing in, keyed by the account's email: someone holding a stolen session cannot guess
        // the current password here instead of at the sign-in page.
        var account = user.DisplayName ?? userId;
        var now = clock.GetUtcNow().UtcDateTime;
        if (!throttle.Allows(account, user.IpAddress))
        {
            db.AuditEntries.Add(user.Audit(now, "auth.password-change-throttled", null, null));
            await db.SaveChangesAsync(cancellationToken);
            throw new ValidationException([new ValidationFailure(nameof(command.CurrentPassword), TooManyWrongTries)]);
        }

        var (wrongCurrent, errors, changed) = await accounts.ChangePasswordAsync(userId, command.CurrentPassword!, command.NewPassword!, cancellationToken);
        if (wrongCurrent)
        {
            throttle.Failed(account, user.IpAddress);
            db.AuditEntries.Add(user.Audit(now, "auth.password-change-failed", null, null));
            await db.SaveChangesAsync(cancellationToken);
            throw new ValidationException([new ValidationFailure(nameof(command.CurrentPassword), WrongCurrentPassword)]);
        }

        if (changed is null)
        {
            throw new ValidationException([.. errors.Select(e => new ValidationFailure(nameof(command.NewPassword), e))]);
        }

        db.AuditEntries.Add(user.Audit(now, "auth.password-changed", null, null));
        await db.SaveChangesAsync(cancellationToken);
        return changed;
    }
}
