using System.Security.Claims;
using CaseReview.UseCases.Common;

namespace CaseReview.Web.Auth;

/// <summary>The same role rules as the use cases (<see cref="Roles"/>), for pages deciding what to show the signed-in person.</summary>
public static class StaffRoles
{
    /// <summary>An administrator or case officer.</summary>
    public static bool IsCaseworker(this ClaimsPrincipal user) => Roles.IsCaseworker(user.IsInRole);

    /// <summary>A panel member or chair.</summary>
    public static bool IsPanelMember(this ClaimsPrincipal user) => Roles.IsPanelMember(user.IsInRole);
}
