using CaseReview.Domain.Calendar;
using CaseReview.Domain.Deadlines;
using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Deadlines;

/// <summary>
/// Every open staff deadline on the cases the caller may see, soonest first. The applicant's appeal window is
/// not a staff deadline and is left out.
/// </summary>
[Callers(Callers.Staff, "see deadlines")]
public sealed record ListDeadlinesQuery : IQuery<IReadOnlyList<OpenDeadline>>;

public sealed record OpenDeadline(string Reference, CaseStatus Status, Stage Stage, DateOnly DueDate, Rag Rag);

public sealed class ListDeadlinesHandler(CaseAccess access, ICaseReviewDb db, DeadlinePlanner planner, TimeProvider clock)
    : IQueryHandler<ListDeadlinesQuery, IReadOnlyList<OpenDeadline>>
{
    public const int Limit = 1000;

    public async ValueTask<IReadOnlyList<OpenDeadline>> Handle(ListDeadlinesQuery query, CancellationToken cancellationToken)
    {
        var today = planner.Today(clock.GetUtcNow().UtcDateTime);
        // A join rather than a correlated SelectMany: SQLite cannot run the APPLY the latter needs.
        var rows = await access.Visible()
            .Join(
                db.StageDeadlines.Where(d => d.CompletedAt == null && d.Stage != Stage.AppealWindow),
                c => c.Id,
                d => EF.Property<Guid>(d, "ApplicationId"),
                (c, d) => new { c.Reference, c.Status, d.Stage, d.DueDate })
            .OrderBy(d => d.DueDate)
            .ThenBy(d => d.Reference)
            .Take(Limit)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new OpenDeadline(r.Reference, r.Status, r.Stage, r.DueDate, planner.Calendar.RagFor(r.DueDate, today)))];
    }
}
