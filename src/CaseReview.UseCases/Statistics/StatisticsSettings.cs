using System.ComponentModel.DataAnnotations;

namespace CaseReview.UseCases.Statistics;

public sealed record StatisticsSettings
{
    [Range(1, 1000)]
    public int SuppressBelow { get; init; } = 5;

    /// <summary>How long the published figures are served from memory before they are counted again; 0 counts every time.</summary>
    [Range(0, 86400)]
    public int PublishedCacheSeconds { get; init; } = 900;
}
