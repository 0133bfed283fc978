using System.ComponentModel.DataAnnotations;

namespace CaseReview.UseCases.Reminders;

public enum ReminderKind { DueSoon, DueToday, Overdue }

/// <summary>
/// A reminder that has been queued. Unique on (case, subject, kind, date), so a reminder is queued once
/// however many schedulers run against the database.
/// </summary>
public sealed class SentReminder
{
    /// <summary>A recommendation's reminders have the subject <c>Recommendation-{id}</c>.</summary>
    public const string RecommendationPrefix = "Recommendation-";

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

/// <summary>When reminders go out (settings under <c>Reminders</c>).</summary>
public sealed record ReminderSettings
{
    public bool Enabled { get; init; } = true;

    /// <summary>How often the scheduler looks for due reminders.</summary>
    [Range(1, 1440)]
    public int IntervalMinutes { get; init; } = 5;

    public TimeSpan Interval => TimeSpan.FromMinutes(IntervalMinutes);

    /// <summary>Remind this many working days before a stage is due (0: no early reminder).</summary>
    [Range(0, 20)]
    public int WorkingDaysBefore { get; init; } = 2;

    public bool OnDueDate { get; init; } = true;

    /// <summary>Each working day a stage is overdue, tell the case officer and the administrators.</summary>
    public bool DailyWhenOverdue { get; init; } = true;

    /// <summary>Remind the owner agency's contact mailbox about its recommendations' due dates.</summary>
    public bool Recommendations { get; init; } = true;
}
