namespace CaseReview.UseCases.Common;

/// <summary>Nothing by that name exists, or the caller is not entitled to know that it does.</summary>
public sealed class NotFoundException(string message) : Exception(message);

/// <summary>The caller is signed in but their role does not allow this.</summary>
public sealed class ForbiddenException(string message) : Exception(message);

/// <summary>The caller acted on an out-of-date copy of the case.</summary>
public sealed class StaleVersionException(int expected, int actual)
    : Exception($"The case has changed since you loaded it (your version {expected}, current version {actual}). Reload it and try again.")
{
    public int Expected { get; } = expected;
    public int Actual { get; } = actual;
}

/// <summary>The request conflicts with an earlier one (for example an Idempotency-Key reused with a different body).</summary>
public sealed class ConflictException(string message) : Exception(message);
