using CaseReview.UseCases.Common;
using CaseReview.UseCases.Tracking;
using CaseReview.Web.Forms;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseReview.Web.Pages.Track;

/// <summary>
/// A page about one application, found by its tracking code (the code is the only key: it is long and random, and
/// posts are rate limited). The page shows what <see cref="TrackApplicationQuery"/> answers, never personal data.
/// </summary>
public abstract class TrackingPageModel(IMediator mediator) : PageModel
{
    public TrackingView View { get; private set; } = null!;

    public FormErrors Errors { get; } = new();

    public string Code { get; private set; } = string.Empty;

    public string TrackingHref => $"/track/{Uri.EscapeDataString(Code)}";

    protected IMediator Mediator => mediator;

    /// <summary>Reads the application; false when no application has this code (the page answers 404).</summary>
    protected async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        Code = code;
        try
        {
            View = await mediator.Send(new TrackApplicationQuery(code), ct);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    /// <summary>Marks the page as showing mistakes: the title starts "Error:".</summary>
    protected void ShowErrors() => ViewData["HasErrors"] = true;
}
