using CaseReview.Domain.Calendar;
using CaseReview.Domain.Deadlines;
using CaseReview.Domain.Review;
using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Common;
using CaseReview.UseCases.Email;
using CaseReview.UseCases.Review;
using CaseReview.UseCases.Risk;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Deadlines;

/// <summary>
/// The team's view of its deadlines (officers and administrators): open staff deadlines counted by RAG and by
/// stage, every open deadline soonest first, and each stage's on-time rate over the last 12 months. The
/// applicant's appeal window is not a staff deadline and is left out, as in the deadline list. The panel agencies'
/// unanswered information requests are counted and listed apart (a missed one is red). With them, the open
/// cases whose victim's current risk assessment is high (<c>HighRisk</c>), most recently assessed first.
/// </summary>
[Callers(Callers.Caseworkers, "see the deadline dashboard")]
public sealed record DeadlineDashboardQuery : IQuery<DeadlineDashboard>;

public sealed record RagCounts(int Red, int Amber, int Green, int Total);

public sealed record StageRagCounts(Stage Stage, int Red, int Amber, int Green, int Total);

public sealed record DashboardDeadline(string Reference, CaseStatus Status, Stage Stage, DateOnly DueDate, Rag Rag, bool Overdue);

/// <summary>Stages completed (not cancelled) in the period, on time or late against their stored due date.</summary>
public sealed record StageOnTimeRate(Stage Stage, int Completed, int OnTime, int Late, double? OnTimePercent);

public sealed record DeadlineDashboard(
    DateOnly Today,
    RagCounts Open,
    IReadOnlyList<StageRagCounts> ByStage,
    IReadOnlyList<DashboardDeadline> Deadlines,
    DateOnly OnTimeSince,
    IReadOnlyList<StageOnTimeRate> OnTime,
    int FailedEmails,
    RagCounts InformationRequestCounts,
    IReadOnlyList<OpenInformationRequest> InformationRequests,
    IReadOnlyList<HighRiskCase>? HighRisk = null);

public sealed class DeadlineDashboardHandler(ICaseReviewDb db, ICurrentUser user, DeadlinePlanner planner, CurrentRiskAssessments risk, OnTimeHistoryCache history, TimeProvider clock)
    : IQueryHandler<DeadlineDashboardQuery, DeadlineDashboard>
{
    private static readonly Stage[] StaffStages = [.. Enum.GetValues<Stage>().Where(s => s != Stage.AppealWindow)];

    public async ValueTask<DeadlineDashboard> Handle(DeadlineDashboardQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = planner.Today(now);
        // Amber is "due within 2 working days, today included": due before the third working day from today.
        var amberEnds = planner.Calendar.AddWorkingDays(today, 3);

        // The open deadlines are read from their (CompletedAt, DueDate, Stage, ApplicationId) index; no deadline row is loaded.
        var open = db.StageDeadlines.Where(d => d.CompletedAt == null && d.Stage != Stage.AppealWindow);
        var counts = await open.GroupBy(d => d.Stage)
            .Select(g => new { Stage = g.Key, Red = g.Count(d => d.DueDate < today), Amber = g.Count(d => d.DueDate >= today && d.DueDate < amberEnds), Total = g.Count() })
            .ToListAsync(cancellationToken);
        var byStage = StaffStages.Select(stage => counts.FirstOrDefault(c => c.Stage == stage) is { } c
            ? new StageRagCounts(stage, c.Red, c.Amber, c.Total - c.Red - c.Amber, c.Total)
            : new StageRagCounts(stage, 0, 0, 0, 0)).ToList();

        var rows = await db.Applications
            .Join(open, c => c.Id, d => EF.Property<Guid>(d, "ApplicationId"), (c, d) => new { c.Reference, c.Status, d.Stage, d.DueDate })
            .OrderBy(d => d.DueDate).ThenBy(d => d.Reference)
            .Take(ListDeadlinesHandler.Limit)
            .ToListAsync(cancellationToken);
        var deadlines = rows.Select(r => new DashboardDeadline(r.Reference, r.Status, r.Stage, r.DueDate, planner.Calendar.RagFor(r.DueDate, today), r.DueDate < today)).ToList();

        // The last 12 months by UK date: the days before today from this instance's daily count, today's counted now.
        var since = today.AddMonths(-12);
        var before = await history.GetAsync(since, today, ct => StageCompletions.CountAsync(db, since, today, ct), cancellationToken);
        var todays = await StageCompletions.CountAsync(db, today, today.AddDays(1), cancellationToken);
        var onTime = StaffStages.Select(stage =>
        {
            var done = before.Concat(todays).Where(c => c.Stage == stage).ToList();
            var (completed, inTime) = (done.Sum(c => c.Completed), done.Sum(c => c.OnTime));
            return new StageOnTimeRate(stage, completed, inTime, completed - inTime, completed == 0 ? null : Math.Round(100.0 * inTime / completed, 1));
        }).ToList();

        var highRisk = await risk.HighRiskOpenCasesAsync(cancellationToken);

        var openRequests = db.Applications.SelectMany(a => a.InformationRequests.AsQueryable().Where(InformationRequest.Open), (a, r) => new { a.Reference, r.AgencyId, r.DueDate, r.ShortNotice });
        // Counted by the database, as the deadlines are, so the counts stay true past the list's limit: from the requests'
        // (AnsweredAt, SetAsideAt, DueDate) index alone, without finding each request's case (18 ms at 1,000,000 cases).
        var requestCounts = await db.InformationRequests.Where(InformationRequest.Open).GroupBy(r => 1)
            .Select(g => new RagCounts(g.Count(r => r.DueDate < today), g.Count(r => r.DueDate >= today && r.DueDate < amberEnds), g.Count(r => r.DueDate >= amberEnds), g.Count()))
            .FirstOrDefaultAsync(cancellationToken) ?? new RagCounts(0, 0, 0, 0);
        var requestRows = await openRequests
            .OrderBy(r => r.DueDate).ThenBy(r => r.Reference)
            .Take(ListOpenInformationRequestsHandler.Limit)
            .ToListAsync(cancellationToken);
        // Only the agencies the requests name, by their key: the register is never scanned on the dashboard.
        var agencyIds = requestRows.Select(r => r.AgencyId).Distinct().ToList();
        var agencies = new Domain.Agencies.AgencyRegister(agencyIds.Count == 0 ? [] : await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToListAsync(cancellationToken));
        var requests = ListOpenInformationRequestsHandler.Of([.. requestRows.Select(r => (r.Reference, r.AgencyId, r.DueDate, r.ShortNotice))], agencies, planner, now);

        // The dashboard names cases, so looking at it is a view like any other.
        db.AuditEntries.Add(user.Audit(now, "dashboard.viewed", null, $"open={deadlines.Count};requests={requests.Count};highRisk={highRisk.Count}"));
        await db.SaveChangesAsync(cancellationToken);

        return new DeadlineDashboard(
            today,
            new RagCounts(byStage.Sum(s => s.Red), byStage.Sum(s => s.Amber), byStage.Sum(s => s.Green), byStage.Sum(s => s.Total)),
            byStage,
            deadlines,
            since,
            onTime,
            // Emails the outbox gave up on wait for an administrator (GET /api/admin/emails?status=Failed).
            FailedEmails: await db.OutboxEmails.CountAsync(e => e.Status == OutboxStatus.Failed, cancellationToken),
            requestCounts,
            requests,
            highRisk);
    }
}
