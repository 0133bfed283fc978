using CaseReview.Domain.Review;
using CaseReview.Domain.Workflow;

namespace CaseReview.Domain.Applications;

/// <summary>The review itself: each panel agency's response, the action plan's progress, the applicant's say on it.</summary>
public sealed partial class CaseApplication
{
    /// <summary>The current response of each agency, in panel order.</summary>
    public IReadOnlyList<AgencyResponse> CurrentResponses =>
        [.. _responses.Where(r => r.IsCurrent).OrderBy(r => PanelAgencyIds.IndexOf(r.AgencyId))];

    public bool HasOnPanel(int agencyId) => PanelAgencyIds.Contains(agencyId);

    /// <summary>Agencies answer from the scheduling of the review until the outcome is sent.</summary>
    public bool MayRecordAgencyResponses => Status is CaseStatus.ReviewPending or CaseStatus.ReviewHeld;

    /// <summary>Whether the agency's response may be recorded now: it sits on the panel and responses are open.</summary>
    public bool MayRecordAgencyResponse(int agencyId) => MayRecordAgencyResponses && HasOnPanel(agencyId);

    /// <summary>The applicant is consulted on the action plan after the review is held and before the outcome is sent.</summary>
    public bool MayRecordApplicantConsultation => Status == CaseStatus.ReviewHeld;

    /// <summary>The action plan is followed unless the application was withdrawn.</summary>
    public bool MayUpdateRecommendations => Status != CaseStatus.Withdrawn;

    /// <summary>
    /// Records what an agency on the panel knew and did. Allowed from the scheduling of the review until the
    /// outcome is sent; a second response from the same agency replaces the first, which stays as history. The agency
    /// is named as registered (capitals do not matter).
    /// </summary>
    public void RecordAgencyResponse(string agency, string knew, string did, ActionContext context)
    {
        if (!MayRecordAgencyResponses)
        {
            throw new CaseStateException(Status, $"Agency responses are recorded while the review is pending or held, not while the case is {Status}.");
        }

        var seat = context.Agencies.Find(agency) is { } registered && HasOnPanel(registered.Id)
            ? registered
            : throw new CaseRuleException("agency", $"{agency} is not on this case's panel.");
        var earlier = _responses.FirstOrDefault(r => r.IsCurrent && r.AgencyId == seat.Id);
        earlier?.Replace(context.UtcNow);
        _responses.Add(new AgencyResponse(seat.Id, knew, did, context.Actor.Id, context.Actor.DisplayName, context.UtcNow));
        AnswerInformationRequest(seat.Id, context);
        var note = earlier is null ? $"Response recorded for {seat.Name}" : $"Response for {seat.Name} replaced";
        _history.Add(new StatusChange(Status, Status, "panel-response", context.Actor.Id, context.Actor.DisplayName, context.UtcNow, note));
        Version++;
    }

    // A fresh review after an upheld appeal starts without responses, findings or an action plan; the earlier
    // review's stay as history for staff, but its recommendations are no longer followed, reminded or counted.
    private void SetAsideReview(ActionContext context)
    {
        foreach (var response in _responses.Where(r => r.IsCurrent))
        {
            response.Replace(context.UtcNow);
        }

        foreach (var recommendation in _recommendations.Where(r => r.IsCurrent))
        {
            recommendation.SetAside(context.UtcNow);
        }

        foreach (var request in _informationRequests.Where(r => r.IsCurrent))
        {
            request.SetAside(context.UtcNow);
        }

        SetAsideFindings = Findings ?? SetAsideFindings;
        Findings = null;
        ApplicantSummary = null;
    }

    // "Friday 20 November 2026 at 10am", UK time.
    private static string MeetingWords(DateTime meetingUtc)
    {
        var local = Calendar.WorkingDayCalendar.LondonTime(meetingUtc);
        var hour = local.Hour % 12 == 0 ? 12 : local.Hour % 12;
        var minutes = local.Minute == 0 ? string.Empty : $":{local.Minute:00}";
        var time = $"{hour}{minutes}{(local.Hour < 12 ? "am" : "pm")}";
        return $"{local.ToString("dddd d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)} at {time}";
    }

    /// <summary>Moves a recommendation of the action plan on (or records a note on it), keeping every step.</summary>
    public void UpdateRecommendation(int recommendationId, RecommendationStatus to, string? note, ActionContext context)
    {
        if (!MayUpdateRecommendations)
        {
            throw new CaseStateException(Status, "The application was withdrawn: its action plan is no longer followed.");
        }

        var recommendation = _recommendations.FirstOrDefault(r => r.Id == recommendationId)
            ?? throw new CaseRuleException("id", "That recommendation is not part of this case's action plan.");
        if (!recommendation.IsCurrent)
        {
            throw new CaseStateException(Status, "That recommendation belongs to a review set aside on appeal: it is kept as history and no longer followed.");
        }

        if (recommendation.Status == to && string.IsNullOrWhiteSpace(note))
        {
            throw new CaseRuleException("status", $"The recommendation is already {to}. Add a note to record progress without changing its status.");
        }

        var from = recommendation.Status;
        recommendation.ChangeStatus(to, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), context.Actor, context.UtcNow);
        var reason = $"Recommendation {recommendation.Id} ({context.Agencies.NameOf(recommendation.OwnerAgencyId)}): {from} to {to}";
        _history.Add(new StatusChange(Status, Status, "recommendation-status", context.Actor.Id, context.Actor.DisplayName, context.UtcNow, reason));
        Version++;
    }

    /// <summary>
    /// Guidance: the applicant is consulted on the action plan before it is final, so this is recorded after the
    /// review is held and before the outcome is sent. Recording it again corrects the earlier record.
    /// </summary>
    public void RecordApplicantConsultation(DateOnly consultedOn, string how, string? comments, ActionContext context)
    {
        if (!MayRecordApplicantConsultation)
        {
            throw new CaseStateException(Status, $"The applicant is consulted on the action plan after the review is held and before the outcome is sent; the case is {Status}.");
        }

        if (consultedOn > context.Today)
        {
            throw new CaseRuleException("consultedOn", "The date of the consultation cannot be in the future.");
        }

        ApplicantConsultation = new ApplicantConsultation(consultedOn, how, comments, context.Actor.DisplayName);
        _history.Add(new StatusChange(Status, Status, "applicant-consulted", context.Actor.Id, context.Actor.DisplayName, context.UtcNow, $"Consulted {how} on {consultedOn:yyyy-MM-dd}"));
        Version++;
    }
}
