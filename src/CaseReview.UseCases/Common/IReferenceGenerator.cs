namespace CaseReview.UseCases.Common;

/// <summary>Hands out case references (CR-2026-000042) from a per-year counter.</summary>
public interface IReferenceGenerator
{
    Task<string> NextAsync(int year, CancellationToken cancellationToken);
}
