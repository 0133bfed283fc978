using CaseReview.Domain.Risk;

namespace CaseReview.UseCases.Risk;

/// <summary>
/// A case's risk assessments: <see cref="Current"/> (the latest; null before the first), and for officers every
/// assessment newest first and the questionnaire in use now (its questions, answers and scores). Panel members get only
/// <see cref="Current"/>.
/// </summary>
public sealed record RiskAssessmentHistory(CurrentRiskView? Current, IReadOnlyList<RiskAssessmentView> Assessments, RiskQuestionnaire? Questionnaire);
