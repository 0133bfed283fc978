using CaseReview.Domain.Risk;

namespace CaseReview.UseCases.Risk;

/// <summary>
/// One risk assessment as officers see it: the level (<see cref="ComputedLevel"/>, or higher when the officer
/// <see cref="Raised"/> it, with <see cref="RaiseReason"/>), the total, and the answers with their questions' words at
/// the time. Once the case is anonymised the answers are empty and the reason reads "[anonymised]".
/// </summary>
public sealed record RiskAssessmentView(
    long Id,
    RiskLevel Level,
    RiskLevel ComputedLevel,
    int Score,
    bool Raised,
    string? RaiseReason,
    string QuestionnaireVersion,
    IReadOnlyList<RiskAnswer> Answers,
    string AssessedBy,
    DateTime AssessedAt)
{
    public static RiskAssessmentView Of(RiskAssessment a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.Id, a.Level, a.ComputedLevel, a.Score, a.Raised, a.RaiseReason, a.QuestionnaireVersion, a.Answers(), a.AssessedByName, a.AssessedAt);
    }
}
