using CaseReview.UseCases.Common;
using Mediator;

namespace CaseReview.UseCases.Email;

/// <summary>An administrator puts a failed email back in the queue (for example once the mail server is fixed).</summary>
[Callers(Callers.Administrators, "send an email again")]
public sealed record RetryEmailCommand(long Id) : ICommand<EmailView>;

public sealed class RetryEmailHandler(ICaseReviewDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RetryEmailCommand, EmailView>
{
    public async ValueTask<EmailView> Handle(RetryEmailCommand command, CancellationToken cancellationToken)
    {

        var email = await db.OutboxEmails.FindAsync([command.Id], cancellationToken)
            ?? throw new NotFoundException($"There is no email with the id {command.Id}.");
        var now = clock.GetUtcNow().UtcDateTime;
        email.Retry(now);
        db.AuditEntries.Add(user.Audit(now, "email.retry", email.CaseReference, $"email={email.Id}; template={email.Template}"));
        await db.SaveChangesAsync(cancellationToken);
        return new EmailView(email.Id, email.Template, email.CaseReference, email.Recipient, email.Subject, email.Status, email.Attempts, email.CreatedAt, email.NextAttemptAt, email.SentAt, email.LastError);
    }
}
