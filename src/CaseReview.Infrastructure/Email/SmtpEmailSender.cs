using CaseReview.UseCases.Common;
using CaseReview.UseCases.Email;
using MailKit.Net.Smtp;
using MimeKit;

namespace CaseReview.Infrastructure.Email;

/// <summary>Sends through the council's mail server; <paramref name="development"/> picks the default connection security.</summary>
internal sealed class SmtpEmailSender(SmtpSettings settings, CouncilDetails council, bool development) : IEmailSender
{
    public async Task<IEmailSession> ConnectAsync(CancellationToken cancellationToken)
    {
        var client = new SmtpClient { Timeout = settings.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(settings.Host, settings.Port, settings.SecurityFor(development), cancellationToken);
            if (!string.IsNullOrEmpty(settings.Username))
            {
                await client.AuthenticateAsync(settings.Username, settings.Password, cancellationToken);
            }

            return new Session(client, settings, council);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private sealed class Session(SmtpClient client, SmtpSettings settings, CouncilDetails council) : IEmailSession
    {
        public async Task SendAsync(OutboxEmail email, CancellationToken cancellationToken)
        {
            var message = new MimeMessage
            {
                Subject = email.Subject,
                // The outbox row's id, so a receiving system can spot the rare resend after a crash mid-send.
                MessageId = $"outbox-{email.Id}@casereview",
                Body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody }.ToMessageBody(),
            };
            message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
            message.To.Add(MailboxAddress.Parse(email.Recipient));
            if (!string.IsNullOrWhiteSpace(council.Email))
            {
                // Replies ("tell us how you would like to take part") reach the team, not the sending address.
                message.ReplyTo.Add(new MailboxAddress(council.Name, council.Email));
            }

            if (email.CaseReference is { } reference)
            {
                message.Headers.Add("X-CaseReview-Reference", reference);
            }

            await client.SendAsync(message, cancellationToken);
        }

        public async ValueTask DisposeAsync()
        {
            if (client.IsConnected)
            {
                try
                {
                    await client.DisconnectAsync(quit: true);
                }
                catch (Exception ex) when (ex is IOException or MailKit.ProtocolException or MailKit.Net.Smtp.SmtpCommandException)
                {
                    // The server went away after accepting the mail; the mail is sent.
                }
            }

            client.Dispose();
        }
    }
}
