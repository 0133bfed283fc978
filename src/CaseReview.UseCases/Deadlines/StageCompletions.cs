using CaseReview.Domain.Deadlines;
using CaseReview.UseCases.Common;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Deadlines;

/// <summary>Staff stages done (not cancelled) between two UK dates, and how many of them on time.</summary>
public sealed record StageCompletionCount(Stage Stage, int Completed, int OnTime);

/// <summary>
/// Counts the staff stages done by UK date, in the database (from the deadlines' completion-date index; no row is
/// loaded). A stage is on time when it was done on or before its due date (<see cref="StageDeadline.IsOnTime"/>, the
/// one rule, written here in the terms the database can count by).
/// </summary>
public static class StageCompletions
{
    public static async Task<IReadOnlyList<StageCompletionCount>> CountAsync(ICaseReviewDb db, DateOnly from, DateOnly before, CancellationToken cancellationToken) =>
        await db.StageDeadlines.AsNoTracking()
            .Where(d => d.CompletedOn >= from && d.CompletedOn < before && !d.Cancelled && d.Stage != Stage.AppealWindow)
            .GroupBy(d => d.Stage)
            .Select(g => new StageCompletionCount(g.Key, g.Count(), g.Count(d => d.CompletedOn <= d.DueDate)))
            .ToListAsync(cancellationToken);
}
