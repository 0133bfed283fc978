using CaseReview.Domain.Agencies;
using CaseReview.Domain.Applications;
using CaseReview.Domain.Deadlines;
using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Tracking;

/// <summary>
/// What an applicant sees with their tracking code: the stage, the dates that matter, what happens next, and once sent
/// the review's outcome in the panel's words for them with the action plan, and the decision on an appeal; whether
/// the applicant may still withdraw or change their contact details. No personal data (not even the contact details
/// held), and nothing internal (the panel's findings, who said what). While the case is before the panel the
/// applicant may send documents (<see cref="AddDocumentByTrackingCodeCommand"/>); the ones they sent are listed.
/// </summary>
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
    DateOnly? AppealBy,
    TrackingOutcome? Outcome,
    TrackingAppealDecision? AppealDecision,
    bool CanAddDocuments,
    IReadOnlyList<TrackingDocument> DocumentsSent,
    bool CanWithdraw = false,
    bool CanChangeContact = false,
    bool Withdrawn = false,
    bool OnHold = false);

public sealed class TrackApplicationHandler(ICaseReviewDb db, DeadlinePlanner planner, TimeProvider clock)
    : IQueryHandler<TrackApplicationQuery, TrackingView>
{
    public async ValueTask<TrackingView> Handle(TrackApplicationQuery query, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking()
            .Include(a => a.Deadlines)
            .Include(a => a.History)
            .Include(a => a.Recommendations)
            .FirstOrDefaultAsync(a => a.TrackingCode == query.TrackingCode, cancellationToken)
            ?? throw new NotFoundException("We could not find an application with that tracking code. Check the code in your confirmation email.");

        var now = clock.GetUtcNow().UtcDateTime;
        var allowed = application.AllowedActions(now, planner);
        var canAppeal = allowed.Contains(CaseAction.Appeal);
        var appealBy = canAppeal ? application.OpenDeadline(Stage.AppealWindow)?.DueDate : null;
        var keyDates = new List<KeyDate> { new("Application received", planner.Today(application.ReceivedAt)) };
        keyDates.AddRange(application.Deadlines.Where(d => d.IsOpen).OrderBy(d => d.DueDate).Select(d => new KeyDate(StageWords.DueLabel(d.Stage), d.DueDate)));
        if (application.Meeting.At is { } meeting && application.Status == CaseStatus.ReviewPending)
        {
            keyDates.Add(new KeyDate("Case review meeting", planner.Today(meeting)));
        }

        return new TrackingView(
            application.Reference,
            application.Status,
            StageWords.Stage(application.Status),
            application.IsRestricted ? OnHoldStep : StageWords.NextStep(application.Status, canAppeal),
            planner.Today(application.ReceivedAt),
            keyDates,
            canAppeal,
            appealBy,
            Outcome(application, new AgencyRegister(await db.Agencies.AsNoTracking().ToListAsync(cancellationToken))),
            AppealDecision(application, planner),
            application.MayApplicantAddDocuments && !application.IsRestricted,
            // Only what the applicant sent themselves: staff's and agencies' documents are not theirs to see here.
            [.. (await db.CaseDocuments.AsNoTracking().Where(d => d.ApplicationId == application.Id && d.FromApplicant)
                    .OrderBy(d => d.UploadedAt).ThenBy(d => d.Id)
                    .Select(d => new { d.FileName, d.Size, d.UploadedAt })
                    .ToListAsync(cancellationToken))
                .Select(d => new TrackingDocument(d.FileName, d.Size, d.UploadedAt))],
            allowed.Contains(CaseAction.Withdraw),
            application.IsOpen && !application.IsRestricted,
            application.Status == CaseStatus.Withdrawn,
            application.IsRestricted);
    }

    /// <summary>
    /// The next step while processing is restricted (Article 18): the applicant still sees the stage and dates, and that the
    /// case is on hold, never the ground (staff's record).
    /// </summary>
    public const string OnHoldStep = "Your case is on hold: we keep your information but do not use it or work on your case. We will tell you before we take the hold off.";

    /// <summary>Shown once the latest review's outcome is sent; a review set aside by an upheld appeal is not.</summary>
    private static TrackingOutcome? Outcome(CaseApplication application, AgencyRegister agencies)
    {
        var history = application.History.OrderBy(h => h.OccurredAt).ThenBy(h => h.Id).ToList();
        var recorded = history.FindLastIndex(h => h.Action == CaseAction.RecordReview.Name());
        var sent = history.FindLastIndex(h => h.Action == CaseAction.SendOutcome.Name());
        if (recorded < 0 || sent < recorded || application.Findings is null)
        {
            return null;
        }

        return new TrackingOutcome(
            application.ApplicantSummary,
            [.. application.Recommendations.Where(r => r.IsCurrent).OrderBy(r => r.DueDate).ThenBy(r => r.Id)
                .Select(r => new ActionPlanItem(r.Action, agencies.NameOf(r.OwnerAgencyId), r.DueDate, r.Status))]);
    }

    private static TrackingAppealDecision? AppealDecision(CaseApplication application, DeadlinePlanner planner)
    {
        if (application.Appeal is not { Upheld: { } upheld, DecisionReason: { } reason })
        {
            return null;
        }

        var decided = application.History.Where(h => h.Action == CaseAction.AppealDecision.Name()).Select(h => (DateTime?)h.OccurredAt).Max();
        return new TrackingAppealDecision(upheld, reason, planner.Today(decided ?? application.ReceivedAt));
    }
}
