namespace CaseReview.Domain.Workflow;

/// <summary>A business rule of the case was broken (for example a decision that differs from the policy without a reason).</summary>
public sealed class CaseRuleException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
