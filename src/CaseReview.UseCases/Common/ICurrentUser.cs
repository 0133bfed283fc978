namespace CaseReview.UseCases.Common;

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
