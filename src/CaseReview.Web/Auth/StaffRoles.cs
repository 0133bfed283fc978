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

    /// <summary>Someone who decides appeals (and is neither a caseworker nor on a panel, for their start page and menu).</summary>
    public static bool IsAppealReviewer(this ClaimsPrincipal user) => Roles.IsAppealReviewer(user.IsInRole);

    /// <summary>What the staff menu calls the list of cases for someone who sees only some of them.</summary>
    public static string OwnCasesText(this ClaimsPrincipal user) =>
        user.IsPanelMember() && user.IsAppealReviewer() ? "Your cases"
        : user.IsAppealReviewer() ? "Appeals"
        : "Your panels' cases";
}
