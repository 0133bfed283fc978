using CaseReview.Domain.Applications;
using CaseReview.Domain.Deadlines;
using CaseReview.Domain.Threshold;
using CaseReview.Domain.Workflow;
using static CaseReview.Domain.Tests.Workflow.CaseBuilder;

namespace CaseReview.Domain.Tests.Workflow;

public sealed class CaseWorkflowTests
{
    [Fact]
    public void Submit_SetsReceived_AndStartsAcknowledgementAndThresholdClocks()
    {
        var c = Submitted();

        Assert.Equal(CaseStatus.Received, c.Status);
        Assert.Equal(new DateOnly(2026, 11, 4), c.OpenDeadline(Stage.Acknowledge)!.DueDate);
        Assert.Equal(new DateOnly(2026, 11, 16), c.OpenDeadline(Stage.ThresholdDecision)!.DueDate);
        var row = Assert.Single(c.History);
        Assert.Null(row.From);
        Assert.Equal("submit", row.Action);
        Assert.Equal(Actor.Applicant.Id, row.ActorId);
    }

    [Fact]
    public void StartAssessment_FromReceived_SetsInAssessment_AndStopsTheAcknowledgementClock()
    {
        var c = Submitted();

        c.StartAssessment(At(Next(c)));

        Assert.Equal(CaseStatus.InAssessment, c.Status);
        Assert.Null(c.OpenDeadline(Stage.Acknowledge));
        Assert.NotNull(c.OpenDeadline(Stage.ThresholdDecision));
    }

    [Fact]
    public void CannotStartAssessment_WhenAlreadyInAssessment()
    {
        var c = In(CaseStatus.InAssessment);

        var refused = Assert.Throws<ActionNotAllowedException>(() => c.StartAssessment(At(Next(c))));

        Assert.Equal(["threshold-decision", "withdraw"], refused.AllowedActions);
        Assert.Equal(CaseStatus.InAssessment, c.Status);
    }

    [Fact]
    public void ThresholdMet_SetsReviewPending_AndStartsTheReviewMeetingClock()
    {
        var c = In(CaseStatus.InAssessment);

        c.DecideThreshold(true, null, Met, Settings, At(new DateTime(2026, 11, 5, 9, 0, 0, DateTimeKind.Utc)));

        Assert.Equal(CaseStatus.ReviewPending, c.Status);
        Assert.Equal(ThresholdRule.StatutoryCount, c.ThresholdDecision!.Rule);
        Assert.Null(c.OpenDeadline(Stage.ThresholdDecision));
        Assert.Equal(new DateOnly(2026, 12, 3), c.OpenDeadline(Stage.ReviewMeeting)!.DueDate);
    }

    [Fact]
    public void ThresholdNotMet_SetsThresholdNotMet_AndOpensTheAppealWindow()
    {
        var c = In(CaseStatus.InAssessment);

        c.DecideThreshold(false, null, NotMet, Settings, At(Next(c)));

        Assert.Equal(CaseStatus.ThresholdNotMet, c.Status);
        Assert.NotNull(c.OpenDeadline(Stage.AppealWindow));
        Assert.Equal("One incident.", c.ThresholdDecision!.Reason);
    }

    [Fact]
    public void CannotDecideThreshold_BeforeAssessmentStarts()
    {
        var c = Submitted();

        Assert.Throws<ActionNotAllowedException>(() => c.DecideThreshold(true, null, Met, Settings, At(Next(c))));
        Assert.Equal(CaseStatus.Received, c.Status);
    }

    [Fact]
    public void DecisionAgainstTheSuggestion_WithoutAReason_IsRefused()
    {
        var c = In(CaseStatus.InAssessment);

        var refused = Assert.Throws<CaseRuleException>(() => c.DecideThreshold(false, " ", Met, Settings, At(Next(c))));

        Assert.Equal("reason", refused.Field);
        Assert.Equal(CaseStatus.InAssessment, c.Status);
    }

    [Fact]
    public void AcceptingBelowTheThreshold_WithAReason_IsRecordedAsDiscretion()
    {
        var c = In(CaseStatus.InAssessment);

        c.DecideThreshold(true, "Vulnerable victim", NotMet, Settings, At(Next(c)));

        Assert.Equal(CaseStatus.ReviewPending, c.Status);
        Assert.Equal(ThresholdRule.Discretion, c.ThresholdDecision!.Rule);
        Assert.Equal("Vulnerable victim", c.History[^1].Reason);
    }

    [Fact]
    public void AcceptingBelowTheThreshold_IsRefused_WhenDiscretionIsTurnedOff()
    {
        var c = In(CaseStatus.InAssessment);

        var refused = Assert.Throws<CaseRuleException>(() =>
            c.DecideThreshold(true, "Vulnerable victim", NotMet, Settings with { DiscretionaryAcceptance = false }, At(Next(c))));

        Assert.Equal("met", refused.Field);
    }

