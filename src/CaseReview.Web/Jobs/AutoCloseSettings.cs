using System.ComponentModel.DataAnnotations;

namespace CaseReview.Web.Jobs;

/// <summary>Closing cases whose appeal window has ended (settings under <c>Workflow</c>).</summary>
internal sealed record AutoCloseSettings
{
    public bool AutoClose { get; init; } = true;

    [Range(1, 7 * 24 * 60)]
    public int AutoCloseMinutes { get; init; } = 60;
}
