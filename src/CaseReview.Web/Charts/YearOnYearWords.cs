namespace CaseReview.Web.Charts;

/// <summary>A change the query worked out, said in words: "up 3 on 2025-26".</summary>
public static class YearOnYearWords
{
    public static string Describe(int change, string previousYear) => change switch
    {
        > 0 => $"up {change} on {previousYear}",
        < 0 => $"down {-change} on {previousYear}",
        _ => $"the same as {previousYear}",
    };
}
