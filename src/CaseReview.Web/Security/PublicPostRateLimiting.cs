using System.Threading.RateLimiting;

namespace CaseReview.Web.Security;

/// <summary>
/// Limits how often one address may send the public forms (settings under <c>RateLimiting</c>), so a robot
/// cannot flood the council with applications. Page reads and the JSON API are not limited here.
/// </summary>
internal static class PublicPostRateLimiting
{
    public static IServiceCollection AddPublicPostRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var permitLimit = configuration.GetValue("RateLimiting:PublicPostsPerWindow", 30);
        var window = TimeSpan.FromSeconds(configuration.GetValue("RateLimiting:WindowSeconds", 60));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsPublicFormPost(context.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = permitLimit, Window = window, QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("not limited"));
            options.OnRejected = (context, ct) =>
            {
                context.HttpContext.Response.ContentType = "text/html; charset=utf-8";
                return new ValueTask(context.HttpContext.Response.WriteAsync(TooManyRequestsPage, ct));
            };
        });
        return services;
    }

    // The API's own anonymous doors that send email or take a secret are limited like the forms.
    private static bool IsPublicFormPost(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (!request.Path.StartsWithSegments("/api")
            || request.Path.StartsWithSegments("/api/auth/forgotten-password")
            || request.Path.StartsWithSegments("/api/auth/set-password"));

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
