namespace CaseReview.Domain.Deadlines;

/// <summary>A stage's due date, computed when its clock starts and stored on the case.</summary>
public sealed class StageDeadline
{
    private StageDeadline() { }

    public StageDeadline(Stage stage, DateOnly startedOn, DateOnly dueDate)
    {
        Stage = stage;
        StartedOn = startedOn;
        DueDate = dueDate;
    }

    public int Id { get; private set; }
    public Stage Stage { get; private set; }
    public DateOnly StartedOn { get; private set; }
    public DateOnly DueDate { get; private set; }

    /// <summary>When the stage was done; null while open.</summary>
    public DateTime? CompletedAt { get; private set; }

    /// <summary>
    /// The UK date the stage was done (the London date of <see cref="CompletedAt"/>), stored with it so that reports
    /// count on-time stages in the database by the one rule, <see cref="IsOnTime"/>.
    /// </summary>
    public DateOnly? CompletedOn { get; private set; }

    /// <summary>True when the case left the stage without doing it (withdrawn, closed, superseded).</summary>
    public bool Cancelled { get; private set; }

    public bool IsOpen => CompletedAt is null;

    /// <summary>The due date before the last extension, and why it was moved; null when never extended.</summary>
    public DateOnly? OriginalDueDate { get; private set; }
    public string? ExtensionReason { get; private set; }

    /// <summary>
    /// The one on-time rule, for reports that read the dates without loading the deadline: a stage done on its due
    /// date (by the UK calendar) is on time.
    /// </summary>
    public static bool IsOnTime(DateOnly doneOn, DateOnly dueDate) => doneOn <= dueDate;

    internal void Extend(DateOnly newDueDate, string reason)
    {
        OriginalDueDate ??= DueDate;
        DueDate = newDueDate;
        ExtensionReason = reason;
    }

    internal void Complete(DateTime utcNow)
    {
        if (CompletedAt is null)
        {
            Done(utcNow);
        }
    }

    internal void Cancel(DateTime utcNow)
    {
        if (CompletedAt is not null)
        {
            return;
        }

        Done(utcNow);
        Cancelled = true;
    }

    private void Done(DateTime utcNow)
    {
        CompletedAt = utcNow;
        CompletedOn = Calendar.WorkingDayCalendar.LondonDate(utcNow);
    }

    /// <summary>Retention: why a due date moved goes (it may quote the applicant); the dates stay.</summary>
    internal void AnonymiseReason() => ExtensionReason = ExtensionReason is null ? null : Applications.CaseApplication.AnonymisedText;
}
