namespace CaseReview.UseCases.Cases;

/// <summary>A correction of one of the case's details, with the value it replaced: for caseworkers only.</summary>
public sealed record CorrectionView(string Field, string Label, string? OldValue, string? NewValue, string Reason, string CorrectedBy, DateTime CorrectedAt);
