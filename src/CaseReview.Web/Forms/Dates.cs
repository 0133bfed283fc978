using System.Globalization;

namespace CaseReview.Web.Forms;

public static class Dates
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"2 November 2026", as GOV.UK writes dates.</summary>
    public static string Long(DateOnly date) => date.ToString("d MMMM yyyy", English);

    public static string Long(DateOnly? date) => date is { } d ? Long(d) : string.Empty;

    /// <summary>"Wednesday 30 December 2026": with the day of the week, for deadlines.</summary>
    public static string WithDay(DateOnly date) => date.ToString("dddd d MMMM yyyy", English);

    /// <summary>"2 November 2026 at 9:05am": a moment in UK time, as GOV.UK writes times.</summary>
    public static string LondonTime(DateTime utc) =>
        $"{Long(Domain.Calendar.WorkingDayCalendar.LondonDate(utc))} at {UseCases.Email.EmailWords.Time(utc)}";
}
