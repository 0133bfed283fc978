namespace CaseReview.UseCases.Common;

public static class Roles
{
    public const string Administrator = "Administrator";
    public const string CaseOfficer = "CaseOfficer";
    public const string PanelMember = "PanelMember";
    public const string Chair = "Chair";

    public static readonly IReadOnlyList<string> All = [Administrator, CaseOfficer, PanelMember, Chair];

    /// <summary>The lead body's staff: they see and act on every case.</summary>
    public static readonly IReadOnlyList<string> Caseworkers = [Administrator, CaseOfficer];

    /// <summary>Partner agencies' people on panels: they act for their agency only.</summary>
    public static readonly IReadOnlyList<string> Panel = [PanelMember, Chair];

    public static bool IsCaseworker(Func<string, bool> isInRole) => Caseworkers.Any(isInRole);

    public static bool IsPanelMember(Func<string, bool> isInRole) => Panel.Any(isInRole);
}
