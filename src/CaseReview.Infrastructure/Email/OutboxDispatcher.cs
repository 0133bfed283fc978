using CaseReview.Infrastructure.Persistence;
using CaseReview.UseCases.Accounts;
using CaseReview.UseCases.Common;
using CaseReview.UseCases.Email;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CaseReview.Infrastructure.Email;

/// <summary>
/// Sends what is due in the outbox. Rows are claimed first with one conditional UPDATE (status Pending and due,
/// or a lapsed claim), so of two dispatchers on one database only one takes a row; only the claim's holder may
/// mark it sent. A failure waits with exponential back-off and, after <c>MaxAttempts</c>, the row is marked failed.
/// </summary>
public sealed class OutboxDispatcher(
    CaseReviewDbContext db, IWriteGate writeGate, IEmailSender sender, SmtpSettings smtp, DispatcherSettings settings,
    IMediator mediator, CaseReviewTelemetry telemetry, TimeProvider clock, ILogger<OutboxDispatcher> logger)
{
    /// <summary>What is left of a password-link email once sent.</summary>
    public const string RemovedOnceSent = "(Removed once sent: it held a link to set a password.)";

    public async Task<DispatchResult> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var token = Guid.NewGuid();
        var claimed = await ClaimAsync(token, cancellationToken);
        if (claimed.Count == 0)
        {
            return new DispatchResult(0, 0, 0, 0);
        }

        IEmailSession session;
        try
        {
            session = await sender.ConnectAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("Cannot reach the mail server ({ExceptionType}); {Count} emails will be retried", ex.GetType().Name, claimed.Count);
            var failures = 0;
            foreach (var email in claimed)
            {
                failures += await RecordFailureAsync(email, token, ex, cancellationToken) ? 1 : 0;
            }

            return new DispatchResult(claimed.Count, 0, claimed.Count - failures, failures);
        }

        int sent = 0, failed = 0;
        await using (session)
        {
            foreach (var email in claimed)
            {
                try
                {
                    await session.SendAsync(email, cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning("Email {EmailId} ({Template}, case {Reference}) was not accepted: {ExceptionType}", email.Id, email.Template, email.CaseReference, ex.GetType().Name);
                    failed += await RecordFailureAsync(email, token, ex, cancellationToken) ? 1 : 0;
                    continue;
                }

                await MarkSentAsync(email, token, cancellationToken);
                telemetry.EmailSent();
                sent++;
            }
        }

        return new DispatchResult(claimed.Count, sent, claimed.Count - sent - failed, failed);
    }

    private async Task<List<OutboxEmail>> ClaimAsync(Guid token, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // Long enough to send the whole batch even when every send waits for the full time-out.
        var claimedUntil = now.AddSeconds(smtp.TimeoutSeconds * (settings.BatchSize + 2));
        // An email about a case whose processing is restricted (Article 18) waits until the restriction is lifted; only the
        // applicant's notices of the restriction itself go.
        var due = db.OutboxEmails.Where(e =>
            ((e.Status == OutboxStatus.Pending && e.NextAttemptAt <= now) || (e.Status == OutboxStatus.Sending && e.ClaimedUntil < now))
            && (e.CaseReference == null || e.Template == CaseEmails.ProcessingRestrictedTemplate || e.Template == CaseEmails.RestrictionLiftedTemplate
                || !db.Applications.Any(a => a.Reference == e.CaseReference && a.RestrictedAt != null)));
        var ids = await due.OrderBy(e => e.NextAttemptAt).ThenBy(e => e.Id).Select(e => e.Id).Take(settings.BatchSize).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return [];
        }

        using (await writeGate.EnterAsync(cancellationToken))
        {
            await due.Where(e => ids.Contains(e.Id)).ExecuteUpdateAsync(
                s => s.SetProperty(e => e.Status, OutboxStatus.Sending).SetProperty(e => e.ClaimToken, token).SetProperty(e => e.ClaimedUntil, claimedUntil),
                cancellationToken);
        }

        return await db.OutboxEmails.AsNoTracking().Where(e => e.ClaimToken == token).OrderBy(e => e.Id).ToListAsync(cancellationToken);
    }

    private async Task MarkSentAsync(OutboxEmail email, Guid token, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await db.OutboxEmails.Where(e => e.Id == email.Id && e.ClaimToken == token).ExecuteUpdateAsync(
                s => s.SetProperty(e => e.Status, OutboxStatus.Sent).SetProperty(e => e.SentAt, now).SetProperty(e => e.ClaimToken, (Guid?)null)
                    .SetProperty(e => e.Attempts, e => e.Attempts + 1).SetProperty(e => e.LastError, (string?)null),
                cancellationToken);
            if (email.Template is PasswordLinks.InvitationTemplate or PasswordLinks.PasswordResetTemplate)
            {
                // The link sets a password: once it is in the person's mailbox, no copy stays in the database.
                await db.OutboxEmails.Where(e => e.Id == email.Id).ExecuteUpdateAsync(
                    s => s.SetProperty(e => e.TextBody, RemovedOnceSent).SetProperty(e => e.HtmlBody, RemovedOnceSent), cancellationToken);
            }
        }

        if (email.OnDelivery == DeliveryFollowUp.RecordAcknowledgement && email.CaseReference is { } reference)
        {
            await RecordAcknowledgementAsync(reference, now, cancellationToken);
        }
    }

    /// <summary>
    /// A staff member may change the case at the same moment (on this instance or another), and its version check
    /// then refuses this save: the case is read again and the acknowledgement recorded on what is there now, rather
    /// than lost with the round (the email is already marked sent, so nothing would record it later).
    /// </summary>
    private async Task RecordAcknowledgementAsync(string reference, DateTime sentAt, CancellationToken cancellationToken)
    {
        const int attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await mediator.Send(new RecordAcknowledgementCommand(reference, sentAt), cancellationToken);
                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < attempts)
            {
                logger.LogInformation("Case {Reference} changed while its acknowledgement was recorded; recording it again", reference);
            }
        }
    }

    /// <summary>Counts the attempt and schedules the next; true when this was the last attempt and the email is now failed.</summary>
    private async Task<bool> RecordFailureAsync(OutboxEmail email, Guid token, Exception error, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var attempts = email.Attempts + 1;
        var givesUp = attempts >= settings.MaxAttempts;
        var message = $"{error.GetType().Name}: {error.Message}";
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await db.OutboxEmails.Where(e => e.Id == email.Id && e.ClaimToken == token).ExecuteUpdateAsync(
                s => s.SetProperty(e => e.Status, givesUp ? OutboxStatus.Failed : OutboxStatus.Pending)
                    .SetProperty(e => e.Attempts, attempts)
                    .SetProperty(e => e.NextAttemptAt, now + settings.RetryDelay(attempts))
                    .SetProperty(e => e.ClaimToken, (Guid?)null)
                    .SetProperty(e => e.ClaimedUntil, (DateTime?)null)
                    .SetProperty(e => e.LastError, message.Length > 500 ? message[..500] : message),
                cancellationToken);
        }

        if (givesUp)
        {
            telemetry.EmailFailed();
            logger.LogError("Email {EmailId} ({Template}, case {Reference}) failed after {Attempts} attempts; an administrator can retry it", email.Id, email.Template, email.CaseReference, attempts);
        }

        return givesUp;
    }
}
