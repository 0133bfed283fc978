using CaseReview.UseCases.Common;
using CaseReview.Web.Forms;

namespace CaseReview.Web.Pages.Staff.Accounts;

/// <summary>The staff roles in words, for the account pages.</summary>
public static class StaffRoleWords
{
    public static IReadOnlyList<Choice> Choices { get; } =
    [
        new(Roles.Administrator, "Administrator", "Manages accounts, agencies and emails, and can do everything a case officer can"),
        new(Roles.CaseOfficer, "Case officer", "Works on every case"),
        new(Roles.PanelMember, "Panel member", "Sees only the cases whose panel includes their agency"),
        new(Roles.Chair, "Chair", "Chairs review panels; sees only the cases whose panel includes their agency"),
        new(Roles.AppealReviewer, "Appeal reviewer", "Decides appeals, independent of the decision appealed against (for example the Police and Crime Commissioner's office); sees only the cases with an appeal to decide"),
    ];

    public static string Of(string role) => Forms.Choices.Text(Choices, role);

    public static string List(IEnumerable<string> roles) => string.Join(", ", roles.Select(Of));
}
