using CaseReview.UseCases.Common;

namespace CaseReview.UseCases.Letters;

/// <summary>
/// A letter to post, or a call to make, for an applicant who asked for post or phone instead of email. Written in the
/// same transaction as the change that would have queued the email; it holds which notice is due, never its words
/// (the letter is made from the case when it is printed). It leaves the list once an officer marks it done.
/// </summary>
public sealed class LetterTask
{
    private LetterTask() { CaseReference = string.Empty; }

    public LetterTask(string caseReference, LetterNotice notice, LetterDelivery delivery, DateTime dueSinceUtc)
    {
        CaseReference = caseReference;
        Notice = notice;
        Delivery = delivery;
        DueSince = dueSinceUtc;
    }

    public long Id { get; private set; }
    public string CaseReference { get; private set; }
    public LetterNotice Notice { get; private set; }
    public LetterDelivery Delivery { get; private set; }
    public DateTime DueSince { get; private set; }

    /// <summary>When the letter was posted or the call made; null while it is still to do.</summary>
    public DateTime? DoneAt { get; private set; }
    public string? DoneById { get; private set; }
    public string? DoneByName { get; private set; }

    public bool IsDone => DoneAt is not null;

    /// <summary>Records that the letter went out as <paramref name="how"/>; refused when it is a different kind of task or already done.</summary>
    public void MarkDone(LetterDelivery how, DateTime utcNow, string actorId, string actorName)
    {
        if (how != Delivery)
        {
            throw new ConflictException(Delivery == LetterDelivery.Post
                ? "This applicant asked for letters by post. Mark it as posted, not as called."
                : "This applicant asked for a phone call. Mark it as called, not as posted.");
        }

        if (IsDone)
        {
            throw new ConflictException($"This was already marked as {(Delivery == LetterDelivery.Post ? "posted" : "called")} by {DoneByName}.");
        }

        DoneAt = utcNow;
        DoneById = actorId;
        DoneByName = actorName;
    }
}
