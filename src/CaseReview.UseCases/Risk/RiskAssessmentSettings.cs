using System.ComponentModel.DataAnnotations;
using CaseReview.Domain.Risk;

namespace CaseReview.UseCases.Risk;

/// <summary>
/// The victim risk assessment (settings under <c>RiskAssessment</c>). Without <see cref="Questions"/> the built-in
/// questionnaire is used (<see cref="DefaultRiskQuestionnaire"/>); <see cref="MediumFrom"/> and <see cref="HighFrom"/>
/// change its totals too. Checked when the app starts: a questionnaire that cannot work stops it, naming the key.
/// </summary>
public sealed record RiskAssessmentSettings : IValidatableObject
{
    /// <summary>A label kept with each assessment; change it whenever the questions change.</summary>
    public string? Version { get; init; }

    /// <summary>A total from this is medium risk (built-in: 10).</summary>
    public int? MediumFrom { get; init; }

    /// <summary>A total from this is high risk (built-in: 20).</summary>
    public int? HighFrom { get; init; }

    /// <summary>The council's own questions; none: the built-in ones.</summary>
    public List<RiskQuestionSetting>? Questions { get; init; }

    /// <summary>The questionnaire these settings give.</summary>
    public RiskQuestionnaire ToQuestionnaire()
    {
        if (Questions is not { Count: > 0 })
        {
            var builtIn = DefaultRiskQuestionnaire.Build();
            return new RiskQuestionnaire(string.IsNullOrWhiteSpace(Version) ? builtIn.Version : Version.Trim(),
                MediumFrom ?? builtIn.MediumFrom, HighFrom ?? builtIn.HighFrom, builtIn.Questions);
        }

        return new RiskQuestionnaire(Version?.Trim() ?? string.Empty, MediumFrom ?? 0, HighFrom ?? 0,
            [.. Questions.Select(q => new RiskQuestion(q.Id?.Trim() ?? string.Empty, q.Text?.Trim() ?? string.Empty, string.IsNullOrWhiteSpace(q.Hint) ? null : q.Hint.Trim(),
                [.. (q.Options ?? []).Select(o => new RiskOption(o.Id?.Trim() ?? string.Empty, o.Text?.Trim() ?? string.Empty, o.Score, o.Critical))]))]);
    }

    /// <summary>Each problem is "Key: words"; the settings check names the key in full (<c>RiskAssessment:HighFrom</c>).</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        ToQuestionnaire().Problems().Select(p => p.Split(": ", 2) is [var key, var words] ? new ValidationResult(words, [key]) : new ValidationResult(p));
}
