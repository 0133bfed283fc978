namespace CaseReview.Web.Security;

/// <summary>
/// Headers that keep residents' pages safe in the browser: no inline script or style (so injected markup
/// cannot run), no framing, no content sniffing, and no referrer, since tracking addresses carry a code.
/// </summary>
internal static class SecurityHeaders
{
    private const string ResidentPagesPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    // The browsable API reference is a third-party page with inline script; it gets no CSP beyond framing.
    private const string ApiReferencePolicy = "frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // Decided on the way in: an error page re-executed under another path answers for this address.
        var isPrivate = IsPrivate(context.Request.Path);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/scalar") ? ApiReferencePolicy : ResidentPagesPolicy;
            // Staff pages, the application form, a resident's tracking page, the API and emailed links carry personal data or secrets:
            // no browser or proxy keeps a copy (the back button on a shared computer shows nothing).
            if (isPrivate)
            {
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
            }

            return Task.CompletedTask;
        });
        await next(context);
    });

    private static bool IsPrivate(PathString path) =>
        path.StartsWithSegments("/staff") || path.StartsWithSegments("/track") || path.StartsWithSegments("/api") || path.StartsWithSegments("/auth")
        || path.StartsWithSegments("/apply")
        || path.StartsWithSegments("/survey");
}
