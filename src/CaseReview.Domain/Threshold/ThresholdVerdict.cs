namespace CaseReview.Domain.Threshold;

public sealed record ThresholdVerdict(bool Met, ThresholdRule Rule, string Reason, int QualifyingIncidents, IReadOnlyList<ComplaintAssessment> Complaints);
