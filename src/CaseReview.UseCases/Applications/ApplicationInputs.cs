using CaseReview.Domain.Applications;

namespace CaseReview.UseCases.Applications;

// Request shapes are nullable so that a missing field is reported by the validator, by name, rather than
// silently defaulted by the JSON reader.

public sealed record ApplicantInput(
    string? Name,
    string? Email,
    string? Phone,
    string? Address,
    string? Postcode,
    PreferredContact? PreferredContact,
    string? AccessNeeds);

public sealed record ThirdPartyInput(string? Name, string? Relationship, bool? VictimConsent);

public sealed record ComplaintInput(DateOnly? IncidentDate, DateOnly? ReportedDate, string? Agency, string? AgencyReference, string? Summary);
