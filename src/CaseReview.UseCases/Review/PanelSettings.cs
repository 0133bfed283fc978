using System.ComponentModel.DataAnnotations;
using CaseReview.Domain.Review;

namespace CaseReview.UseCases.Review;

/// <summary>The panel's papers (settings under <c>Panel</c>).</summary>
public sealed record PanelSettings
{
    /// <summary>
    /// How many working days before the meeting each panel agency's chronology and response are due. When the meeting is
    /// closer than that, the agencies get until the next working day (short notice).
    /// </summary>
    [Range(1, 30)]
    public int InformationDueWorkingDaysBeforeMeeting { get; init; } = InformationRequest.DefaultWorkingDaysBeforeMeeting;
}
