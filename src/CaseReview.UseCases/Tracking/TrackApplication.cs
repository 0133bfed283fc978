using CaseReview.Domain.Deadlines;
using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Tracking;

/// <summary>What an applicant sees with their tracking code: the stage, the dates that matter, what happens next. No personal data.</summary>
[Callers(Callers.Anyone)]
public sealed record TrackApplicationQuery(string TrackingCode) : IQuery<TrackingView>;

public sealed record KeyDate(string Label, DateOnly Date);

public sealed record TrackingView(
    string Reference,
    CaseStatus Status,
    string Stage,
    string NextStep,
    DateOnly ReceivedOn,
    IReadOnlyList<KeyDate> KeyDates,
    bool CanAppeal,
    DateOnly? AppealBy);

public sealed class TrackApplicationHandler(ICaseReviewDb db, DeadlinePlanner planner, TimeProvider clock)
    : IQueryHandler<TrackApplicationQuery, TrackingView>
{
    public async ValueTask<TrackingView> Handle(TrackApplicationQuery query, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking()
            .Include(a => a.Deadlines)
            .FirstOrDefaultAsync(a => a.TrackingCode == query.TrackingCode, cancellationToken)
            ?? throw new NotFoundException("We could not find an application with that tracking code. Check the code in your confirmation email.");

        var now = clock.GetUtcNow().UtcDateTime;
        var canAppeal = application.AllowedActions(now, planner).Contains(CaseAction.Appeal);
        var appealBy = canAppeal ? application.OpenDeadline(Stage.AppealWindow)?.DueDate : null;
        var keyDates = new List<KeyDate> { new("Application received", planner.Today(application.ReceivedAt)) };
        keyDates.AddRange(application.Deadlines.Where(d => d.IsOpen).OrderBy(d => d.DueDate).Select(d => new KeyDate(StageWords.DueLabel(d.Stage), d.DueDate)));
        if (application.MeetingAt is { } meeting && application.Status == CaseStatus.ReviewPending)
        {
            keyDates.Add(new KeyDate("Case review meeting", planner.Today(meeting)));
        }

        return new TrackingView(
            application.Reference,
            application.Status,
            StageWords.Stage(application.Status),
            StageWords.NextStep(application.Status, canAppeal),
            planner.Today(application.ReceivedAt),
            keyDates,
            canAppeal,
            appealBy);
    }
}
