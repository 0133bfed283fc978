using CaseReview.UseCases.Guidance;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseReview.Web.Pages;

/// <summary>The start page: what a case review is, who can apply, the local threshold and timescales (from settings).</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public ApplyingGuide Guide { get; private set; } = null!;

    public string ComplaintsInWords => Guide.Threshold.QualifyingComplaintsRequired switch
    {
        1 => "once",
        2 => "twice",
        var n => $"{n} times",
    };

    public async Task OnGetAsync(CancellationToken ct) => Guide = await mediator.Send(new GetApplyingGuideQuery(), ct);
}
