using CaseReview.Domain.Applications;

namespace CaseReview.UseCases.Cases;

public sealed record RecommendationView(int Id, string Action, string OwnerAgency, string? Lead, DateOnly DueDate, RecommendationStatus Status, IReadOnlyList<RecommendationUpdateView> Updates);
