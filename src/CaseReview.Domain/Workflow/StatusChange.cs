namespace CaseReview.Domain.Workflow;

/// <summary>One row of a case's status history; written in the same transaction as the transition.</summary>
public sealed class StatusChange
{
    private StatusChange() { Action = string.Empty; ActorId = string.Empty; ActorName = string.Empty; }

    public StatusChange(CaseStatus? from, CaseStatus to, string action, string actorId, string actorName, DateTime occurredAtUtc, string? reason)
    {
        From = from;
        To = to;
        Action = action;
        ActorId = actorId;
        ActorName = actorName;
        OccurredAt = occurredAtUtc;
        Reason = reason;
    }

    public long Id { get; private set; }
    public CaseStatus? From { get; private set; }
    public CaseStatus To { get; private set; }
    public string Action { get; private set; }
    public string ActorId { get; private set; }
    public string ActorName { get; private set; }
    public DateTime OccurredAt { get; private set; }
    public string? Reason { get; private set; }

    /// <summary>Retention: the free-text reason goes; the action, statuses, who and when stay.</summary>
    internal void Anonymise() => Reason = Reason is null ? null : Applications.CaseApplication.AnonymisedText;
}
