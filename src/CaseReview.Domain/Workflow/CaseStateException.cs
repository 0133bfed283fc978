namespace CaseReview.Domain.Workflow;

/// <summary>
/// A change that is not a workflow transition cannot be made while the case is in its current status (for
/// example a panel response once the outcome has been sent). Answered as a conflict, like a workflow action.
/// </summary>
public sealed class CaseStateException(CaseStatus status, string message) : Exception(message)
{
    public CaseStatus Status { get; } = status;
}
