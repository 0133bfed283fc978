using CaseReview.Domain.Risk;

namespace CaseReview.UseCases.Review;

/// <summary>
/// The risk assessment's section of the panel pack: the victim's current level and why (the critical answers and the
/// officer's reason for raising it), as the panel sees it on the case page; the other answers stay with the officers.
/// Null ("Not assessed") while there is none.
/// </summary>
public sealed record PanelPackRiskAssessment(RiskLevel Level, IReadOnlyList<string> Reasons, string AssessedBy, DateTime AssessedAt);
