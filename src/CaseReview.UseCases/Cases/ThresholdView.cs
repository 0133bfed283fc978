using CaseReview.Domain.Threshold;

namespace CaseReview.UseCases.Cases;

public sealed record ThresholdView(bool? Met, ThresholdRule? Rule, string? Reason, bool? SuggestedMet);
