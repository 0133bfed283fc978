using CaseReview.Domain.Applications;

namespace CaseReview.UseCases.Cases;

public sealed record RecommendationUpdateView(RecommendationStatus From, RecommendationStatus To, string? Note, string By, DateTime At);
