using System.Globalization;
using CaseReview.Domain.Calendar;
using CaseReview.Domain.Deadlines;

namespace CaseReview.UseCases.Email;

/// <summary>Dates and stages written the GOV.UK way ("Wednesday 30 December 2026").</summary>
public static class EmailWords
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly date) => date.ToString("dddd d MMMM yyyy", British);

    public static string DateAndTime(DateTime utc)
    {
        var london = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
        var time = london.ToString(london.Minute == 0 ? "h tt" : "h:mm tt", British).ToLowerInvariant().Replace(" ", string.Empty, StringComparison.Ordinal);
        return $"{Date(WorkingDayCalendar.LondonDate(utc))} at {time}";
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
