namespace CaseReview.Domain.Applications;

/// <summary>The person who applies: the victim, or a third party acting with the victim's consent.</summary>
public sealed record Applicant(
    string Name,
    string? Email,
    string? Phone,
    string? Address,
    string? Postcode,
    PreferredContact PreferredContact,
    string? AccessNeeds);
