namespace CaseReview.UseCases.Common;

/// <summary>The request conflicts with an earlier one (for example an Idempotency-Key reused with a different body).</summary>
public sealed class ConflictException(string message) : Exception(message);
