using CaseReview.Domain.Review;
using CaseReview.Domain.Tests.Workflow;
using CaseReview.Domain.Workflow;

namespace CaseReview.Domain.Tests.Review;

/// <summary>The review meeting as one value on the case: when, who chairs it and how the applicant takes part.</summary>
public sealed class ReviewMeetingTests
{
    private static readonly DateTime Monday = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void ANewCase_HasNoMeetingArranged_AndNobodyChairsIt()
    {
        var c = CaseBuilder.Submitted();

        Assert.False(c.Meeting.IsArranged);
        Assert.Null(c.Meeting.At);
        Assert.Null(c.Meeting.Chair);
        Assert.Null(c.Meeting.ApplicantParticipation);
    }

    [Fact]
    public void MovingTheMeeting_KeepsTheChairAndTheApplicantsChoice_UnlessOthersAreNamed()
    {
        var c = CaseBuilder.In(CaseStatus.ReviewPending);
        c.ScheduleReview(Monday, ["Police"], new PanelChair("chair-1", "chair@council.example"), ApplicantParticipation.Online, CaseBuilder.At(CaseBuilder.Next(c)));

        c.ScheduleReview(Monday.AddDays(1), [], chair: null, participation: null, CaseBuilder.At(CaseBuilder.Next(c)));
        var moved = c.Meeting;
        c.ScheduleReview(Monday.AddDays(2), [], new PanelChair(null, "Sam Independent"), ApplicantParticipation.WrittenViews, CaseBuilder.At(CaseBuilder.Next(c)));

        Assert.Equal(new ReviewMeeting(Monday.AddDays(1), "chair-1", "chair@council.example", ApplicantParticipation.Online), moved);
        Assert.Equal(new PanelChair(null, "Sam Independent"), c.Meeting.Chair);
        Assert.Equal(ApplicantParticipation.WrittenViews, c.Meeting.ApplicantParticipation);
        Assert.Equal(Monday.AddDays(2), c.Meeting.At);
    }

    [Fact]
    public void AnUpheldAppealAgainstTheReview_SetsTheTimeAside_KeepingTheChairAndTheApplicantsChoice()
    {
        var c = CaseBuilder.In(CaseStatus.ReviewPending);
        c.ScheduleReview(CaseBuilder.Next(c), ["Police"], new PanelChair("chair-1", "chair@council.example"), ApplicantParticipation.InPerson, CaseBuilder.At(CaseBuilder.Next(c)));
        c.RecordReview("Findings.", "The police will patrol.", [], CaseBuilder.At(CaseBuilder.Next(c)));
        c.SendOutcome(CaseBuilder.At(CaseBuilder.Next(c)));
        c.RequestAppeal("The review ignored the housing reports.", CaseBuilder.At(CaseBuilder.Next(c)));

        c.DecideAppeal(true, "Policy not considered", CaseBuilder.At(CaseBuilder.Next(c)));

        Assert.Equal(new ReviewMeeting(null, "chair-1", "chair@council.example", ApplicantParticipation.InPerson), c.Meeting);
        Assert.False(c.Meeting.IsArranged);
        Assert.DoesNotContain(CaseAction.RecordReview, c.AllowedActions(CaseBuilder.Next(c), CaseBuilder.Planner));
    }
}
