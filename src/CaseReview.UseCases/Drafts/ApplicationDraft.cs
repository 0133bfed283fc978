namespace CaseReview.UseCases.Drafts;

/// <summary>
/// A resident's answers while they fill in the online form, kept server-side (not in a cookie) and found by
/// an unguessable id held in their browser's cookie. Not part of a case: it becomes one only when submitted.
/// </summary>
public sealed class ApplicationDraft
{
    private ApplicationDraft() { Id = string.Empty; AnswersJson = "{}"; }

    public ApplicationDraft(string id, string answersJson, DateTime nowUtc, DateTime expiresAtUtc)
    {
        Id = id;
        AnswersJson = answersJson;
        UpdatedAt = nowUtc;
        ExpiresAt = expiresAtUtc;
    }

    public string Id { get; private set; }
    public string AnswersJson { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public DateTime ExpiresAt { get; private set; }

    /// <summary>Set once the application is sent: the answers are wiped and only the way to the confirmation remains.</summary>
    public string? SubmittedTrackingCode { get; private set; }

    public bool IsSubmitted => SubmittedTrackingCode is not null;

    public void Update(string answersJson, DateTime nowUtc, DateTime expiresAtUtc)
    {
        AnswersJson = answersJson;
        UpdatedAt = nowUtc;
        ExpiresAt = expiresAtUtc;
    }

    public void MarkSubmitted(string trackingCode, DateTime nowUtc)
    {
        AnswersJson = "{}";
        SubmittedTrackingCode = trackingCode;
        UpdatedAt = nowUtc;
    }
}
