using CaseReview.Domain.Deadlines;
using CaseReview.Domain.Workflow;

namespace CaseReview.UseCases.Tracking;

/// <summary>The stages of a case in plain words for the applicant.</summary>
public static class StageWords
{
    public static string Stage(CaseStatus status) => status switch
    {
        CaseStatus.Received => "We have received your application",
        CaseStatus.InAssessment => "We are checking whether your application meets the threshold for a case review",
        CaseStatus.ThresholdNotMet => "Your application did not meet the threshold for a case review",
        CaseStatus.ReviewPending => "Your application meets the threshold: a case review is being arranged",
        CaseStatus.ReviewHeld => "The case review meeting has taken place",
        CaseStatus.OutcomeSent => "We have sent you the outcome of the case review",
        CaseStatus.AppealRequested => "We have received your request for an appeal",
        CaseStatus.Closed => "Your case is closed",
        CaseStatus.Withdrawn => "Your application was withdrawn",
        _ => status.ToString(),
    };

    public static string NextStep(CaseStatus status, bool canAppeal) => status switch
    {
        CaseStatus.Received or CaseStatus.InAssessment =>
            "We will look at the complaints you made and tell you whether a case review will take place, and why.",
        CaseStatus.ThresholdNotMet when canAppeal =>
            "If you think your application was not dealt with properly, you can ask for an appeal before the date shown.",
        CaseStatus.ReviewPending =>
            "The agencies involved will meet to review how they responded. We will invite you to give your views.",
        CaseStatus.ReviewHeld => "We will send you the outcome and the action plan.",
        CaseStatus.OutcomeSent when canAppeal =>
            "If you think the review was not carried out properly, you can ask for an appeal before the date shown.",
        CaseStatus.AppealRequested => "Your appeal will be considered and we will tell you the decision.",
        _ => "There are no further steps. If the problem continues, keep reporting it.",
    };

    public static string DueLabel(Stage stage) => stage switch
    {
        Domain.Deadlines.Stage.Acknowledge => "We will acknowledge your application by",
        Domain.Deadlines.Stage.ThresholdDecision => "We will decide whether the threshold is met by",
        Domain.Deadlines.Stage.ReviewMeeting => "The case review meeting will be held by",
        Domain.Deadlines.Stage.Outcome => "We will send you the outcome by",
        Domain.Deadlines.Stage.AppealWindow => "You can ask for an appeal until",
        Domain.Deadlines.Stage.AppealDecision => "We will decide your appeal by",
        _ => stage.ToString(),
    };
}
