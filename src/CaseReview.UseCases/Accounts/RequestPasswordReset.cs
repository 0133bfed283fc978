using CaseReview.Domain.Audit;
using CaseReview.UseCases.Common;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Accounts;

/// <summary>
/// Someone who has forgotten their password asks for a link. The answer is the same whether or not the address
/// has an account, so the form cannot be used to find out who works here. A link goes only to an enabled account,
/// and at most one every <see cref="RequestPasswordResetHandler.QuietMinutes"/> minutes, so the form cannot be used to flood someone's inbox.
/// </summary>
[Callers(Callers.Anyone)]
public sealed record RequestPasswordResetCommand(string? Email) : ICommand;

public sealed class RequestPasswordResetValidator : AbstractValidator<RequestPasswordResetCommand>
{
    public RequestPasswordResetValidator()
    {
        RuleFor(x => x.Email).NotEmpty().WithMessage("Enter your email address")
            .Mailbox().WithMessage("Enter an email address in the correct format, like name@example.org");
    }
}

public sealed class RequestPasswordResetHandler(IStaffAccounts accounts, PasswordLinks links, ICaseReviewDb db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RequestPasswordResetCommand>
{
    public const int QuietMinutes = 5;

    public async ValueTask<Unit> Handle(RequestPasswordResetCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var account = await accounts.FindByEmailAsync(command.Email!.Trim(), cancellationToken);
        if (account is null)
        {
            // Not audited with the address typed: it may be anyone's.
            db.AuditEntries.Add(new AuditEntry(now, "anonymous", "anonymous", "auth.password-reset-requested", null, "no-account", user.IpAddress));
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }

        var since = now.AddMinutes(-QuietMinutes);
        var justSent = await db.OutboxEmails.AnyAsync(
            e => e.Recipient == account.Email && e.CreatedAt > since && (e.Template == PasswordLinks.PasswordResetTemplate || e.Template == PasswordLinks.InvitationTemplate),
            cancellationToken);
        var outcome = account.Disabled ? "disabled" : justSent ? "recently-sent" : "sent";
        if (outcome == "sent")
        {
            await links.QueueAsync(account.Id, account.Email, PasswordLinks.PurposeFor(account), cancellationToken);
        }

        db.AuditEntries.Add(new AuditEntry(now, account.Id, account.Email, "auth.password-reset-requested", null, outcome, user.IpAddress));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
