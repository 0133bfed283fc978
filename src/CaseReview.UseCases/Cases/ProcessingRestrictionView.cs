namespace CaseReview.UseCases.Cases;

/// <summary>A case's restriction of processing (UK GDPR Article 18), as staff see it; the reason is in the case's history.</summary>
/// <param name="Ground">The ground's name: <c>accuracy-contested</c>, <c>unlawful-processing</c>, <c>legal-claims</c> or <c>objection-pending</c>.</param>
/// <param name="GroundText">The ground in words.</param>
/// <param name="RestrictedAt">When processing was restricted (UTC).</param>
/// <param name="RestrictedBy">Who restricted it.</param>
public sealed record ProcessingRestrictionView(string Ground, string GroundText, DateTime RestrictedAt, string RestrictedBy);
