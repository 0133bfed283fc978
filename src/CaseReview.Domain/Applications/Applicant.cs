namespace CaseReview.Domain.Applications;

/// <summary>
/// The person who applies, and to whom every email and letter goes, addressed by this name: the victim themselves, or a
/// third party acting with the victim's consent (then the victim's own details are in <see cref="Victim"/>).
/// </summary>
public sealed record Applicant(
    string Name,
    string? Email,
    string? Phone,
    string? Address,
    string? Postcode,
    PreferredContact PreferredContact,
    string? AccessNeeds);
