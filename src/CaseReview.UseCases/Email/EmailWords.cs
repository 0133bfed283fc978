using System.Globalization;
using CaseReview.Domain.Calendar;
using CaseReview.Domain.Deadlines;

namespace CaseReview.UseCases.Email;

/// <summary>Dates and stages written the GOV.UK way ("Wednesday 30 December 2026").</summary>
public static class EmailWords
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly date) => date.ToString("dddd d MMMM yyyy", British);

    /// <summary>"Wednesday 30 December 2026 at 2:30pm", in UK time.</summary>
    public static string DateAndTime(DateTime utc) => $"{Date(WorkingDayCalendar.LondonDate(utc))} at {Time(utc)}";

    /// <summary>The UK clock time of an instant as GOV.UK writes it: "9am", "2:30pm".</summary>
    public static string Time(DateTime utc)
    {
        var london = WorkingDayCalendar.LondonTime(utc);
        return london.ToString(london.Minute == 0 ? "h tt" : "h:mm tt", British).ToLowerInvariant().Replace(" ", string.Empty, StringComparison.Ordinal);
    }

    /// <summary>The stage as staff name it in a reminder.</summary>
    public static string StageName(Stage stage) => stage switch
    {
        Stage.Acknowledge => "acknowledgement",
        Stage.ThresholdDecision => "threshold decision",
        Stage.ReviewMeeting => "case review meeting",
        Stage.Outcome => "outcome letter",
        Stage.AppealWindow => "appeal window",
        Stage.AppealDecision => "appeal decision",
        _ => stage.ToString(),
    };
}
