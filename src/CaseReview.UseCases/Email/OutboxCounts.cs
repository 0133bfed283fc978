namespace CaseReview.UseCases.Email;

/// <summary>Outbox rows waiting to be sent (pending or being sent) and rows marked failed.</summary>
public sealed record OutboxCounts(long Waiting, long Failed);