    [Fact]
    public void ScheduleReview_KeepsReviewPending_AndRecordsMeetingAndPanel()
    {
        var c = In(CaseStatus.ReviewPending);
        var meeting = new DateTime(2026, 11, 20, 10, 0, 0, DateTimeKind.Utc);

        c.ScheduleReview(meeting, ["Police", "police", "Council"], chair: null, participation: null, At(Next(c)));

        Assert.Equal(CaseStatus.ReviewPending, c.Status);
        Assert.Equal(meeting, c.Meeting.At);
        Assert.Equal(["Police", "Council"], CaseBuilder.Agencies.NamesOf(c.PanelAgencyIds));
        Assert.Equal(["schedule-review", "information-requested"], c.History.TakeLast(2).Select(h => h.Action));
        Assert.Equal(["Police", "Council"], CaseBuilder.Agencies.NamesOf(c.CurrentInformationRequests.Select(r => r.AgencyId)));
    }

    [Fact]
    public void CannotRecordReview_BeforeAMeetingIsScheduled()
    {
        var c = In(CaseStatus.ReviewPending);

        Assert.Throws<ActionNotAllowedException>(() => c.RecordReview("Findings", "Summary", [], At(Next(c))));
        Assert.DoesNotContain(CaseAction.RecordReview, c.AllowedActions(Next(c), Planner));
    }

    [Fact]
    public void RecordReview_SetsReviewHeld_AndStartsTheOutcomeClock()
    {
        var c = In(CaseStatus.ReviewHeld);

        Assert.Equal(CaseStatus.ReviewHeld, c.Status);
        Assert.Single(c.Recommendations);
        Assert.Null(c.OpenDeadline(Stage.ReviewMeeting));
        Assert.NotNull(c.OpenDeadline(Stage.Outcome));
    }

    [Fact]
    public void SendOutcome_SetsOutcomeSent_AndOpensTheAppealWindow()
    {
        var c = In(CaseStatus.ReviewHeld);

        c.SendOutcome(At(Next(c)));

        Assert.Equal(CaseStatus.OutcomeSent, c.Status);
        Assert.Null(c.OpenDeadline(Stage.Outcome));
        Assert.NotNull(c.OpenDeadline(Stage.AppealWindow));
    }

    [Fact]
    public void CannotSendOutcome_BeforeTheReviewIsHeld()
    {
        var c = In(CaseStatus.ReviewPending);

        Assert.Throws<ActionNotAllowedException>(() => c.SendOutcome(At(Next(c))));
    }

    [Fact]
    public void AppealAfterOutcome_SetsAppealRequested_AsAReviewAppeal()
    {
        var c = In(CaseStatus.AppealRequested);

        Assert.Equal(AppealKind.Review, c.Appeal!.Kind);
        Assert.Null(c.OpenDeadline(Stage.AppealWindow));
        Assert.NotNull(c.OpenDeadline(Stage.AppealDecision));
    }

    [Fact]
    public void AppealAfterThresholdNotMet_IsAThresholdAppeal()
    {
        var c = In(CaseStatus.ThresholdNotMet);

        c.RequestAppeal("Threshold wrongly applied", At(Next(c)));

        Assert.Equal(CaseStatus.AppealRequested, c.Status);
        Assert.Equal(AppealKind.Threshold, c.Appeal!.Kind);
    }

    [Fact]
    public void CannotAppeal_OnceTheWindowHasClosed()
    {
        var c = In(CaseStatus.OutcomeSent);
        var window = c.OpenDeadline(Stage.AppealWindow)!.DueDate;
        var dayAfter = window.AddDays(1).ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);

