namespace CaseReview.Domain.Threshold;

/// <summary>
/// The officer's threshold decision on a case: whether it is met, under which rule, in whose words, and what the
/// local policy suggested (a decision that differs from the suggestion needs a written reason).
/// </summary>
public sealed record ThresholdDecision(bool Met, ThresholdRule Rule, string? Reason, bool SuggestedMet)
{
    /// <summary>The decision for <paramref name="met"/> weighed against the policy's <paramref name="suggestion"/>.</summary>
    public static ThresholdDecision From(bool met, string reason, ThresholdVerdict suggestion)
    {
        ArgumentNullException.ThrowIfNull(suggestion);
        var rule = met == suggestion.Met ? suggestion.Rule : met ? ThresholdRule.Discretion : ThresholdRule.NotMet;
        return new ThresholdDecision(met, rule, reason, suggestion.Met);
    }
}
