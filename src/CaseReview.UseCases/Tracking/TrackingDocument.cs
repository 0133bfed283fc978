namespace CaseReview.UseCases.Tracking;

/// <summary>A document the applicant sent from their tracking page: its name as kept, its size and when it arrived.</summary>
public sealed record TrackingDocument(string FileName, long Size, DateTime SentAt);
