namespace CaseReview.UseCases.Applications;

/// <summary>
/// The person affected, when a third party applies for them: their name, address and postcode, and their email or
/// phone only when they agree to be contacted (<c>agreesToContact</c>).
/// </summary>
public sealed record VictimInput(string? Name, string? Address, string? Postcode, bool? AgreesToContact, string? Email, string? Phone);
