using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Security;

/// <summary>
/// Limits how often one client address may write without signing in (settings under <c>RateLimiting</c>), so a
/// robot cannot flood the council with applications, make its mail server write to strangers, or guess passwords:
/// the resident forms and the API's password-link doors share one budget, the API's other anonymous writes
/// (applications, appeals, eligibility) another, the sign-in and change-password doors a third, and the applicant's
/// document uploads (the tracking page's upload form and <c>POST /api/track/{code}/documents</c>) a fourth, smaller one,
/// since each may carry megabytes. A refusal is a 429 in plain words (a page, or problem details on the API) with
/// <c>Retry-After</c>. Page reads and signed-in API callers are not limited here.
/// </summary>
internal static class PublicPostRateLimiting
{
    public static IServiceCollection AddPublicPostRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var window = TimeSpan.FromSeconds(configuration.GetValue("RateLimiting:WindowSeconds", 60));
        var limits = new Dictionary<Door, int>
        {
            [Door.Forms] = configuration.GetValue("RateLimiting:PublicPostsPerWindow", 30),
            [Door.AnonymousApi] = configuration.GetValue("RateLimiting:AnonymousApiPostsPerWindow", 10),
            [Door.SignIn] = configuration.GetValue("RateLimiting:SignInAttemptsPerWindow", 10),
            [Door.ResidentUploads] = configuration.GetValue("RateLimiting:ResidentUploadsPerWindow", 5),
        };
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                DoorOf(context) is { } door
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        $"{door}:{context.Connection.RemoteIpAddress?.ToString() ?? "unknown"}",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = limits[door], Window = window, QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("not limited"));
            options.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : window;
                var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
                http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                if (http.Request.Path.StartsWithSegments("/api"))
                {
                    await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                    {
                        HttpContext = http,
                        ProblemDetails = new ProblemDetails
                        {
                            Status = StatusCodes.Status429TooManyRequests,
                            Title = "Too many requests",
                            Detail = $"We have received a lot of requests from your connection in a short time. Please try again in {Words(seconds)}.",
                        },
                    });
                    return;
                }

                http.Response.ContentType = "text/html; charset=utf-8";
                await http.Response.WriteAsync(TooManyRequestsPage, ct);
            };
        });
        return services;
    }

    private enum Door { Forms, AnonymousApi, SignIn, ResidentUploads }

    // Runs after authentication: an API caller with a valid bearer token (staff entering a phone application) is
    // not anonymous. The staff pages' cookie is not the default scheme, so their form posts count as forms, as before.
    private static Door? DoorOf(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
        {
            return null;
        }

        var path = request.Path;
        if (IsResidentUpload(request))
        {
            return Door.ResidentUploads;
        }

        if (path.StartsWithSegments("/api/auth/login") || path.StartsWithSegments("/api/auth/change-password")
            || path.StartsWithSegments("/staff/sign-in") || path.StartsWithSegments("/staff/password"))
        {
            return Door.SignIn;
        }

        if (!path.StartsWithSegments("/api") || path.StartsWithSegments("/api/auth/forgotten-password") || path.StartsWithSegments("/api/auth/set-password"))
        {
            return Door.Forms;
        }

        return context.User.Identity?.IsAuthenticated == true ? null : Door.AnonymousApi;
    }

    /// <summary>A file sent with a tracking code: to the API's upload door, or a multipart post to a tracking page (its upload form).</summary>
    private static bool IsResidentUpload(HttpRequest request)
    {
        var path = request.Path.Value ?? string.Empty;
        if (path.StartsWith("/api/track/", StringComparison.OrdinalIgnoreCase))
        {
            return path.EndsWith("/documents", StringComparison.OrdinalIgnoreCase) || path.EndsWith("/documents/", StringComparison.OrdinalIgnoreCase);
        }

        return request.Path.StartsWithSegments("/track") && request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true;
    }

    private static string Words(int seconds) => seconds switch
    {
        1 => "1 second",
        < 60 => $"{seconds} seconds",
        < 120 => "1 minute",
        _ => $"{(seconds + 59) / 60} minutes",
    };

    private const string TooManyRequestsPage = """
        <!DOCTYPE html>
        <html lang="en" class="govuk-template">
        <head><meta charset="utf-8"><title>Please wait a minute - Apply for an ASB case review</title>
        <meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/lib/govuk-frontend/application.css"></head>
        <body class="govuk-template__body"><div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content">
        <h1 class="govuk-heading-l">Please wait a minute and try again</h1>
        <p class="govuk-body">We have received a lot of forms from your connection in a short time, so we have paused for a moment.
        Your answers are saved. Wait one minute, then go back and send the page again.</p>
        <p class="govuk-body"><a class="govuk-link" href="/">Go to the start page</a></p>
        </main></div></body></html>
        """;
}
