namespace CaseReview.UseCases.Risk;

/// <summary>One question of the council's risk assessment, as written in the settings (<c>RiskAssessment:Questions</c>).</summary>
public sealed record RiskQuestionSetting
{
    /// <summary>Letters, digits and hyphens (e.g. <c>fear-at-home</c>): the API's answers name it.</summary>
    public string? Id { get; init; }

    public string? Text { get; init; }

    public string? Hint { get; init; }

    public List<RiskOptionSetting>? Options { get; init; }
}
