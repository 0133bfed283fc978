using System.ComponentModel.DataAnnotations;

namespace CaseReview.UseCases.Reminders;

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
