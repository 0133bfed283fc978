namespace CaseReview.UseCases.Statistics;

public sealed record StatisticsSettings
{
    public int SuppressBelow { get; init; } = 5;
}
