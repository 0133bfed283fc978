using CaseReview.Domain.Applications;
using CaseReview.Domain.Tests.Workflow;

namespace CaseReview.Domain.Tests.Review;

/// <summary>When the panel agencies' information is due: 5 working days before the meeting, never in the past.</summary>
public sealed class InformationDueDateTests
{
    [Theory]
    // Arranged on Monday 2 November 2026.
    [InlineData("2026-11-20T10:00:00Z", "2026-11-13", false)] // the usual notice
    [InlineData("2027-01-05T10:00:00Z", "2026-12-24", false)] // Christmas and New Year's bank holidays are not working days
    [InlineData("2026-11-05T10:00:00Z", "2026-11-03", true)]  // too close: the next working day
    [InlineData("2026-11-02T15:00:00Z", "2026-11-02", true)]  // later today: the meeting's own day
    public void DueDate_IsWorkingDaysBeforeTheMeeting_OrTheSoonestFairDay(string meetingAt, string due, bool shortNotice)
    {
        var meeting = DateTime.Parse(meetingAt, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);

        var (dueDate, isShort) = CaseApplication.InformationDueDate(meeting, 5, CaseBuilder.At(CaseBuilder.Start));

        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), dueDate);
        Assert.Equal(shortNotice, isShort);
    }
}
