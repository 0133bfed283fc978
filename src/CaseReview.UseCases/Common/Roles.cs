namespace CaseReview.UseCases.Common;

public static class Roles
{
    public const string Administrator = "Administrator";
    public const string CaseOfficer = "CaseOfficer";
    public const string PanelMember = "PanelMember";
    public const string Chair = "Chair";

    /// <summary>
    /// Decides appeals, independently of whoever made the decision appealed against (for example the Police and Crime
    /// Commissioner's office or an independent chair). Sees only the cases with an appeal awaiting a decision, and those
    /// whose appeal they decided.
    /// </summary>
    public const string AppealReviewer = "AppealReviewer";

    public static readonly IReadOnlyList<string> All = [Administrator, CaseOfficer, PanelMember, Chair, AppealReviewer];

    /// <summary>The lead body's staff: they see and act on every case.</summary>
    public static readonly IReadOnlyList<string> Caseworkers = [Administrator, CaseOfficer];

    /// <summary>Partner agencies' people on panels: they act for their agency only.</summary>
    public static readonly IReadOnlyList<string> Panel = [PanelMember, Chair];

    public static bool IsCaseworker(Func<string, bool> isInRole) => Caseworkers.Any(isInRole);

    public static bool IsPanelMember(Func<string, bool> isInRole) => Panel.Any(isInRole);

    public static bool IsAppealReviewer(Func<string, bool> isInRole) => isInRole(AppealReviewer);
}
