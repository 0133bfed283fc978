namespace CaseReview.UseCases.Accounts;

/// <summary>Who a signed-in staff member is; <see cref="SecurityStamp"/> changes whenever their access changes.</summary>
public sealed record StaffIdentity(string UserId, string Email, IReadOnlyList<string> Roles, string? Agency, string? SecurityStamp = null);
