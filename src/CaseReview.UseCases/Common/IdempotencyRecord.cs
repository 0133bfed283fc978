namespace CaseReview.UseCases.Common;

/// <summary>Remembers which application an <c>Idempotency-Key</c> created, so a retried submission returns it.</summary>
public sealed class IdempotencyRecord
{
    private IdempotencyRecord() { Key = string.Empty; RequestHash = string.Empty; }

    public IdempotencyRecord(string key, string requestHash, Guid applicationId, DateTime createdAtUtc)
    {
        Key = key;
        RequestHash = requestHash;
        ApplicationId = applicationId;
        CreatedAt = createdAtUtc;
    }

    public string Key { get; private set; }
    public string RequestHash { get; private set; }
    public Guid ApplicationId { get; private set; }
    public DateTime CreatedAt { get; private set; }
}
