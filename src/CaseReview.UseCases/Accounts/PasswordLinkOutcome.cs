namespace CaseReview.UseCases.Accounts;

/// <summary>What became of setting a password through a link: done (who), the link did not work, or the password was not good enough.</summary>
public sealed record PasswordLinkOutcome(StaffIdentity? Done, bool LinkInvalid, IReadOnlyList<string> PasswordErrors);
