using CaseReview.Domain.Audit;
using CaseReview.UseCases.Common;
using FluentValidation;
using FluentValidation.Results;
using Mediator;

namespace CaseReview.UseCases.Accounts;

/// <summary>
/// A person sets their password through the link emailed to them (an invitation or a forgotten password). The link
/// works once and for a limited time; using it signs the account out everywhere else.
/// </summary>
[Callers(Callers.Anyone)]
public sealed record SetPasswordCommand(string? UserId, string? Token, string? Password) : ICommand;

public sealed class SetPasswordValidator : AbstractValidator<SetPasswordCommand>
{
    public const string IncompleteLink = "This link is not complete. Open the whole link from your email, or ask for a new one.";
    public const string LinkNotWorking = "This link has expired or has already been used. Ask for a new one.";

    public SetPasswordValidator()
    {
        RuleFor(x => x.Token).NotEmpty().WithMessage(IncompleteLink);
        RuleFor(x => x.UserId).NotEmpty().WithMessage(IncompleteLink);
        RuleFor(x => x.Password).NotEmpty().WithMessage("Enter a password");
    }
}

public sealed class SetPasswordHandler(IStaffAccounts accounts, ICaseReviewDb db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<SetPasswordCommand>
{
    public async ValueTask<Unit> Handle(SetPasswordCommand command, CancellationToken cancellationToken)
    {
        var outcome = await accounts.SetPasswordFromLinkAsync(command.UserId!, command.Token!, command.Password!, cancellationToken);
        if (outcome.LinkInvalid)
        {
            throw new ValidationException([new ValidationFailure(nameof(command.Token), SetPasswordValidator.LinkNotWorking)]);
        }

        if (outcome.Done is not { } person)
        {
            throw new ValidationException([.. outcome.PasswordErrors.Select(e => new ValidationFailure(nameof(command.Password), e))]);
        }

        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow().UtcDateTime, person.UserId, person.Email, "auth.password-set", null, "by-emailed-link", user.IpAddress));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

/// <summary>Whether a set-password link still works, so its page can say so before the person types a password.</summary>
[Callers(Callers.Anyone)]
public sealed record CheckPasswordLinkQuery(string? UserId, string? Token) : IQuery<bool>;

public sealed class CheckPasswordLinkHandler(IStaffAccounts accounts) : IQueryHandler<CheckPasswordLinkQuery, bool>
{
    public async ValueTask<bool> Handle(CheckPasswordLinkQuery query, CancellationToken cancellationToken) =>
        !string.IsNullOrEmpty(query.UserId) && !string.IsNullOrEmpty(query.Token)
        && await accounts.IsPasswordLinkCurrentAsync(query.UserId, query.Token, cancellationToken);
}
