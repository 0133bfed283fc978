namespace CaseReview.Domain.Risk;

/// <summary>What the questionnaire makes of a set of answers: the total, the level it gives, and the answers as given.</summary>
public sealed record RiskScore(int Score, RiskLevel Level, IReadOnlyList<RiskAnswer> Answers)
{
    /// <summary>The critical answers given (each makes the level high by itself).</summary>
    public IEnumerable<RiskAnswer> CriticalAnswers => Answers.Where(a => a.Critical);
}
