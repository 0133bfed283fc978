namespace CaseReview.UseCases.Tracking;

/// <summary>The decision on the applicant's appeal and its reason, once decided.</summary>
public sealed record TrackingAppealDecision(bool Upheld, string Reason, DateOnly DecidedOn);
