using CaseReview.Web.Charts;

namespace CaseReview.IntegrationTests.Charts;

/// <summary>The chart's drawing, without a host: bar lengths in proportion, nothing drawn for a suppressed count.</summary>
public sealed class BarChartTests
{
    private static readonly ChartSeries Blue = new("Applications", "#1d70b8");

    [Fact]
    public void Bars_AreInProportion_TheLongestFillingThePlot()
    {
        var chart = new BarChart("c", "Applications by type", "Type", [Blue],
            [new("Nuisance", [ChartValue.Of(10)]), new("Personal", [ChartValue.Of(5)]), new("Environmental", [ChartValue.Of(0)])]);

        var widths = chart.Bars.Select(b => b.Width).ToList();

        Assert.Equal(2 * widths[1], widths[0]);
        Assert.Equal(0, widths[2]);
        Assert.True(widths[0] > 300);
    }

    [Fact]
    public void SuppressedCount_DrawsNoBar_ButSaysFewerThanFive()
    {
        var chart = new BarChart("c", "Applications by type", "Type", [Blue],
            [new("Nuisance", [ChartValue.Of(12)]), new("Personal", [new ChartValue(null, "fewer than 5")])]);

        Assert.Single(chart.Bars);
        Assert.Contains(chart.Values, v => v.Text == "fewer than 5");
        Assert.Equal("Applications by type: Nuisance 12; Personal fewer than 5.", chart.Summary);
    }

    [Fact]
    public void StackedBars_SitEndToEnd_AndTheSummaryNamesEachSeries()
    {
        var chart = new BarChart("t", "Stages on time and late", "Stage", [new("On time", "#1d70b8"), new("Late", "#d4351c")],
            [new("Acknowledge", [ChartValue.Of(3), ChartValue.Of(1)])], Stacked: true);

        var bars = chart.Bars.ToList();

        Assert.Equal(bars[0].X + bars[0].Width, bars[1].X);
        Assert.Equal(bars[0].Y, bars[1].Y);
        Assert.Equal("Stages on time and late: Acknowledge: on time 3, late 1.", chart.Summary);
    }

    [Fact]
    public void NoRows_SaysSoInWords()
    {
        var chart = new BarChart("c", "Applications by type", "Type", [Blue], []);

        Assert.Empty(chart.Bars);
        Assert.Equal("Applications by type: none in this year.", chart.Summary);
    }

    [Theory]
    [InlineData(3, "up 3 on 2025-26")]
    [InlineData(-2, "down 2 on 2025-26")]
    [InlineData(0, "the same as 2025-26")]
    public void YearOnYearChange_InWords(int change, string words) => Assert.Equal(words, YearOnYearWords.Describe(change, "2025-26"));

    [Theory]
    [InlineData("ThreatsOrHarassment", "Threats or harassment")]
    [InlineData("Online", "Online")]
    [InlineData("LitteringOrFlyTipping", "Littering or fly tipping")]
    public void CategoryNames_InPlainWords(string key, string words) => Assert.Equal(words, StatisticsCharts.Words(key));
}
