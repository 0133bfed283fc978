using CaseReview.Domain.Workflow;

namespace CaseReview.Web.Pages.Staff.Cases;

/// <summary>Case statuses and actions in the words staff use on the pages.</summary>
public static class CaseWords
{
    /// <summary>What an action page says while processing of the case is restricted (Article 18).</summary>
    public const string RestrictedNow = "Processing of this case is restricted, so nothing can be done to it until an administrator lifts the restriction.";

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
