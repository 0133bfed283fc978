using CaseReview.Domain.Deadlines;

namespace CaseReview.Domain.Applications;

/// <summary>Who acts, when, and the calendar that turns the moment into due dates.</summary>
public sealed record ActionContext(Actor Actor, DateTime UtcNow, DeadlinePlanner Planner)
{
    public DateOnly Today => Planner.Today(UtcNow);
}
