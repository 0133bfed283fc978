namespace CaseReview.Domain.Audit;

/// <summary>
/// One line of the append-only audit trail: who saw or changed what, when and from where.
/// Holds references, never the personal data itself.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry() { ActorId = string.Empty; ActorName = string.Empty; Action = string.Empty; }

    public AuditEntry(DateTime occurredAtUtc, string actorId, string actorName, string action, string? caseReference, string? detail, string? ipAddress)
    {
        OccurredAt = occurredAtUtc;
        ActorId = actorId;
        ActorName = actorName;
        Action = action;
        CaseReference = caseReference;
        Detail = detail;
        IpAddress = ipAddress;
    }

    public long Id { get; private set; }
    public DateTime OccurredAt { get; private set; }
    public string ActorId { get; private set; }
    public string ActorName { get; private set; }
    public string Action { get; private set; }
    public string? CaseReference { get; private set; }
    public string? Detail { get; private set; }
    public string? IpAddress { get; private set; }
}
