namespace CaseReview.UseCases.Risk;

/// <summary>One answer to a question of the council's risk assessment, its score, and whether it makes the risk high by itself.</summary>
public sealed record RiskOptionSetting
{
    public string? Id { get; init; }

    public string? Text { get; init; }

    public int Score { get; init; }

    public bool Critical { get; init; }
}
