using CaseReview.Domain.Deadlines;
using CaseReview.Domain.Workflow;
using static CaseReview.Domain.Tests.Workflow.CaseBuilder;

namespace CaseReview.Domain.Tests.Workflow;

public sealed class DeadlineExtensionTests
{
    [Fact]
    public void Extension_MovesTheDueDate_KeepsTheOriginal_AndIsInTheHistory()
    {
        var c = Submitted();

        c.ExtendDeadline(Stage.ThresholdDecision, new DateOnly(2026, 11, 23), "Waiting for police records", At(Next(c)));

        var deadline = c.OpenDeadline(Stage.ThresholdDecision)!;
        Assert.Equal(new DateOnly(2026, 11, 23), deadline.DueDate);
        Assert.Equal(new DateOnly(2026, 11, 16), deadline.OriginalDueDate);
        Assert.Equal("Waiting for police records", deadline.ExtensionReason);
        Assert.Equal(CaseStatus.Received, c.Status);
        Assert.Equal("extend-deadline", c.History[^1].Action);
        Assert.Contains("2026-11-16 to 2026-11-23", c.History[^1].Reason);
        Assert.Equal(1, c.Version);
    }

    [Fact]
    public void SecondExtension_KeepsTheFirstOriginalDate()
    {
        var c = Submitted();
        c.ExtendDeadline(Stage.ThresholdDecision, new DateOnly(2026, 11, 23), "First", At(Next(c)));

        c.ExtendDeadline(Stage.ThresholdDecision, new DateOnly(2026, 11, 30), "Second", At(Next(c)));

        Assert.Equal(new DateOnly(2026, 11, 16), c.OpenDeadline(Stage.ThresholdDecision)!.OriginalDueDate);
    }

    [Fact]
    public void Deadlines_CannotBeBroughtForward_OrExtendedWithoutAReason()
    {
        var c = Submitted();

        Assert.Equal("dueDate", Assert.Throws<CaseRuleException>(() => c.ExtendDeadline(Stage.ThresholdDecision, new DateOnly(2026, 11, 16), "Same day", At(Next(c)))).Field);
        Assert.Equal("reason", Assert.Throws<CaseRuleException>(() => c.ExtendDeadline(Stage.ThresholdDecision, new DateOnly(2026, 11, 20), " ", At(Next(c)))).Field);
        Assert.Equal("stage", Assert.Throws<CaseRuleException>(() => c.ExtendDeadline(Stage.Outcome, new DateOnly(2026, 12, 20), "No such stage", At(Next(c)))).Field);
        Assert.Equal(0, c.Version);
    }
}
