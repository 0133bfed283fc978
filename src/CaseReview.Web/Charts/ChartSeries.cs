namespace CaseReview.Web.Charts;

/// <summary>One series of a chart (a colour in the legend), e.g. "On time".</summary>
public sealed record ChartSeries(string Name, string Colour);
