using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CaseReview.Web.Security;

/// <summary>
/// Every resident form carries a field that is hidden from people (see <c>_Honeypot.cshtml</c>). Robots fill
/// in every field they find; a post with it filled in is dropped without saying why, so the robot learns nothing.
/// </summary>
internal sealed class HoneypotFilter(ILogger<HoneypotFilter> logger) : IAsyncPageFilter
{
    public const string FieldName = "website";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        if (HttpMethods.IsPost(request.Method) && request.HasFormContentType
            && !string.IsNullOrWhiteSpace((await request.ReadFormAsync()).TryGetValue(FieldName, out var value) ? value.ToString() : null))
        {
            logger.LogWarning("Dropped a form post to {Path} with the honeypot field filled in", request.Path);
            context.Result = new RedirectResult("/", permanent: false);
            return;
        }

        await next();
    }
}
