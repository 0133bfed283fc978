using System.Net;
using System.Text.RegularExpressions;

namespace CaseReview.IntegrationTests.Support;

/// <summary>Reads a page's tables as a person would: the text of each cell of a row, found by the row's heading.</summary>
public static partial class HtmlTables
{
    /// <summary>The cells of the first row whose heading is <paramref name="rowHeading"/>, after <paramref name="from"/> on the page.</summary>
    public static string[] Row(string html, string rowHeading, string from = "<body")
    {
        var start = html.IndexOf(from, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{from}' is not on the page");
        foreach (Match row in RowPattern().Matches(html[start..]))
        {
            var cells = CellPattern().Matches(row.Groups[1].Value).Select(c => Text(c.Groups[1].Value)).ToArray();
            if (cells.Length > 0 && cells[0] == rowHeading)
            {
                return cells[1..];
            }
        }

        throw new Xunit.Sdk.XunitException($"No table row headed '{rowHeading}' after '{from}'");
    }

    /// <summary>The words on the page without markup, as a screen reader would read them.</summary>
    public static string Text(string html) => WebUtility.HtmlDecode(Whitespace().Replace(TagPattern().Replace(html, " "), " ")).Trim();

    [GeneratedRegex("<tr[^>]*>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
