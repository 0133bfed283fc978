namespace CaseReview.Domain.Applications;

/// <summary>
/// The person affected by the behaviour when someone else applies for them. Their address and postcode are where the
/// problem is felt: the figures by postcode district, link suggestions and the households rule use them. Their email and
/// phone are kept only when they agree to be contacted. Letters and emails go to the person who applied (the applicant).
/// </summary>
public sealed record Victim(string Name, string? Address, string? Postcode, bool AgreesToContact, string? Email, string? Phone);
