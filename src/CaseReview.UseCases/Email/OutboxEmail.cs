namespace CaseReview.UseCases.Email;

/// <summary>
/// One email waiting to go, written in the same transaction as the change that causes it (the outbox). The
/// dispatcher claims a row before sending it, so two dispatchers never both take it; failures are retried with
/// back-off and, past the limit, the row is marked failed for an administrator to see and retry.
/// </summary>
public sealed class OutboxEmail
{
    private OutboxEmail()
    {
        Template = string.Empty;
        Recipient = string.Empty;
        RecipientKey = string.Empty;
        Subject = string.Empty;
        TextBody = string.Empty;
        HtmlBody = string.Empty;
    }

    public OutboxEmail(string template, string? caseReference, string recipient, RenderedEmail content, DateTime createdAtUtc, DeliveryFollowUp onDelivery = DeliveryFollowUp.None)
    {
        OnDelivery = onDelivery;
        Template = template;
        CaseReference = caseReference;
        Recipient = recipient;
        RecipientKey = KeyOf(recipient);
        Subject = content.Subject;
        TextBody = content.Text;
        HtmlBody = content.Html;
        Status = OutboxStatus.Pending;
        CreatedAt = createdAtUtc;
        NextAttemptAt = createdAtUtc;
    }

    public long Id { get; private set; }

    /// <summary>The template's name, e.g. <c>acknowledgement</c>; says what the email was without reading it.</summary>
    public string Template { get; private set; }
    public string? CaseReference { get; private set; }
    public string Recipient { get; private set; }

    /// <summary>
    /// The recipient as the daily cap compares addresses (trimmed, lower case), kept beside it so that the cap's count
    /// is an index seek on this address's rows, whatever the number of other emails that day.
    /// </summary>
    public string RecipientKey { get; private set; }
    public string Subject { get; private set; }
    public string TextBody { get; private set; }
    public string HtmlBody { get; private set; }

    /// <summary>What the dispatcher does once the email is sent, decided when it was queued.</summary>
    public DeliveryFollowUp OnDelivery { get; private set; }

    public OutboxStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime NextAttemptAt { get; private set; }

    /// <summary>Set when a dispatcher claims the row; only the holder of this token may mark it sent.</summary>
    public Guid? ClaimToken { get; private set; }

    /// <summary>A claim lapses at this time, so a row claimed by a dispatcher that stopped is picked up again.</summary>
    public DateTime? ClaimedUntil { get; private set; }
    public DateTime? SentAt { get; private set; }

    /// <summary>What the mail server said last time; never personal data.</summary>
    public string? LastError { get; private set; }

    /// <summary>An administrator sends a failed email again: it goes back in the queue with a fresh set of attempts.</summary>
    public void Retry(DateTime utcNow)
    {
        if (Status != OutboxStatus.Failed)
        {
            throw new Common.ConflictException("Only an email that failed can be sent again.");
        }

        Status = OutboxStatus.Pending;
        Attempts = 0;
        NextAttemptAt = utcNow;
        ClaimToken = null;
        ClaimedUntil = null;
    }

    /// <summary>What takes the place of an email's text once the retention schedule removes it.</summary>
    public const string BodyRemoved = "(Removed under the retention schedule.)";

    /// <summary>What takes the place of the applicant's address once their case is anonymised.</summary>
    public const string RecipientRemoved = "(applicant, anonymised)";

    /// <summary>Retention: the text goes; the row, its template (who it was for), subject line and dates stay.</summary>
    public void RemoveBody()
    {
        TextBody = BodyRemoved;
        HtmlBody = BodyRemoved;
    }

    /// <summary>An address as <see cref="RecipientKey"/> holds it: trimmed, in lower case.</summary>
    public static string KeyOf(string address) => address.Trim().ToLowerInvariant();

    /// <summary>Retention: the applicant's address goes with the rest of their case.</summary>
    public void RemoveRecipient(string? applicantEmail)
    {
        if (applicantEmail is not null && string.Equals(Recipient.Trim(), applicantEmail.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            Recipient = RecipientRemoved;
            RecipientKey = KeyOf(RecipientRemoved);
        }
    }
}
