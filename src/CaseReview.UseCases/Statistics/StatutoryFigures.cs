namespace CaseReview.UseCases.Statistics;

/// <summary>The four figures s.104(10) requires to be published.</summary>
public sealed record StatutoryFigures(int Applications, int ThresholdNotMet, int ReviewsCarriedOut, int ReviewsWithRecommendations);
