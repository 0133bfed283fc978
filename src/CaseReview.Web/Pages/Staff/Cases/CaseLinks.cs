using CaseReview.Domain.Workflow;

namespace CaseReview.Web.Pages.Staff.Cases;

/// <summary>
/// Where each staff case page lives. Every workflow action has its form at <c>/staff/cases/{reference}/{action}</c>
/// (the same name as the API's <c>POST /api/cases/{reference}/{action}</c>), so the case page can link to each
/// action it is told is allowed now.
/// </summary>
public static class CaseLinks
{
    public static string Case(string reference) => $"/staff/cases/{Uri.EscapeDataString(reference)}";

    public static string Action(string reference, string actionName) => $"{Case(reference)}/{actionName}";

    public static string Action(string reference, CaseAction action) => Action(reference, action.Name());
}

/// <summary>Case statuses and actions in the words staff use on the pages.</summary>
public static class CaseWords
{
    public static string Status(CaseStatus status) => status switch
    {
        CaseStatus.Received => "received",
        CaseStatus.InAssessment => "in assessment",
        CaseStatus.ThresholdNotMet => "threshold not met",
        CaseStatus.ReviewPending => "waiting for the review meeting",
        CaseStatus.ReviewHeld => "review held",
        CaseStatus.OutcomeSent => "outcome sent",
        CaseStatus.AppealRequested => "appeal requested",
        CaseStatus.Closed => "closed",
        CaseStatus.Withdrawn => "withdrawn",
        _ => status.ToString(),
    };

    /// <summary>The status as a heading or table cell: "Received", "In assessment".</summary>
    public static string StatusTitle(CaseStatus status) => Status(status) is var s ? char.ToUpperInvariant(s[0]) + s[1..] : string.Empty;

    /// <summary>The button or link text for a workflow action, by its API name.</summary>
    public static string Action(string actionName) => CaseActions.TryParse(actionName, out var action) ? Action(action) : actionName;

    public static string Action(CaseAction action) => action switch
    {
        CaseAction.StartAssessment => "Start the assessment",
        CaseAction.ThresholdDecision => "Decide the threshold",
        CaseAction.ScheduleReview => "Arrange the panel",
        CaseAction.RecordReview => "Record the outcome",
        CaseAction.SendOutcome => "Send the outcome",
        CaseAction.Close => "Close the case",
        CaseAction.Withdraw => "Withdraw the application",
        CaseAction.Appeal => "Record an appeal",
        CaseAction.AppealDecision => "Decide the appeal",
        _ => action.ToString(),
    };
}

/// <summary>The review's own pages, which are not workflow actions (the case's status does not change).</summary>
public static class ReviewLinks
{
    public static string PanelResponse(string reference, string? agency = null) =>
        CaseLinks.Action(reference, "panel-responses") + (agency is null ? "" : "?agency=" + Uri.EscapeDataString(agency));

    public static string Consultation(string reference) => CaseLinks.Action(reference, "applicant-consultation");

    public static string Recommendation(string reference, int id) => CaseLinks.Action(reference, $"recommendations/{id}");
}
