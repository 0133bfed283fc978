namespace CaseReview.Domain.Threshold;

/// <summary>What the policy weighs: the complaints, the application date, and what the local rules look at.</summary>
public sealed record ThresholdInput(DateOnly ApplicationDate, IReadOnlyList<ComplaintFact> Complaints, bool HateMotivated, int DistinctHouseholds = 1);
