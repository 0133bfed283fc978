using CaseReview.UseCases.Cases;

namespace CaseReview.Web.Pages.Staff.Cases;

/// <summary>Each line of a case's history in words: the workflow actions and the other changes recorded with it.</summary>
public static class HistoryWords
{
    public static string Title(StatusChangeView change) => change.Action switch
    {
        "submit" => "Application received",
        "acknowledge" => "Acknowledgement sent",
        "start-assessment" => "Assessment started",
        "threshold-decision" => change.To == Domain.Workflow.CaseStatus.ThresholdNotMet ? "Threshold not met" : "Threshold met",
        "schedule-review" => "Panel arranged",
        "record-review" => "Outcome recorded",
        "send-outcome" => "Outcome sent",
        "appeal" => "Appeal requested",
        "appeal-decision" => "Appeal decided",
        "close" => "Case closed",
        "withdraw" => change.Actor == Domain.Applications.Actor.Applicant.DisplayName ? "Application withdrawn by the applicant" : "Application withdrawn",
        Domain.Applications.CaseApplication.ContactChangedAction => "Applicant changed their contact details",
        "extend-deadline" => "Deadline extended",
        "assign-officer" => "Case officer assigned",
        "panel-response" => "Agency response recorded",
        "information-requested" => "Information asked of the panel agencies",
        "meeting-record" => "Meeting attendance and minutes recorded",
        "recommendation-status" => "Action plan progress recorded",
        "applicant-consulted" => "Applicant consulted on the action plan",
        "linked" => "Linked to another application",
        "unlinked" => "Link removed",
        Domain.Applications.CaseApplication.AnonymiseAction => "Personal data removed (retention schedule)",
        Domain.Applications.CaseApplication.RestrictAction => "Processing restricted",
        Domain.Applications.CaseApplication.LiftRestrictionAction => "Restriction of processing lifted",
        _ => change.Action,
    };
}
