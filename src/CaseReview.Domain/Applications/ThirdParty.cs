namespace CaseReview.Domain.Applications;

/// <summary>
/// How the applicant is related to the victim they apply for (family, friend, councillor, MP, advocate), and the record
/// of the victim's consent: given, how (in writing, by phone, in person) and on which day. Applications made before the
/// consent record was asked for have no method or date.
/// </summary>
public sealed record ThirdParty(string Relationship, bool VictimConsent, ConsentMethod? ConsentHow, DateOnly? ConsentGivenOn);
