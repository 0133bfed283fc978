using CaseReview.Domain.Applications;
using CaseReview.Domain.Audit;
using CaseReview.Domain.Deadlines;
using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Common;
using CaseReview.UseCases.Email;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Cases;

/// <summary>
/// A case whose threshold was not met closes by itself once the applicant's appeal window has ended without an
/// appeal (design.md). Run by a background job; finds the cases through the indexed deadline columns. The applicant is
/// told the case is closed, as for a case closed by staff, with the invitation to the satisfaction survey.
/// </summary>
[Callers(Callers.BackgroundJobs)]
public sealed record CloseExpiredAppealWindowsCommand : ICommand<IReadOnlyList<string>>;

public sealed class CloseExpiredAppealWindowsHandler(ICaseReviewDb db, DeadlinePlanner planner, TimeProvider clock, CaseEmails emails)
    : ICommandHandler<CloseExpiredAppealWindowsCommand, IReadOnlyList<string>>
{
    public const int BatchSize = 200;

    public async ValueTask<IReadOnlyList<string>> Handle(CloseExpiredAppealWindowsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = planner.Today(now);
        var expired = db.StageDeadlines
            .Where(d => d.CompletedAt == null && d.Stage == Stage.AppealWindow && d.DueDate < today)
            .Select(d => EF.Property<Guid>(d, "ApplicationId"));
        var cases = await db.Applications
            // A restricted case is not processed (Article 18): it is closed once the restriction is lifted.
            .Where(a => a.Status == CaseStatus.ThresholdNotMet && a.RestrictedAt == null && expired.Contains(a.Id))
            .OrderBy(a => a.ReceivedAt)
            .Include(a => a.Deadlines)
            .Include(a => a.History)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

        var context = new ActionContext(Actor.System, now, planner);
        foreach (var application in cases)
        {
            application.Close("The appeal window ended without an appeal.", context);
            await emails.QueueForActionAsync(CaseAction.Close, application, cancellationToken);
            db.AuditEntries.Add(new AuditEntry(now, Actor.System.Id, Actor.System.DisplayName, "case.close", application.Reference, "appeal window ended", null));
        }

        await db.SaveChangesAsync(cancellationToken);
        return [.. cases.Select(c => c.Reference)];
    }
}
