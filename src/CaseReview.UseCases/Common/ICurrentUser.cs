namespace CaseReview.UseCases.Common;

/// <summary>The caller of a use case, as the web host authenticated them.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }
    string? UserId { get; }
    string? DisplayName { get; }

    /// <summary>The id of the agency a panel member or chair represents; null for everyone else.</summary>
    int? AgencyId { get; }
    string? IpAddress { get; }

    /// <summary>True for the application's own background jobs (no HTTP request): reminders, dispatch, closing appeal windows.</summary>
    bool IsBackgroundJob { get; }
    bool IsInRole(string role);
}
