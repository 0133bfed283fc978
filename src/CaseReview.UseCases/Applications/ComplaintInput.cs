namespace CaseReview.UseCases.Applications;

// Request shapes are nullable so that a missing field is reported by the validator, by name, rather than
// silently defaulted by the JSON reader.
public sealed record ComplaintInput(DateOnly? IncidentDate, DateOnly? ReportedDate, string? Agency, string? AgencyReference, string? Summary);
