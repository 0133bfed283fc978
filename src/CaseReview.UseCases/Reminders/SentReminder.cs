namespace CaseReview.UseCases.Reminders;

/// <summary>
/// A reminder that has been queued. Unique on (case, subject, kind, date), so a reminder is queued once
/// however many schedulers run against the database.
/// </summary>
public sealed class SentReminder
{
    /// <summary>A recommendation's reminders have the subject <c>Recommendation-{id}</c>.</summary>
    public const string RecommendationPrefix = "Recommendation-";

    /// <summary>A panel agency's information request's reminders have the subject <c>InformationRequest-{id}</c>.</summary>
    public const string InformationRequestPrefix = "InformationRequest-";

    private SentReminder() { CaseReference = string.Empty; Subject = string.Empty; }

    public SentReminder(string caseReference, string subject, ReminderKind kind, DateOnly forDate, DateTime createdAtUtc)
    {
        CaseReference = caseReference;
        Subject = subject;
        Kind = kind;
        ForDate = forDate;
        CreatedAt = createdAtUtc;
    }

    public long Id { get; private set; }
    public string CaseReference { get; private set; }

    /// <summary>The stage (<c>ThresholdDecision</c>) or the recommendation (<c>Recommendation-12</c>) the reminder is about.</summary>
    public string Subject { get; private set; }
    public ReminderKind Kind { get; private set; }

    /// <summary>The working day the reminder belongs to: the day it falls due (or, for overdue notices, each day).</summary>
    public DateOnly ForDate { get; private set; }
    public DateTime CreatedAt { get; private set; }
}
