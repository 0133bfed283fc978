namespace CaseReview.Domain.Workflow;

/// <summary>The actions a caller may take on a case; <see cref="CaseActions.Name"/> gives the API path segment.</summary>
public enum CaseAction
{
    StartAssessment,
    ThresholdDecision,
    ScheduleReview,
    RecordReview,
    SendOutcome,
    Close,
    Withdraw,
    Appeal,
    AppealDecision,
}
