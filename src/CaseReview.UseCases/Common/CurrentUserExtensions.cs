using CaseReview.Domain.Applications;

namespace CaseReview.UseCases.Common;

public static class CurrentUserExtensions
{
    public static Actor ToActor(this ICurrentUser user) =>
        user.IsAuthenticated && user.UserId is { } id ? new Actor(id, user.DisplayName ?? id) : Actor.Applicant;

    /// <summary>Case officers and administrators see and act on every case.</summary>
    public static bool IsCaseworker(this ICurrentUser user) => Roles.IsCaseworker(user.IsInRole);

    /// <summary>Panel members and chairs act for their agency only.</summary>
    public static bool IsPanelMember(this ICurrentUser user) => Roles.IsPanelMember(user.IsInRole);

    /// <summary>Appeal reviewers decide appeals, and see only the cases whose appeal awaits them or that they decided.</summary>
    public static bool IsAppealReviewer(this ICurrentUser user) => Roles.IsAppealReviewer(user.IsInRole);


    /// <summary>An audit line by the caller, in the same unit of work as what they did.</summary>
    public static Domain.Audit.AuditEntry Audit(this ICurrentUser user, DateTime utcNow, string action, string? caseReference, string? detail)
    {
        var actor = user.ToActor();
        return new Domain.Audit.AuditEntry(utcNow, actor.Id, actor.DisplayName, action, caseReference, detail, user.IpAddress);
    }
}
