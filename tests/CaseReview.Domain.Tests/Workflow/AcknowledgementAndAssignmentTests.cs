using CaseReview.Domain.Deadlines;
using CaseReview.Domain.Workflow;
using static CaseReview.Domain.Tests.Workflow.CaseBuilder;

namespace CaseReview.Domain.Tests.Workflow;

public sealed class AcknowledgementAndAssignmentTests
{
    [Fact]
    public void RecordingTheAcknowledgement_CompletesTheAcknowledgeStage_OnlyOnce()
    {
        var c = Submitted();

        c.RecordAcknowledgement("Acknowledgement emailed to the applicant", At(Next(c)));
        c.RecordAcknowledgement("Acknowledgement emailed to the applicant", At(Next(c)));

        Assert.Null(c.OpenDeadline(Stage.Acknowledge));
        Assert.NotNull(c.OpenDeadline(Stage.ThresholdDecision));
        Assert.Equal(CaseStatus.Received, c.Status);
        Assert.Single(c.History, h => h.Action == "acknowledge");
        Assert.Equal(1, c.Version);
    }

    [Fact]
    public void AcknowledgementAfterTheAssessmentStarted_ChangesNothing()
    {
        var c = Submitted();
        c.StartAssessment(At(Next(c)));
        var version = c.Version;

        c.RecordAcknowledgement("Acknowledgement emailed to the applicant", At(Next(c)));

        Assert.DoesNotContain(c.History, h => h.Action == "acknowledge");
        Assert.Equal(version, c.Version);
    }

    [Fact]
    public void AssigningAnOfficer_IsRecordedInTheHistory_AndRefusedOnAWithdrawnCase()
    {
        var c = Submitted();

        c.AssignOfficer("user-1", "officer.one@council.example", At(Next(c)));

        Assert.Equal("user-1", c.AssignedOfficerId);
        Assert.Equal("Assigned to officer.one@council.example", c.History[^1].Reason);
        c.Withdraw("Applicant asked", At(Next(c)));
        Assert.Equal("officerEmail", Assert.Throws<CaseRuleException>(() => c.AssignOfficer("user-2", "other@council.example", At(Next(c)))).Field);
    }
}
