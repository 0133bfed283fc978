using System.Globalization;
using System.Security.Claims;
using CaseReview.UseCases.Common;

namespace CaseReview.Web.Auth;

/// <summary>The signed-in staff member (or nobody, for a resident) behind the current request.</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;
    public string? UserId => Principal?.FindFirstValue(StaffClaims.UserId);
    public string? DisplayName => Principal?.FindFirstValue(StaffClaims.Email);
    public int? AgencyId => int.TryParse(Principal?.FindFirstValue(StaffClaims.AgencyId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    public string? IpAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public bool IsBackgroundJob => accessor.HttpContext is null;

    public bool IsInRole(string role) => Principal?.IsInRole(role) == true;
}
