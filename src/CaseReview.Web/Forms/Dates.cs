using System.Globalization;

namespace CaseReview.Web.Forms;

public static class Dates
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"2 November 2026", as GOV.UK writes dates.</summary>
    public static string Long(DateOnly date) => date.ToString("d MMMM yyyy", English);

    public static string Long(DateOnly? date) => date is { } d ? Long(d) : string.Empty;
}
