using System.Globalization;

namespace CaseReview.Web.Charts;

/// <summary>
/// A horizontal bar chart drawn on the server as SVG, so it needs no script and passes the CSP. Several series
/// are stacked (parts of one total) or grouped (side by side). The same numbers are always given as a table
/// too, since a chart alone is no use to a screen reader or to someone who needs the exact figures.
/// </summary>
public sealed record BarChart(string Id, string Title, string CategoryHeading, IReadOnlyList<ChartSeries> Series, IReadOnlyList<ChartRow> Rows, bool Stacked = false)
{
    public const int Width = 660;
    private const int LabelWidth = 200;
    private const int BarHeight = 20;
    private const int Gap = 10;
    private const int LegendLine = 22;

    private int ValueSpace => Stacked ? 170 : 90;
    private int PlotWidth => Width - LabelWidth - ValueSpace;
    private bool HasLegend => Series.Count > 1;
    private int RowHeight => (Stacked ? BarHeight : BarHeight * Series.Count) + Gap;
    // One legend line per series, so long names never run into each other.
    private int Top => HasLegend ? Series.Count * LegendLine + 8 : 0;

    /// <summary>A coordinate as SVG wants it, whatever the server's culture.</summary>
    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public int Height => Top + Math.Max(1, Rows.Count) * RowHeight;

    /// <summary>What a screen reader says for the picture: the title and every figure, in words.</summary>
    public string Summary => Rows.Count == 0
        ? $"{Title}: none in this year."
        : $"{Title}: " + string.Join("; ", Rows.Select(r => Series.Count == 1
            ? $"{r.Label} {r.Values[0].Display}"
            : $"{r.Label}: " + string.Join(", ", r.Values.Select((v, i) => $"{Series[i].Name.ToLowerInvariant()} {v.Display}")))) + ".";

    public IEnumerable<(ChartText Text, string Colour)> Legend => !HasLegend ? [] :
        Series.Select((s, i) => (new ChartText(LabelWidth + 22, i * LegendLine + 15, s.Name), s.Colour));

    public IEnumerable<ChartText> Labels => Rows.Select((r, i) => new ChartText(LabelWidth - 8, RowTop(i) + (RowHeight - Gap) / 2.0 + 5, r.Label, AlignEnd: true));

    public IEnumerable<ChartBar> Bars => Rows.SelectMany((row, i) => Stacked ? StackedBars(row, i) : GroupedBars(row, i));

    public IEnumerable<ChartText> Values => Rows.SelectMany((row, i) => Stacked
        ? [new ChartText(LabelWidth + Scale(row.Values.Sum(v => v.Number ?? 0)) + 6, RowTop(i) + 15,
            string.Join(", ", row.Values.Select((v, s) => $"{v.Display} {Series[s].Name.ToLowerInvariant()}")))]
        : row.Values.Select((v, s) => new ChartText(LabelWidth + Scale(v.Number ?? 0) + 6, RowTop(i) + s * BarHeight + 15, v.Display)));

    private double Max => Math.Max(1, Rows.Count == 0 ? 0 : Rows.Max(r => Stacked ? r.Values.Sum(v => v.Number ?? 0) : r.Values.Max(v => v.Number ?? 0)));

    private double Scale(double value) => Math.Round(value / Max * PlotWidth, 1);

    private double RowTop(int row) => Top + row * RowHeight;

    private IEnumerable<ChartBar> StackedBars(ChartRow row, int i)
    {
        double x = LabelWidth;
        for (var s = 0; s < row.Values.Count; s++)
        {
            var width = Scale(row.Values[s].Number ?? 0);
            if (row.Values[s].Number is not null)
            {
                yield return new ChartBar(x, RowTop(i), width, BarHeight, Series[s].Colour, Series[s].Name, row.Values[s].Display);
            }

            x += width;
        }
    }

    private IEnumerable<ChartBar> GroupedBars(ChartRow row, int i) =>
        row.Values.Select((v, s) => (v, s)).Where(x => x.v.Number is not null).Select(x =>
            new ChartBar(LabelWidth, RowTop(i) + x.s * BarHeight, Scale(x.v.Number!.Value), BarHeight - 2, Series[x.s].Colour, Series[x.s].Name, x.v.Display));
}
