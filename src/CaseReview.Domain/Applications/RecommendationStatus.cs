namespace CaseReview.Domain.Applications;

public enum RecommendationStatus { Open, InProgress, Completed, NotCompleted }
