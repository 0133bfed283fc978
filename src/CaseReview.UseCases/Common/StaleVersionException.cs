namespace CaseReview.UseCases.Common;

/// <summary>The caller acted on an out-of-date copy of the case.</summary>
public sealed class StaleVersionException(int expected, int actual)
    : Exception($"The case has changed since you loaded it (your version {expected}, current version {actual}). Reload it and try again.")
{
    public int Expected { get; } = expected;
    public int Actual { get; } = actual;
}
