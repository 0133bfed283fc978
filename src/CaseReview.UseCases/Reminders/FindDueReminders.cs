using System.Linq.Expressions;
using CaseReview.Domain.Applications;
using CaseReview.Domain.Deadlines;
using CaseReview.Domain.Review;
using CaseReview.UseCases.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Reminders;

/// <summary>A reminder due now and not yet queued.</summary>
public sealed record DueReminder(string Reference, string Subject, ReminderKind Kind, DateOnly ForDate, DateOnly DueDate, Stage? Stage, int? OwnerAgencyId)
{
    /// <summary>Matches the stored row of this reminder (its unique key).</summary>
    public Expression<Func<SentReminder, bool>> IsStored() =>
        x => x.CaseReference == Reference && x.Subject == Subject && x.Kind == Kind && x.ForDate == ForDate;
}

/// <summary>
/// The reminders due today: stage deadlines (2 working days before, on the day, and each working day once overdue)
/// recommendations (before and on their due date, and once when overdue; not those of a review set aside on appeal), and
/// panel agencies' unanswered information requests (as stage deadlines). Only open deadlines count, so a stage
/// done or a case withdrawn gets no reminder; the applicant's own appeal window is not a staff deadline.
/// Found through the indexed due-date columns, never by loading every open case.
/// </summary>
[Callers(Callers.BackgroundJobs)]
public sealed record FindDueRemindersQuery : IQuery<IReadOnlyList<DueReminder>>;

public sealed class FindDueRemindersHandler(ICaseReviewDb db, DeadlinePlanner planner, ReminderSettings settings, TimeProvider clock)
    : IQueryHandler<FindDueRemindersQuery, IReadOnlyList<DueReminder>>
{
    public async ValueTask<IReadOnlyList<DueReminder>> Handle(FindDueRemindersQuery query, CancellationToken cancellationToken)
    {
        var today = planner.Today(clock.GetUtcNow().UtcDateTime);
        var calendar = planner.Calendar;
        if (!calendar.IsWorkingDay(today))
        {
            return [];
        }

        var horizon = calendar.AddWorkingDays(today, settings.WorkingDaysBefore);
        var deadlines = await db.StageDeadlines
            .Where(d => d.CompletedAt == null && d.DueDate <= horizon && d.Stage != Stage.AppealWindow)
            .Join(db.Applications, d => EF.Property<Guid>(d, "ApplicationId"), a => a.Id, (d, a) => new { a.Reference, a.RestrictedAt, d.Stage, d.StartedOn, d.DueDate })
            // Nothing is sent about a case whose processing is restricted (Article 18).
            .Where(d => d.RestrictedAt == null)
            .ToListAsync(cancellationToken);
        var due = new List<DueReminder>();
        foreach (var d in deadlines)
        {
            if (KindOn(today, d.DueDate, d.StartedOn, stage: true) is { } kind)
            {
                due.Add(new DueReminder(d.Reference, d.Stage.ToString(), kind.Kind, kind.ForDate, d.DueDate, d.Stage, null));
            }
        }

        if (settings.Recommendations)
        {
            // Overdue recommendations get one notice; a month back is far enough to catch up after an outage.
            var oldest = today.AddMonths(-1);
            var recommendations = await db.Applications
                .Where(a => a.Status != Domain.Workflow.CaseStatus.Withdrawn && a.RestrictedAt == null)
                .SelectMany(
                    a => a.Recommendations.Where(r => (r.Status == RecommendationStatus.Open || r.Status == RecommendationStatus.InProgress) && r.SetAsideAt == null && r.DueDate <= horizon && r.DueDate >= oldest),
                    (a, r) => new { a.Reference, r.Id, r.OwnerAgencyId, r.DueDate })
                .ToListAsync(cancellationToken);
            foreach (var r in recommendations)
            {
                if (KindOn(today, r.DueDate, DateOnly.MinValue, stage: false) is { } kind)
                {
                    due.Add(new DueReminder(r.Reference, $"{SentReminder.RecommendationPrefix}{r.Id}", kind.Kind, kind.ForDate, r.DueDate, null, r.OwnerAgencyId));
                }
            }
        }

        // Panel agencies' information requests: like stage deadlines, chased each working day once missed, until answered
        // (or set aside when the agency leaves the panel or the case moves on).
        var requests = await db.Applications
            .Where(a => a.RestrictedAt == null)
            .SelectMany(
                a => a.InformationRequests.AsQueryable().Where(InformationRequest.Open).Where(r => r.DueDate <= horizon),
                (a, r) => new { a.Reference, r.Id, r.AgencyId, r.DueDate, r.RequestedAt })
            .ToListAsync(cancellationToken);
        foreach (var r in requests)
        {
            if (KindOn(today, r.DueDate, planner.Today(r.RequestedAt), stage: true) is { } kind)
            {
                due.Add(new DueReminder(r.Reference, $"{SentReminder.InformationRequestPrefix}{r.Id}", kind.Kind, kind.ForDate, r.DueDate, null, r.AgencyId));
            }
        }

        return await NotYetQueued(due, cancellationToken);
    }

    // Which reminder (if any) today brings for something due on dueDate, and the date that identifies it.
    private (ReminderKind Kind, DateOnly ForDate)? KindOn(DateOnly today, DateOnly dueDate, DateOnly startedOn, bool stage)
    {
        var calendar = planner.Calendar;
        if (today == dueDate)
        {
            return settings.OnDueDate ? (ReminderKind.DueToday, dueDate) : null;
        }

        if (today > dueDate)
        {
            // Stages: every working day while overdue. Recommendations: once, on the first working day after.
            var forDate = stage ? today : calendar.AddWorkingDays(dueDate, 1);
            return settings.DailyWhenOverdue || !stage ? (ReminderKind.Overdue, forDate) : null;
        }

        // Early reminder: on the working day N working days before the due date, or the first run after it.
        // Never on the day the clock started: nobody needs reminding before the work could begin.
        if (settings.WorkingDaysBefore <= 0 || calendar.WorkingDaysBetween(today, dueDate) > settings.WorkingDaysBefore)
        {
            return null;
        }

        var remindOn = calendar.SubtractWorkingDays(dueDate, settings.WorkingDaysBefore);
        return remindOn > startedOn ? (ReminderKind.DueSoon, remindOn) : null;
    }

    private async Task<IReadOnlyList<DueReminder>> NotYetQueued(List<DueReminder> due, CancellationToken cancellationToken)
    {
        if (due.Count == 0)
        {
            return due;
        }

        var references = due.Select(d => d.Reference).Distinct().ToList();
        var earliest = due.Min(d => d.ForDate);
        var queued = (await db.SentReminders
                .Where(r => references.Contains(r.CaseReference) && r.ForDate >= earliest)
                .Select(r => new { r.CaseReference, r.Subject, r.Kind, r.ForDate })
                .ToListAsync(cancellationToken))
            .Select(r => (r.CaseReference, r.Subject, r.Kind, r.ForDate))
            .ToHashSet();
        return [.. due.Where(d => !queued.Contains((d.Reference, d.Subject, d.Kind, d.ForDate))).OrderBy(d => d.DueDate).ThenBy(d => d.Reference)];
    }
}
