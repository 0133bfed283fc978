namespace CaseReview.Infrastructure.Email;

/// <summary>One SMTP session for a batch of emails (MailKit).</summary>
public interface IEmailSender
{
    Task<IEmailSession> ConnectAsync(CancellationToken cancellationToken);
}
