namespace CaseReview.Domain.Applications;

/// <summary>Someone applying on the victim's behalf (family, friend, councillor, MP, advocate).</summary>
public sealed record ThirdParty(string Name, string Relationship, bool VictimConsent);
