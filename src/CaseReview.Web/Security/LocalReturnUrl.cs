namespace CaseReview.Web.Security;

/// <summary>
/// Where a sign-in may send someone back to: a path on this site only. Browsers read <c>/\host</c> and <c>//host</c> as
/// another site, so a return address that merely starts with a slash is not enough (the rule ASP.NET's
/// <c>Url.IsLocalUrl</c> applies, usable where there is no page).
/// </summary>
public static class LocalReturnUrl
{
    public static bool IsLocal(string? url) =>
        url is { Length: > 0 }
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);

    /// <summary><paramref name="url"/> when it is local, otherwise <paramref name="fallback"/>.</summary>
    public static string OrDefault(string? url, string fallback) => IsLocal(url) ? url! : fallback;
}