        Assert.Throws<ActionNotAllowedException>(() => c.RequestAppeal("Too late", At(dayAfter)));
        c.RequestAppeal("Just in time", At(window.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc)));
        Assert.Equal(CaseStatus.AppealRequested, c.Status);
    }

    [Fact]
    public void UpheldThresholdAppeal_ReturnsToAssessment_WithAFreshDecisionClock()
    {
        var c = In(CaseStatus.ThresholdNotMet);
        c.RequestAppeal("Threshold wrongly applied", At(Next(c)));

        c.DecideAppeal(true, "Facts not considered", At(Next(c)));

        Assert.Equal(CaseStatus.InAssessment, c.Status);
        Assert.NotNull(c.OpenDeadline(Stage.ThresholdDecision));
        Assert.Null(c.OpenDeadline(Stage.AppealDecision));
    }

    [Fact]
    public void UpheldReviewAppeal_ReturnsToReviewPending_AndNeedsANewMeeting()
    {
        var c = In(CaseStatus.AppealRequested);

        c.DecideAppeal(true, "Policy not considered", At(Next(c)));

        Assert.Equal(CaseStatus.ReviewPending, c.Status);
        Assert.Null(c.Meeting.At);
        Assert.NotNull(c.OpenDeadline(Stage.ReviewMeeting));
        Assert.DoesNotContain(CaseAction.RecordReview, c.AllowedActions(Next(c), Planner));
    }

    [Fact]
    public void AppealNotUpheld_ClosesTheCase()
    {
        var c = In(CaseStatus.AppealRequested);

        c.DecideAppeal(false, "Review was carried out properly", At(Next(c)));

        Assert.Equal(CaseStatus.Closed, c.Status);
        Assert.Empty(c.AllowedActions(Next(c), Planner));
    }

    [Fact]
    public void CannotDecideAnAppeal_ThatWasNotRequested()
    {
        var c = In(CaseStatus.OutcomeSent);

        Assert.Throws<ActionNotAllowedException>(() => c.DecideAppeal(true, "x", At(Next(c))));
    }

    [Fact]
    public void CannotClose_WhileTheAppealWindowIsOpen()
    {
        var c = In(CaseStatus.ThresholdNotMet);

        Assert.Throws<ActionNotAllowedException>(() => c.Close("Done", At(Next(c))));
    }

    [Theory]
    [InlineData(CaseStatus.ThresholdNotMet)]
    [InlineData(CaseStatus.OutcomeSent)]
    public void Close_AfterTheAppealWindowEnds_SetsClosed_AndStopsEveryClock(CaseStatus from)
    {
        var c = In(from);
        var after = c.OpenDeadline(Stage.AppealWindow)!.DueDate.AddDays(1).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);

        c.Close("No appeal received", At(after));

        Assert.Equal(CaseStatus.Closed, c.Status);
        Assert.DoesNotContain(c.Deadlines, d => d.IsOpen);
        Assert.Equal("No appeal received", c.ClosureReason);
    }

    [Theory]
    [InlineData(CaseStatus.Received)]
    [InlineData(CaseStatus.InAssessment)]
    [InlineData(CaseStatus.ThresholdNotMet)]
    [InlineData(CaseStatus.ReviewPending)]
    [InlineData(CaseStatus.ReviewHeld)]
    [InlineData(CaseStatus.OutcomeSent)]
    [InlineData(CaseStatus.AppealRequested)]
    public void Withdraw_FromAnyOpenStatus_SetsWithdrawn_AndStopsEveryClock(CaseStatus from)
    {
        var c = In(from);

        c.Withdraw("Applicant moved away", At(Next(c)));

        Assert.Equal(CaseStatus.Withdrawn, c.Status);
        Assert.DoesNotContain(c.Deadlines, d => d.IsOpen);
        Assert.Empty(c.AllowedActions(Next(c), Planner));
    }

    [Fact]
    public void CannotWithdraw_AWithdrawnOrClosedCase()
    {
        var withdrawn = Submitted();
        withdrawn.Withdraw("Moved", At(Next(withdrawn)));
        var closed = In(CaseStatus.AppealRequested);
        closed.DecideAppeal(false, "Not upheld", At(Next(closed)));

        Assert.Throws<ActionNotAllowedException>(() => withdrawn.Withdraw("Again", At(Next(withdrawn))));
        Assert.Throws<ActionNotAllowedException>(() => closed.Withdraw("Again", At(Next(closed))));
    }

    [Fact]
    public void EveryTransition_AppendsAHistoryRow_AndBumpsTheVersion()
    {
        var c = In(CaseStatus.AppealRequested);

        Assert.Equal(
            ["submit", "start-assessment", "threshold-decision", "schedule-review", "information-requested", "record-review", "send-outcome", "appeal"],
            c.History.Select(h => h.Action));
        Assert.Equal(6, c.Version);
        Assert.All(c.History.Skip(1), h => Assert.Equal(Officer.Id, h.ActorId));
        Assert.Equal(c.History.Select(h => h.OccurredAt).Order(), c.History.Select(h => h.OccurredAt));
        Assert.Equal(CaseStatus.OutcomeSent, c.History[^1].From);
        Assert.Equal(CaseStatus.AppealRequested, c.History[^1].To);
    }

    [Fact]
    public void AllowedActions_ComeFromTheMachine()
    {
        Assert.Equal([CaseAction.StartAssessment, CaseAction.Withdraw], Submitted().AllowedActions(Start, Planner));
        var held = In(CaseStatus.ReviewHeld);
        Assert.Equal([CaseAction.SendOutcome, CaseAction.Withdraw], held.AllowedActions(Next(held), Planner));
    }

    [Fact]
    public void WorkflowDiagram_NamesEveryStatus()
    {
        var diagram = CaseApplication.WorkflowDiagram();

        foreach (var status in Enum.GetNames<CaseStatus>())
        {
            Assert.Contains(status, diagram);
        }
    }
}
