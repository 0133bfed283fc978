namespace CaseReview.Domain.Deadlines;

/// <summary>The timed stages of a case review, each with a clock that starts at a business event.</summary>
public enum Stage
{
    /// <summary>Acknowledge receipt; clock starts when the application is received.</summary>
    Acknowledge,
    /// <summary>Decide whether the threshold is met; clock starts when the application is received.</summary>
    ThresholdDecision,
    /// <summary>Hold the case review meeting; clock starts when the threshold is met.</summary>
    ReviewMeeting,
    /// <summary>Send the outcome and action plan; clock starts when the review meeting is held.</summary>
    Outcome,
    /// <summary>The applicant may ask for an appeal; clock starts when the outcome or threshold-not-met letter is sent.</summary>
    AppealWindow,
    /// <summary>Decide the appeal; clock starts when the appeal is received.</summary>
    AppealDecision,
}
