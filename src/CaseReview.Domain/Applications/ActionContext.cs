using CaseReview.Domain.Agencies;
using CaseReview.Domain.Deadlines;

namespace CaseReview.Domain.Applications;

/// <summary>Who acts, when, the calendar that turns the moment into due dates, and the agencies as registered.</summary>
public sealed record ActionContext(Actor Actor, DateTime UtcNow, DeadlinePlanner Planner)
{
    public DateOnly Today => Planner.Today(UtcNow);

    /// <summary>Resolves the agency names an action is given to the ids the case keeps, and back for its messages.</summary>
    public AgencyRegister Agencies { get; init; } = AgencyRegister.Empty;
}
