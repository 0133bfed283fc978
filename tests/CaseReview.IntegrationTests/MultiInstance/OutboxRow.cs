namespace CaseReview.IntegrationTests.MultiInstance;

/// <summary>An email in the outbox: its id is in the Message-Id of what was sent (<c>outbox-{id}@casereview</c>).</summary>
public sealed record OutboxRow(long Id, string Status, string Template, int Attempts);
