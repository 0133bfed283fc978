namespace CaseReview.UseCases.Cases;

public sealed record ComplaintView(int Id, DateOnly IncidentDate, DateOnly ReportedDate, string Agency, string? AgencyReference, string Summary, bool VerifiedByOfficer);
