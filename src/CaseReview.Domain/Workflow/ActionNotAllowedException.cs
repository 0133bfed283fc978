namespace CaseReview.Domain.Workflow;

/// <summary>An action was attempted that the case's current status does not permit.</summary>
public sealed class ActionNotAllowedException(CaseAction action, CaseStatus status, IReadOnlyList<string> allowedActions)
    : Exception($"'{action.Name()}' is not allowed while the case is {status}.")
{
    public CaseAction Action { get; } = action;
    public CaseStatus Status { get; } = status;
    public IReadOnlyList<string> AllowedActions { get; } = allowedActions;
}
