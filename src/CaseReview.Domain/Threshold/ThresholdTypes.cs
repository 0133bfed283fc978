namespace CaseReview.Domain.Threshold;

/// <summary>A complaint as the threshold sees it: when it happened, when and to whom it was reported.</summary>
public sealed record ComplaintFact(DateOnly IncidentDate, DateOnly ReportedDate, string Agency, string? AgencyReference = null);

/// <summary>What the policy weighs: the complaints, the application date, and what the local rules look at.</summary>
public sealed record ThresholdInput(DateOnly ApplicationDate, IReadOnlyList<ComplaintFact> Complaints, bool HateMotivated, int DistinctHouseholds = 1);

/// <summary>Which rule decided the verdict (or, for a recorded decision, that an officer used discretion).</summary>
public enum ThresholdRule { StatutoryCount, HateIncident, Households, Discretion, NotMet }

/// <summary>Whether one complaint counted, and why, in plain words. <see cref="Index"/> is its position in the input.</summary>
public sealed record ComplaintAssessment(int Index, bool Counted, string Reason);

public sealed record ThresholdVerdict(bool Met, ThresholdRule Rule, string Reason, int QualifyingIncidents, IReadOnlyList<ComplaintAssessment> Complaints);
