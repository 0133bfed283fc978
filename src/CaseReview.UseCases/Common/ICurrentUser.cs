using CaseReview.Domain.Applications;

namespace CaseReview.UseCases.Common;

public static class Roles
{
    public const string Administrator = "Administrator";
    public const string CaseOfficer = "CaseOfficer";
    public const string PanelMember = "PanelMember";
    public const string Chair = "Chair";

    public static readonly IReadOnlyList<string> All = [Administrator, CaseOfficer, PanelMember, Chair];
}

/// <summary>The caller of a use case, as the web host authenticated them.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }
    string? UserId { get; }
    string? DisplayName { get; }
    string? Agency { get; }
    string? IpAddress { get; }
    bool IsInRole(string role);
}

public static class CurrentUserExtensions
{
    public static Actor ToActor(this ICurrentUser user) =>
        user.IsAuthenticated && user.UserId is { } id ? new Actor(id, user.DisplayName ?? id) : Actor.Applicant;

    /// <summary>Case officers and administrators see and act on every case.</summary>
    public static bool IsCaseworker(this ICurrentUser user) =>
        user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.CaseOfficer);
}
