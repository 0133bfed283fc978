using System.Text;
using CaseReview.Domain.Deadlines;
using CaseReview.UseCases.Statistics;

namespace CaseReview.Web.Charts;

/// <summary>
/// Turns the statistics queries' answers into charts. It only arranges and names the figures the queries
/// counted; nothing is counted here.
/// </summary>
public static class StatisticsCharts
{
    // GOV.UK palette colours, each at least 3:1 against white (WCAG 1.4.11).
    private static readonly ChartSeries Count = new("Applications", "#1d70b8");
    private static readonly ChartSeries OnTime = new("On time", "#1d70b8");
    private static readonly ChartSeries Late = new("Late", "#d4351c");

    private static readonly ChartSeries[] Statutory =
    [
        new("Applications", "#1d70b8"),
        new("Threshold not met", "#d4351c"),
        new("Case reviews carried out", "#00703c"),
        new("Reviews that led to recommendations", "#4c2c92"),
    ];

    /// <summary>The four statutory figures year by year, oldest first so the trend reads downwards.</summary>
    public static BarChart Trend(IEnumerable<(string FinancialYear, int Applications, int ThresholdNotMet, int Reviews, int WithRecommendations)> years) =>
        new("statutory-figures-chart", "The four statutory figures by financial year", "Financial year", Statutory,
            [.. years.Select(y => new ChartRow(y.FinancialYear,
                [ChartValue.Of(y.Applications), ChartValue.Of(y.ThresholdNotMet), ChartValue.Of(y.Reviews), ChartValue.Of(y.WithRecommendations)]))]);

    public static IReadOnlyList<BarChart> Breakdowns(PublishedYear y) =>
    [
        Counts($"asb-type-{y.Year}", $"Applications by type of anti-social behaviour, {y.FinancialYear}", "Type", Published(y.ByAsbType, Words)),
        Counts($"issue-type-{y.Year}", $"Applications by problem reported, {y.FinancialYear}", "Problem", Published(y.ByIssueType, Words)),
        Counts($"channel-{y.Year}", $"Applications by how they were made, {y.FinancialYear}", "How made", Published(y.ByChannel, Words)),
        Counts($"postcode-district-{y.Year}", $"Applications by postcode district, {y.FinancialYear}", "Postcode district", Published(y.ByPostcodeDistrict, k => k)),
        Counts($"victim-type-{y.Year}", $"Applications by who was affected, {y.FinancialYear}", "Affected", Published(y.ByVictimType, Words)),
        Counts($"shares-{y.Year}", $"Applications made for someone else, and about hate-motivated behaviour, {y.FinancialYear}", "Applications",
            [("All applications", ChartValue.Of(y.Applications)), ("Made by a third party", Value(y.ThirdParty)), ("Hate-motivated", Value(y.HateMotivated))]),
    ];

    public static BarChart Timeliness(PublishedYear y) =>
        new($"timeliness-{y.Year}", $"Stages done on time and late, {y.FinancialYear}", "Stage", [OnTime, Late],
            [.. y.Timeliness.Select(t => new ChartRow(StageName(t.Stage), [Value(t.OnTime), Value(t.Late)]))], Stacked: true);

    public static IReadOnlyList<BarChart> Breakdowns(AnnualStatistics s) =>
    [
        Counts("asb-type", $"Applications by type of anti-social behaviour, {s.FinancialYear}", "Type", Full(s.Breakdowns.ByAsbType, Words)),
        Counts("issue-type", $"Applications by problem reported, {s.FinancialYear}", "Problem", Full(s.Breakdowns.ByIssueType, Words)),
        Counts("channel", $"Applications by how they were made, {s.FinancialYear}", "How made", Full(s.Breakdowns.ByChannel, Words)),
        Counts("postcode-district", $"Applications by postcode district, {s.FinancialYear}", "Postcode district", Full(s.Breakdowns.ByPostcodeDistrict, k => k)),
        Counts("victim-type", $"Applications by who was affected, {s.FinancialYear}", "Affected", Full(s.Breakdowns.ByVictimType, Words)),
        Counts("shares", $"Applications made for someone else, and about hate-motivated behaviour, {s.FinancialYear}", "Applications",
            [("All applications", ChartValue.Of(s.Applications)), ("Made by a third party", ChartValue.Of(s.Breakdowns.ThirdParty)),
             ("Hate-motivated", ChartValue.Of(s.Breakdowns.HateMotivated))]),
    ];

    public static BarChart Timeliness(AnnualStatistics s) =>
        new("timeliness", $"Stages done on time and late, {s.FinancialYear}", "Stage", [OnTime, Late],
            [.. s.Timeliness.Select(t => new ChartRow(StageName(t.Stage), [ChartValue.Of(t.OnTime), ChartValue.Of(t.Late)]))], Stacked: true);

    public static string StageName(Stage stage) => stage switch
    {
        Stage.Acknowledge => "Acknowledge the application",
        Stage.ThresholdDecision => "Decide on the threshold",
        Stage.ReviewMeeting => "Hold the review meeting",
        Stage.Outcome => "Send the outcome",
        Stage.AppealDecision => "Decide on an appeal",
        _ => Words(stage.ToString()),
    };

    /// <summary>"ThreatsOrHarassment" as "Threats or harassment": the categories' names in plain words.</summary>
    public static string Words(string key)
    {
        var words = new StringBuilder();
        for (var i = 0; i < key.Length; i++)
        {
            if (i > 0 && char.IsUpper(key[i]) && !char.IsUpper(key[i - 1]))
            {
                words.Append(' ').Append(char.ToLowerInvariant(key[i]));
            }
            else
            {
                words.Append(key[i]);
            }
        }

        return words.ToString();
    }

    private static BarChart Counts(string id, string title, string heading, IEnumerable<(string Label, ChartValue Value)> rows) =>
        new(id, title, heading, [Count], [.. rows.Select(r => new ChartRow(r.Label, [r.Value]))]);

    private static IEnumerable<(string, ChartValue)> Published(IEnumerable<PublishedCount> rows, Func<string, string> label) =>
        rows.Select(r => (label(r.Key), Value(r)));

    private static IEnumerable<(string, ChartValue)> Full(IEnumerable<CountRow> rows, Func<string, string> label) =>
        rows.Select(r => (label(r.Key), ChartValue.Of(r.Count)));

    private static ChartValue Value(PublishedCount c) => new(c.Count, c.Display);
}
