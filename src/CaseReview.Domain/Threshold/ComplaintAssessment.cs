namespace CaseReview.Domain.Threshold;

/// <summary>Whether one complaint counted, and why, in plain words. <see cref="Index"/> is its position in the input.</summary>
public sealed record ComplaintAssessment(int Index, bool Counted, string Reason);
