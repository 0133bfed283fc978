using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Reminders;

/// <summary>The deadline reminders queued for one case, newest first: so staff can see who has been chased, and when.</summary>
[Callers(Callers.Staff, "see a case's reminders")]
public sealed record ListCaseRemindersQuery(string Reference) : IQuery<IReadOnlyList<CaseReminderView>>;

/// <summary>One reminder: what it was about (a stage, or <c>Recommendation-12</c>), which kind, for which day, and when it was queued.</summary>
public sealed record CaseReminderView(string Subject, ReminderKind Kind, DateOnly ForDate, DateTime QueuedAt);

public sealed class ListCaseRemindersHandler(CaseAccess access, ICaseReviewDb db) : IQueryHandler<ListCaseRemindersQuery, IReadOnlyList<CaseReminderView>>
{
    public async ValueTask<IReadOnlyList<CaseReminderView>> Handle(ListCaseRemindersQuery query, CancellationToken cancellationToken)
    {
        if (!await access.Visible().AnyAsync(a => a.Reference == query.Reference, cancellationToken))
        {
            throw new NotFoundException($"There is no case with the reference {query.Reference}.");
        }

        return await db.SentReminders
            .Where(r => r.CaseReference == query.Reference)
            .OrderByDescending(r => r.ForDate).ThenByDescending(r => r.Id)
            .Select(r => new CaseReminderView(r.Subject, r.Kind, r.ForDate, r.CreatedAt))
            .ToListAsync(cancellationToken);
    }
}
