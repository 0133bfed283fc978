using CaseReview.Domain.Applications;

namespace CaseReview.UseCases.Applications;

/// <summary>
/// A third party's relationship to the victim and the record of the victim's consent: given (<c>victimConsent</c>),
/// how (<c>consentHow</c>) and when (<c>consentGivenOn</c>). The third party's own name and contact details are the
/// <c>applicant</c>; the victim's are the <c>victim</c>.
/// </summary>
public sealed record ThirdPartyInput(string? Relationship, bool? VictimConsent, ConsentMethod? ConsentHow, DateOnly? ConsentGivenOn);
