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
