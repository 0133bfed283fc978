using Microsoft.AspNetCore.Identity;

namespace CaseReview.Infrastructure.Identity;

/// <summary>A staff account: case officer, administrator, panel member or chair.</summary>
public sealed class StaffUser : IdentityUser
{
    /// <summary>The agency a panel member or chair represents; it decides which cases they may see.</summary>
    public int? AgencyId { get; set; }

    /// <summary>The person's name as colleagues know it (the chair list, the accounts list); the email address stands in when empty.</summary>
    public string? FullName { get; set; }

    /// <summary>A disabled account cannot sign in; it is kept so the audit trail still names its actions.</summary>
    public bool Disabled { get; set; }
}
