namespace CaseReview.Web.Charts;

/// <summary>A category of the chart (a row of the table): one value per series.</summary>
public sealed record ChartRow(string Label, IReadOnlyList<ChartValue> Values);
