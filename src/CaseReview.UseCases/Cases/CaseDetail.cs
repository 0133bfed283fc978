using CaseReview.Domain.Applications;
using CaseReview.Domain.Deadlines;
using CaseReview.Domain.Review;
using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Review;

namespace CaseReview.UseCases.Cases;

/// <summary>The whole case as staff see it. Contains personal data: every read is audited.</summary>
public sealed record CaseDetail(
    string Reference,
    CaseStatus Status,
    int Version,
    DateTime ReceivedAt,
    IReadOnlyList<string> AllowedActions,
    CasePermissions Permissions,
    IReadOnlyList<DeadlineView> Deadlines,
    Applicant Applicant,
    bool IsThirdParty,
    ThirdParty? ThirdParty,
    Victim? Victim,
    VictimType VictimType,
    string Location,
    string Description,
    AsbType AsbType,
    IReadOnlyList<IssueType> IssueTypes,
    bool HateMotivated,
    string Impact,
    Channel Channel,
    DateOnly? ProblemStartedOn,
    IReadOnlyList<ComplaintView> Complaints,
    ThresholdView Threshold,
    ReviewView Review,
    AppealView Appeal,
    string? ClosureReason,
    string? AssignedOfficer,
    IReadOnlyList<StatusChangeView> History,
    IReadOnlyList<CaseLinkView> Links,
    IReadOnlyList<CorrectionView> Corrections,
    bool ApplicantContactHidden,
    DateTime? AnonymisedAt,
    ProcessingRestrictionView? Restriction,
    bool MayChangeRestriction)
{
    /// <summary>
    /// The case as <paramref name="caller"/> sees it: allowed actions are those the workflow permits now and their role
    /// allows; permissions say what else they may do to it now.
    /// </summary>
    public static CaseDetail From(CaseApplication c, DateTime utcNow, DeadlinePlanner planner, CaseAccess caller) => new(
        c.Reference,
        c.Status,
        c.Version,
        c.ReceivedAt,
        [.. c.AllowedActions(utcNow, planner).Where(a => caller.Permits(a, c)).Select(a => a.Name())],
        caller.PermissionsOn(c, planner.Today(utcNow)),
        OpenDeadlines(c, utcNow, planner),
        caller.SeesApplicantContact ? c.Applicant : c.Applicant with { Email = null, Phone = null, Address = null, Postcode = null },
        c.IsThirdParty,
        c.ThirdParty,
        // The victim's address and contact details follow the same rule as the applicant's.
        c.Victim is null || caller.SeesApplicantContact ? c.Victim : c.Victim with { Email = null, Phone = null, Address = null, Postcode = null },
        c.VictimType,
        c.Location,
        c.Description,
        c.AsbType,
        c.IssueTypes,
        c.HateMotivated,
        c.Impact,
        c.Channel,
        c.ProblemStartedOn,
        [.. c.ComplaintsInOrder.Select(x => new ComplaintView(x.Id, x.IncidentDate, x.ReportedDate, x.Agency, x.AgencyReference, x.Summary, x.VerifiedByOfficer))],
        new ThresholdView(c.ThresholdDecision?.Met, c.ThresholdDecision?.Rule, c.ThresholdDecision?.Reason, c.ThresholdDecision?.SuggestedMet),
        ReviewOf(c, caller, utcNow, planner),
        AppealOf(c, caller),
        c.ClosureReason,
        c.AssignedOfficerName is { } officer ? caller.StaffName(officer) : null,
        [.. c.History.Where(h => caller.SeesLinks || !CaseApplication.LinkActions.Contains(h.Action))
            .OrderBy(h => h.OccurredAt).ThenBy(h => h.Id).Select(h => new StatusChangeView(h.From, h.To, h.Action, caller.StaffName(h.ActorName), h.OccurredAt, HistoryReason(h, caller)))],
        // Links (and the history rows that name the other case) help caseworkers review related applications together; panel members see only their panel's case.
        caller.SeesLinks ? [.. c.Links.OrderBy(l => l.LinkedReference).Select(l => new CaseLinkView(l.LinkedReference, l.Reason, l.LinkedByName, l.LinkedAt))] : [],
        // Corrections keep the old values (contact details among them): for caseworkers only.
        caller.SeesCorrections
            ? [.. c.Corrections.OrderBy(x => x.CorrectedAt).ThenBy(x => x.Id).Select(x => new CorrectionView(
                x.Field, CaseApplication.DetailLabel(x.Field), x.OldValue, x.NewValue, x.Reason, caller.StaffName(x.CorrectedByName), x.CorrectedAt))]
            : [],
        !caller.SeesApplicantContact,
        c.AnonymisedAt,
        c is { RestrictedAt: { } at, RestrictionGround: { } ground }
            ? new ProcessingRestrictionView(RestrictionGrounds.Name(ground), RestrictionGrounds.Words(ground), at, caller.StaffName(c.RestrictedBy ?? string.Empty))
            : null,
        caller.ChangesRestrictions && !c.IsAnonymised);

    // "Assigned to someone@council.example": the officer's address is for the lead body.
    private static string? HistoryReason(StatusChange h, CaseAccess caller) =>
        caller.SeesStaffEmails || h.Reason?.Contains('@', StringComparison.Ordinal) != true ? h.Reason : null;

    private static AppealView AppealOf(CaseApplication c, CaseAccess caller) => c.AppealDecisionRecord is { } decided
        ? new(c.Appeal?.Kind, c.Appeal?.Grounds, c.Appeal?.Upheld, c.Appeal?.DecisionReason, caller.StaffName(decided.ActorName), decided.OccurredAt, UnderAppealBy(c, caller))
        : new(c.Appeal?.Kind, c.Appeal?.Grounds, c.Appeal?.Upheld, c.Appeal?.DecisionReason, null, null, UnderAppealBy(c, caller));

    private static IReadOnlyList<string> UnderAppealBy(CaseApplication c, CaseAccess caller) =>
        [.. c.DecisionsUnderAppeal().Select(h => caller.StaffName(h.ActorName)).Distinct(StringComparer.OrdinalIgnoreCase)];

    private static ReviewView ReviewOf(CaseApplication c, CaseAccess caller, DateTime utcNow, DeadlinePlanner planner) => new(
        c.Meeting.At,
        caller.Agencies.NamesOf(c.PanelAgencyIds),
        c.Findings,
        [.. c.CurrentRecommendations.OrderBy(r => r.Id).Select(r => RecommendationViewOf(r, caller))],
        c.Meeting.Chair,
        c.Meeting.ApplicantParticipation,
        [.. c.CurrentResponses.Select(r => ResponseView(r, caller))],
        [.. c.Responses.Where(r => !r.IsCurrent).OrderBy(r => r.RecordedAt).Select(r => ResponseView(r, caller))],
        c.ApplicantConsultation is { } consultation ? consultation with { RecordedBy = caller.StaffName(consultation.RecordedBy) } : null,
        c.SetAsideFindings,
        [.. c.Recommendations.Where(r => !r.IsCurrent).OrderBy(r => r.Id).Select(r => RecommendationViewOf(r, caller))],
        // A panel member sees their own agency's request; officers see every agency's.
        [.. c.CurrentInformationRequests.Where(r => caller.AnswersFor(r.AgencyId)).Select(r => InformationRequestView.Of(r, caller.Agencies, planner, utcNow))],
        c.CurrentMeetingRecord is { } record ? MeetingRecordOf(record, caller) : null);

    /// <summary>The record of the meeting as the caller sees it (another member of staff's email address hidden from panel members).</summary>
    public static MeetingRecordView MeetingRecordOf(MeetingRecord record, CaseAccess caller) => new(
        record.MeetingAt,
        [.. record.Attendance.Select(a => new AttendanceView(caller.Agencies.NameOf(a.AgencyId), a.Attendance, a.Attendees))],
        record.Minutes,
        caller.StaffName(record.RecordedByName),
        record.RecordedAt);

    private static RecommendationView RecommendationViewOf(Recommendation r, CaseAccess caller) => new(r.Id, r.Action, caller.Agencies.NameOf(r.OwnerAgencyId), r.Lead, r.DueDate, r.Status,
        [.. r.Updates.OrderBy(u => u.Id).Select(u => new RecommendationUpdateView(u.From, u.To, u.Note, caller.StaffName(u.ByName), u.At))]);

    private static AgencyResponseView ResponseView(AgencyResponse r, CaseAccess caller) => new(caller.Agencies.NameOf(r.AgencyId), r.Knew, r.Did, caller.StaffName(r.RecordedByName), r.RecordedAt, r.ReplacedAt);

    /// <summary>The open stage deadlines, soonest first, each with its RAG status today.</summary>
    public static IReadOnlyList<DeadlineView> OpenDeadlines(CaseApplication c, DateTime utcNow, DeadlinePlanner planner) =>
        [.. c.Deadlines.Where(d => d.IsOpen).OrderBy(d => d.DueDate).Select(d => new DeadlineView(d.Stage, d.DueDate, planner.RagFor(d, utcNow), d.OriginalDueDate, d.ExtensionReason))];
}
