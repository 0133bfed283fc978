using CaseReview.Domain.Applications;
using CaseReview.Domain.Workflow;
using static CaseReview.Domain.Tests.Workflow.CaseBuilder;

namespace CaseReview.Domain.Tests.Workflow;

/// <summary>Whose decision an appeal is against: none of them may decide it (issue 17, part 5).</summary>
public sealed class DecisionsUnderAppealTests
{
    private static readonly Actor Assessor = new("assessor", "assessor@council.example");
    private static readonly Actor Chair = new("chair", "chair@police.example");
    private static readonly Actor Sender = new("sender", "sender@council.example");
    private static readonly Actor Reviewer = new("reviewer", "reviewer@pcc.example");

    [Fact]
    public void AThresholdAppeal_IsAgainstWhoeverRecordedTheThresholdDecision()
    {
        var c = In(CaseStatus.InAssessment);
        c.DecideThreshold(false, null, NotMet, Settings, At(Next(c), Assessor));
        Assert.Empty(c.DecisionsUnderAppeal());

        c.RequestAppeal("Two incidents were not counted.", At(Next(c), Actor.Applicant));

        Assert.Equal(["assessor"], c.DecisionsUnderAppeal().Select(h => h.ActorId));
        Assert.True(c.MadeDecisionUnderAppeal("assessor"));
        Assert.False(c.MadeDecisionUnderAppeal(Officer.Id));
        Assert.False(c.MadeDecisionUnderAppeal(Actor.Applicant.Id));
    }

    [Fact]
    public void AReviewAppeal_IsAgainstWhoeverRecordedTheOutcome_AndWhoeverSentIt_NotTheThresholdDecision()
    {
        var c = In(CaseStatus.ReviewPending);
        c.ScheduleReview(Next(c), ["Police"], chair: null, participation: null, At(c.History[^1].OccurredAt));
        c.RecordReview("Findings", "The police will patrol.", [], At(Next(c), Chair));
        c.SendOutcome(At(Next(c), Sender));
        c.RequestAppeal("The panel ignored the housing reports.", At(Next(c), Actor.Applicant));

        Assert.Equal(["chair", "sender"], c.DecisionsUnderAppeal().Select(h => h.ActorId));
        Assert.False(c.MadeDecisionUnderAppeal(Officer.Id)); // the threshold decision is not under appeal
        Assert.Null(c.AppealDecisionRecord);

        c.DecideAppeal(false, "The review was sound.", At(Next(c), Reviewer));

        Assert.Equal("reviewer", c.AppealDecisionRecord!.ActorId);
    }

    [Fact]
    public void ASecondAppeal_IsAgainstTheDecisionMadeAfterTheFirst()
    {
        var c = In(CaseStatus.InAssessment);
        c.DecideThreshold(false, null, NotMet, Settings, At(Next(c), Assessor));
        c.RequestAppeal("Two incidents were not counted.", At(Next(c), Actor.Applicant));
        c.DecideAppeal(true, "They should have been counted.", At(Next(c), Reviewer));
        c.DecideThreshold(false, null, NotMet, Settings, At(Next(c), Officer));
        c.RequestAppeal("Still not counted.", At(Next(c), Actor.Applicant));

        Assert.Equal([Officer.Id], c.DecisionsUnderAppeal().Select(h => h.ActorId));
        Assert.Null(c.AppealDecisionRecord);
    }
}
