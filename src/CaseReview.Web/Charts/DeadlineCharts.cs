using System.Globalization;
using CaseReview.Domain.Calendar;
using CaseReview.UseCases.Deadlines;

namespace CaseReview.Web.Charts;

/// <summary>Arranges the deadline dashboard's figures for the page: nothing is counted here.</summary>
public static class DeadlineCharts
{
    private static readonly ChartSeries OnTimePercent = new("Done on time (%)", "#1d70b8");

    /// <summary>Each stage's on-time rate; a stage with nothing completed has no bar and says so.</summary>
    public static BarChart OnTime(DeadlineDashboard d) =>
        new("on-time", $"Stages done on time since {Forms.Dates.Long(d.OnTimeSince)}", "Stage", [OnTimePercent],
            [.. d.OnTime.Select(r => new ChartRow(StatisticsCharts.StageName(r.Stage), [Rate(r)]))]);

    /// <summary>The GOV.UK tag for a RAG rating: the word is always written, so colour is never the only sign.</summary>
    public static (string Text, string TagClass) Tag(Rag rag) => rag switch
    {
        Rag.Red => ("Red", "govuk-tag--red"),
        Rag.Amber => ("Amber", "govuk-tag--orange"),
        _ => ("Green", "govuk-tag--green"),
    };

    private static ChartValue Rate(StageOnTimeRate r) => r.OnTimePercent is { } percent
        ? new(percent, $"{percent.ToString("0.#", CultureInfo.InvariantCulture)}% ({r.OnTime} of {r.Completed})")
        : new(null, "none done");
}
