using CaseReview.Domain.Calendar;

namespace CaseReview.Domain.Deadlines;

/// <summary>Turns "within N working days" into a due date on the England and Wales calendar.</summary>
public sealed class DeadlinePlanner(WorkingDayCalendar calendar, Timescales timescales)
{
    public WorkingDayCalendar Calendar { get; } = calendar;
    public Timescales Timescales { get; } = timescales;

    /// <summary>The Nth working day after the day the clock starts (that day itself never counts).</summary>
    public DateOnly DueDate(Stage stage, DateOnly clockStarts) => Calendar.AddWorkingDays(clockStarts, Timescales.For(stage));

    public DateOnly Today(DateTime utcNow) => WorkingDayCalendar.LondonDate(utcNow);

    public Rag RagFor(StageDeadline deadline, DateTime utcNow) => Calendar.RagFor(deadline.DueDate, Today(utcNow));
}
