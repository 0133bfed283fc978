using CaseReview.Domain.Applications;
using CaseReview.Domain.Deadlines;

namespace CaseReview.Domain.Tests.Workflow;

/// <summary>The statutory clocks run from the day an application was received, which staff may enter later.</summary>
public sealed class ReceivedOnTests
{
    [Fact]
    public void ALetterFromBeforeChristmas_EnteredAfterIt_IsDueByTheWorkingDaysFromItsArrival()
    {
        // Arrived Wednesday 23 December 2026; typed in on Tuesday 29 December (25 and 28 December are bank holidays).
        var entered = new DateTime(2026, 12, 29, 10, 0, 0, DateTimeKind.Utc);

        var c = CaseApplication.Submit(CaseBuilder.Details(), "CR-2026-000002", "TRACKINGCODE12345678", CaseBuilder.At(entered), new DateOnly(2026, 12, 23));

        Assert.Equal(new DateOnly(2026, 12, 29), c.OpenDeadline(Stage.Acknowledge)!.DueDate);        // 24, 29 December
        Assert.Equal(new DateOnly(2027, 1, 11), c.OpenDeadline(Stage.ThresholdDecision)!.DueDate);   // 24, 29, 30, 31 December, 4-8 and 11 January
        Assert.Equal(new DateOnly(2026, 12, 23), Domain.Calendar.WorkingDayCalendar.LondonDate(c.ReceivedAt));
        Assert.Equal("Received on 23 December 2026, entered on 29 December 2026", c.History.Single().Reason);
    }

    [Fact]
    public void NoDate_OrToday_OrALaterDay_MeansReceivedNow()
    {
        var now = CaseBuilder.Start;
        foreach (var receivedOn in new DateOnly?[] { null, new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 5) })
        {
            var c = CaseApplication.Submit(CaseBuilder.Details(), "CR-2026-000003", "TRACKINGCODE12345678", CaseBuilder.At(now), receivedOn);

            Assert.Equal(now, c.ReceivedAt);
            Assert.Null(c.History.Single().Reason);
            Assert.Equal(new DateOnly(2026, 11, 16), c.OpenDeadline(Stage.ThresholdDecision)!.DueDate);
        }
    }
}
