namespace CaseReview.UseCases.Review;

/// <summary>
/// The risk assessment's section of the panel pack. The pack shows "Not assessed" while there is none; the risk
/// assessment (built apart) fills it in <see cref="GetPanelPackHandler"/>, the one place that reads it.
/// </summary>
public sealed record PanelPackRiskAssessment(string Level, string Summary, string AssessedBy, DateTime AssessedAt);
