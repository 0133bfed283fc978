using Microsoft.AspNetCore.DataProtection;

namespace CaseReview.Web.Pages.Apply;

/// <summary>
/// Which application this browser has just sent, for the confirmation page: kept in an encrypted session cookie
/// that only the confirmation page receives, not in its address, so the tracking code is not left in the browser's
/// history or handed on with a copied link.
/// </summary>
public sealed class SentApplication(IDataProtectionProvider protection)
{
    public const string Cookie = "casereview-sent";
    private const string Path = "/apply/confirmation";

    private readonly IDataProtector _protector = protection.CreateProtector("CaseReview.Apply.SentApplication");

    public void Remember(HttpContext context, string trackingCode) =>
        context.Response.Cookies.Append(Cookie, _protector.Protect(trackingCode), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            IsEssential = true,
            Path = Path,
        });

    public string? TrackingCode(HttpContext context)
    {
        if (context.Request.Cookies[Cookie] is not { Length: > 0 } value)
        {
            return null;
        }

        try
        {
            return _protector.Unprotect(value);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
