using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Security;

/// <summary>
/// The JSON API and the forms take bodies of at most <c>RequestLimits:MaxBodyBytes</c> (default 256 KB, far more than
/// the largest application), so nobody can make the app read and parse megabytes. A body that says it is larger is
/// refused with 413 before it is read; one that grows larger while being read fails with 413 too. File uploads
/// (multipart) keep the server's own limit.
/// </summary>
internal static class RequestBodyLimits
{
    public static IApplicationBuilder UseRequestBodyLimits(this IApplicationBuilder app, IConfiguration configuration)
    {
        var limit = configuration.GetValue<long>("RequestLimits:MaxBodyBytes", 256 * 1024);
        return app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) != true)
            {
                if (request.ContentLength > limit)
                {
                    await RefuseAsync(context, limit);
                    return;
                }

                if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
                {
                    feature.MaxRequestBodySize = limit;
                }
            }

            await next(context);
        });
    }

    private static async Task RefuseAsync(HttpContext context, long limit)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        var detail = $"What was sent is larger than the {(limit / 1024).ToString(CultureInfo.InvariantCulture)} KB this service accepts. Shorten it and send it again.";
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails { Status = StatusCodes.Status413PayloadTooLarge, Title = "Too large", Detail = detail },
            });
            return;
        }

        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(detail);
    }
}
