namespace CaseReview.UseCases.Statistics;

/// <summary>Everything counted for one financial year: the statutory figures, the breakdowns and the timeliness.</summary>
internal sealed record YearFigures(StatutoryFigures Statutory, Breakdowns Breakdowns, IReadOnlyList<StageTimeliness> Timeliness);
