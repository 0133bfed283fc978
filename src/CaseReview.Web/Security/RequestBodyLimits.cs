using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Security;

/// <summary>
/// The JSON API and the forms take bodies of at most <c>RequestLimits:MaxBodyBytes</c> (default 256 KB, far more than
/// the largest application), so nobody can make the app read and parse megabytes. A body that says it is larger is
/// refused with 413 before it is read; one that grows larger while being read fails with 413 too. File uploads
/// (multipart) may carry one file of <c>Documents:MaxFileBytes</c> and the form around it: a file a little over that
/// size still arrives and is refused on its field in words; anything much larger is a 413.
/// </summary>
internal static class RequestBodyLimits
{
    public static IApplicationBuilder UseRequestBodyLimits(this IApplicationBuilder app, IConfiguration configuration)
    {
        var jsonLimit = configuration.GetValue<long>("RequestLimits:MaxBodyBytes", 256 * 1024);
        var uploadLimit = Documents.DocumentUploads.MaxBodyBytes(app.ApplicationServices.GetRequiredService<UseCases.Documents.DocumentSettings>());
        return app.Use(async (context, next) =>
        {
            var request = context.Request;
            var limit = request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true ? uploadLimit : jsonLimit;
            if (request.ContentLength > limit)
            {
                await RefuseAsync(context, limit);
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = limit;
            }

            await next(context);
        });
    }

    private static async Task RefuseAsync(HttpContext context, long limit)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        var detail = $"What was sent is larger than the {UseCases.Documents.DocumentSizes.Words(limit)} this service accepts. Make it smaller and send it again.";
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
