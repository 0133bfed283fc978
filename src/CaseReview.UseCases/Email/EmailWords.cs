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

    /// <summary>
    /// The name in "Dear ...": only when it looks like a name (letters, spaces, hyphens, apostrophes, full stops; up to
    /// 6 words and 60 characters). Otherwise "applicant": the name is typed by anyone, and free text in a greeting
    /// would let a stranger write their own message under the council's name.
    /// </summary>
    public static string Greeting(string? name)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        var looksLikeAName = trimmed.Length is > 0 and <= 60
            && trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6
            && trimmed.Any(char.IsLetter)
            && trimmed.All(c => char.IsLetter(c) || c is ' ' or '-' or '\'' or '\u2019' or '.' || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark);
        return looksLikeAName ? trimmed : "applicant";
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
