using CaseReview.Domain.Deadlines;

namespace CaseReview.UseCases.Statistics;

/// <summary>How promptly one stage was done: completions in the year on or before their due date, and the median working days taken.</summary>
public sealed record StageTimeliness(Stage Stage, int OnTime, int Late, double? MedianWorkingDays);
