namespace CaseReview.Domain.Risk;

/// <summary>
/// One answer to a question of the risk assessment: its score, and whether it is critical (an answer that makes the
/// risk high whatever the total, such as thoughts of self-harm or a threat to life).
/// </summary>
public sealed record RiskOption(string Id, string Text, int Score, bool Critical = false);
