namespace CaseReview.Domain.Threshold;

/// <summary>A complaint as the threshold sees it: when it happened, when and to whom it was reported.</summary>
public sealed record ComplaintFact(DateOnly IncidentDate, DateOnly ReportedDate, string Agency, string? AgencyReference = null);
