using CaseReview.Domain.Applications;
using CaseReview.Domain.Calendar;
using CaseReview.Domain.Threshold;
using CaseReview.UseCases.Common;
using CaseReview.UseCases.Links;
using Mediator;

namespace CaseReview.UseCases.Cases;

/// <summary>What the threshold policy suggests for a case, with its reasons, for the officer to weigh before deciding.</summary>
[Callers(Callers.Caseworkers, "see the threshold suggestion")]
public sealed record GetThresholdSuggestionQuery(string Reference) : IQuery<ThresholdSuggestion>;

/// <summary>One complaint as the policy weighed it: whether it counted, and why.</summary>
public sealed record ComplaintAssessmentView(int ComplaintId, DateOnly IncidentDate, DateOnly ReportedDate, string Agency, bool Counted, string Reason);

/// <summary>The policy's verdict: met or not, the rule that decided it, its reason in plain words, and each complaint's part.</summary>
public sealed record ThresholdSuggestion(bool Met, ThresholdRule Rule, string Reason, int QualifyingIncidents, IReadOnlyList<ComplaintAssessmentView> Complaints)
{
    /// <summary>
    /// The one way the suggestion is worked out, shared by this query and the decision itself: the case's
    /// complaints as at the day it was received, with the households of the cases linked to it.
    /// </summary>
    public static async Task<ThresholdVerdict> EvaluateAsync(ThresholdPolicy policy, ICaseReviewDb db, CaseApplication c, CancellationToken cancellationToken)
    {
        var households = await Households.CountAsync(db, c, policy.Settings.HouseholdsWindowMonths, cancellationToken);
        return policy.Evaluate(c.ThresholdInput(WorkingDayCalendar.LondonDate(c.ReceivedAt), households));
    }

    public static ThresholdSuggestion From(ThresholdVerdict verdict, CaseApplication c) => new(
        verdict.Met,
        verdict.Rule,
        verdict.Reason,
        verdict.QualifyingIncidents,
        [.. verdict.Complaints.Select(a => Assessment(c.Complaints[a.Index], a))]);

    private static ComplaintAssessmentView Assessment(Complaint complaint, ComplaintAssessment a) =>
        new(complaint.Id, complaint.IncidentDate, complaint.ReportedDate, complaint.Agency, a.Counted, a.Reason);
}

public sealed class GetThresholdSuggestionHandler(CaseAccess access, ICaseReviewDb db, ICurrentUser user, ThresholdPolicy policy, TimeProvider clock)
    : IQueryHandler<GetThresholdSuggestionQuery, ThresholdSuggestion>
{
    public async ValueTask<ThresholdSuggestion> Handle(GetThresholdSuggestionQuery query, CancellationToken cancellationToken)
    {
        var application = await access.LoadAsync(query.Reference, cancellationToken);
        var verdict = await ThresholdSuggestion.EvaluateAsync(policy, db, application, cancellationToken);
        db.AuditEntries.Add(user.Audit(clock.GetUtcNow().UtcDateTime, "case.threshold-suggestion-viewed", application.Reference, null));
        await db.SaveChangesAsync(cancellationToken);
        return ThresholdSuggestion.From(verdict, application);
    }
}
