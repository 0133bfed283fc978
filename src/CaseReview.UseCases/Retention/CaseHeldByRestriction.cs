using CaseReview.Domain.Workflow;

namespace CaseReview.UseCases.Retention;

/// <summary>A case past its retention date that is kept because its processing is restricted (UK GDPR Article 18).</summary>
/// <param name="Reference">The case.</param>
/// <param name="Status">Closed or Withdrawn.</param>
/// <param name="DueOn">The day its personal data became due for removal.</param>
/// <param name="Ground">The restriction's ground, e.g. <c>legal-claims</c>.</param>
/// <param name="RestrictedOn">The day (UTC) processing was restricted.</param>
public sealed record CaseHeldByRestriction(string Reference, CaseStatus Status, DateOnly DueOn, string Ground, DateOnly RestrictedOn);
