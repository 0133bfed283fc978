namespace CaseReview.Domain.Risk;

/// <summary>One question of the risk assessment, with the answers an officer chooses from.</summary>
public sealed record RiskQuestion(string Id, string Text, string? Hint, IReadOnlyList<RiskOption> Options)
{
    /// <summary>The answer with this id, or null.</summary>
    public RiskOption? Option(string? id) => Options.FirstOrDefault(o => string.Equals(o.Id, id, StringComparison.Ordinal));
}
