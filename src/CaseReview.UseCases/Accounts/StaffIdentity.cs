namespace CaseReview.UseCases.Accounts;

/// <summary>Who a signed-in staff member is; <see cref="SecurityStamp"/> changes whenever their access changes. <see cref="AgencyId"/> is the agency a panel member or chair represents.</summary>
public sealed record StaffIdentity(string UserId, string Email, IReadOnlyList<string> Roles, int? AgencyId, string? SecurityStamp = null);
