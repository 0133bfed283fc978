namespace CaseReview.UseCases.Tracking;

/// <summary>
/// The review's outcome as the applicant sees it, once it is sent: the panel's words for them (null for a review
/// recorded before applicant summaries existed) and the action plan, kept current as agencies update their items.
/// </summary>
public sealed record TrackingOutcome(string? Summary, IReadOnlyList<ActionPlanItem> ActionPlan);
