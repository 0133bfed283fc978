using CaseReview.Domain.Applications;
using CaseReview.Domain.Tests.Workflow;
using CaseReview.Domain.Workflow;

namespace CaseReview.Domain.Tests.Applications;

public sealed class RestrictionTests
{
    [Fact]
    public void RestrictProcessing_RecordsTheGroundWhoAndWhen_AndTheReasonInTheHistory()
    {
        var c = CaseBuilder.Submitted();
        var at = CaseBuilder.Next(c);

        c.RestrictProcessing(RestrictionGround.LegalClaims, " The solicitor asked us to keep it. ", CaseBuilder.At(at));

        Assert.True(c.IsRestricted);
        Assert.Equal((RestrictionGround.LegalClaims, at, CaseBuilder.Officer.DisplayName), (c.RestrictionGround!.Value, c.RestrictedAt!.Value, c.RestrictedBy));
        var line = c.History[^1];
        Assert.Equal((CaseApplication.RestrictAction, CaseStatus.Received, CaseStatus.Received), (line.Action, line.From, line.To));
        Assert.EndsWith("The solicitor asked us to keep it.", line.Reason, StringComparison.Ordinal);
        Assert.Contains("Article 18(1)(c)", line.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ARestrictedCase_AllowsNoWorkflowAction_AndRefusesOneWithTheRestriction()
    {
        var c = CaseBuilder.Submitted();
        c.RestrictProcessing(RestrictionGround.AccuracyContested, "Dates contested.", CaseBuilder.At(CaseBuilder.Next(c)));
        var version = c.Version;

        Assert.Empty(c.AllowedActions(CaseBuilder.Next(c), CaseBuilder.Planner));
        var refused = Assert.Throws<CaseStateException>(() => c.StartAssessment(CaseBuilder.At(CaseBuilder.Next(c))));
        Assert.StartsWith("Processing of this case is restricted", refused.Message, StringComparison.Ordinal);
        Assert.Equal((CaseStatus.Received, version), (c.Status, c.Version));
    }

    [Fact]
    public void LiftRestriction_LetsTheCaseBeWorkedOnAgain()
    {
        var c = CaseBuilder.Submitted();
        c.RestrictProcessing(RestrictionGround.ObjectionPending, "Objected.", CaseBuilder.At(CaseBuilder.Next(c)));

        c.LiftRestriction("The council's grounds override.", CaseBuilder.At(CaseBuilder.Next(c)));
        c.StartAssessment(CaseBuilder.At(CaseBuilder.Next(c)));

        Assert.False(c.IsRestricted);
        Assert.Null(c.RestrictionGround);
        Assert.Equal(CaseStatus.InAssessment, c.Status);
        Assert.Contains(c.History, h => h.Action == CaseApplication.LiftRestrictionAction && h.Reason!.EndsWith("The council's grounds override.", StringComparison.Ordinal));
    }

    [Fact]
    public void CannotRestrictTwice_LiftWhatIsNotRestricted_RestrictAnAnonymisedCase_OrAnonymiseARestrictedOne()
    {
        var c = CaseBuilder.Submitted();
        Assert.Throws<CaseStateException>(() => c.LiftRestriction("Nothing.", CaseBuilder.At(CaseBuilder.Next(c))));
        c.Withdraw("Moved away.", CaseBuilder.At(CaseBuilder.Next(c)));
        c.RestrictProcessing(RestrictionGround.LegalClaims, "Kept.", CaseBuilder.At(CaseBuilder.Next(c)));

        Assert.Throws<CaseStateException>(() => c.RestrictProcessing(RestrictionGround.UnlawfulProcessing, "Again.", CaseBuilder.At(CaseBuilder.Next(c))));
        Assert.Throws<CaseStateException>(() => c.Anonymise("Retention:ClosedCaseYears", CaseBuilder.At(CaseBuilder.Next(c))));
        Assert.False(c.IsAnonymised);

        c.LiftRestriction("Settled.", CaseBuilder.At(CaseBuilder.Next(c)));
        c.Anonymise("Retention:ClosedCaseYears", CaseBuilder.At(CaseBuilder.Next(c)));
        Assert.Throws<CaseStateException>(() => c.RestrictProcessing(RestrictionGround.LegalClaims, "Too late.", CaseBuilder.At(CaseBuilder.Next(c))));
    }

    [Theory]
    [InlineData("accuracy-contested", RestrictionGround.AccuracyContested)]
    [InlineData("Unlawful-Processing", RestrictionGround.UnlawfulProcessing)]
    [InlineData("legal-claims", RestrictionGround.LegalClaims)]
    [InlineData(" objection-pending ", RestrictionGround.ObjectionPending)]
    public void TheFourGrounds_AreNamedAsTheApiSpeaksThem(string name, RestrictionGround ground) =>
        Assert.Equal(ground, RestrictionGrounds.Parse(name));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("AccuracyContested")]
    [InlineData("because")]
    public void AnythingElse_IsNoGround(string? name) => Assert.Null(RestrictionGrounds.Parse(name));
}
