using CaseReview.Domain.Calendar;
using CaseReview.Domain.Deadlines;

namespace CaseReview.Domain.Tests.Deadlines;

/// <summary>The dashboard and the published timeliness figures both count with this one rule.</summary>
public sealed class OnTimeRuleTests
{
    [Fact]
    public void StageDoneOnItsDueDate_IsOnTime() =>
        Assert.True(StageDeadline.IsOnTime(new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 16)));

    [Fact]
    public void StageDoneTheDayAfterItsDueDate_IsLate() =>
        Assert.False(StageDeadline.IsOnTime(new DateOnly(2026, 11, 17), new DateOnly(2026, 11, 16)));

    [Fact]
    public void StageDoneLateInTheEveningInSummer_CountsByTheUkDate()
    {
        // 23:30 UTC on 1 July is 00:30 on 2 July in London: a day late for a stage due on 1 July.
        var doneOn = WorkingDayCalendar.LondonDate(new DateTime(2027, 7, 1, 23, 30, 0, DateTimeKind.Utc));
        Assert.False(StageDeadline.IsOnTime(doneOn, new DateOnly(2027, 7, 1)));
    }
}
