namespace CaseReview.Domain.Workflow;

/// <summary>The workflow states. These names are part of the public API contract.</summary>
public enum CaseStatus
{
    Received,
    InAssessment,
    ThresholdNotMet,
    ReviewPending,
    ReviewHeld,
    OutcomeSent,
    AppealRequested,
    Closed,
    Withdrawn,
}
