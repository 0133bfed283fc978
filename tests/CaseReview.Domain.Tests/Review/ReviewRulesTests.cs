using CaseReview.Domain.Applications;
using CaseReview.Domain.Tests.Workflow;
using CaseReview.Domain.Workflow;

namespace CaseReview.Domain.Tests.Review;

public sealed class ReviewRulesTests
{
    [Fact]
    public void AgencyResponse_ReplacesTheAgencysEarlierOne_AndKeepsIt()
    {
        var c = CaseBuilder.In(CaseStatus.ReviewHeld);
        var at = CaseBuilder.Next(c);

        c.RecordAgencyResponse("police", "Knew a little.", "Patrolled.", CaseBuilder.At(at));
        c.RecordAgencyResponse("Police", "Knew more.", "Patrolled and warned.", CaseBuilder.At(at.AddHours(1)));

        var current = Assert.Single(c.CurrentResponses);
        Assert.Equal(("Police", "Knew more."), (CaseBuilder.Agencies.NameOf(current.AgencyId), current.Knew));
        Assert.Equal(at.AddHours(1), c.Responses.Single(r => !r.IsCurrent).ReplacedAt);
    }

    [Fact]
    public void AFreshReviewAfterAnUpheldAppeal_StartsWithoutResponses_KeepingTheEarlierOnes()
    {
        var c = CaseBuilder.In(CaseStatus.ReviewHeld);
        c.RecordAgencyResponse("Police", "Knew.", "Did.", CaseBuilder.At(CaseBuilder.Next(c)));
        c.SendOutcome(CaseBuilder.At(CaseBuilder.Next(c)));
        c.RequestAppeal("The review ignored the housing reports.", CaseBuilder.At(CaseBuilder.Next(c)));

        c.DecideAppeal(true, "Policy not considered", CaseBuilder.At(CaseBuilder.Next(c)));

        Assert.Empty(c.CurrentResponses);
        Assert.Single(c.Responses);
    }

    [Fact]
    public void AgencyResponse_FromAnAgencyOffThePanel_IsRefused()
    {
        var c = CaseBuilder.In(CaseStatus.ReviewHeld);

        var refused = Assert.Throws<CaseRuleException>(() => c.RecordAgencyResponse("Integrated Care Board", "x", "y", CaseBuilder.At(CaseBuilder.Next(c))));

        Assert.Equal("agency", refused.Field);
    }

    [Fact]
    public void AgencyResponse_AfterTheOutcomeIsSent_IsAConflict()
    {
        var c = CaseBuilder.In(CaseStatus.OutcomeSent);

        Assert.Throws<CaseStateException>(() => c.RecordAgencyResponse("Police", "x", "y", CaseBuilder.At(CaseBuilder.Next(c))));
    }

    [Fact]
    public void RecommendationProgress_IsKeptStepByStep()
    {
        var c = CaseBuilder.In(CaseStatus.OutcomeSent);
        var id = c.Recommendations[0].Id;

        c.UpdateRecommendation(id, RecommendationStatus.InProgress, "Started", CaseBuilder.At(CaseBuilder.Next(c)));
        c.UpdateRecommendation(id, RecommendationStatus.InProgress, "Half done", CaseBuilder.At(CaseBuilder.Next(c)));

        Assert.Equal(RecommendationStatus.InProgress, c.Recommendations[0].Status);
        Assert.Equal(["Started", "Half done"], c.Recommendations[0].Updates.Select(u => u.Note));
        Assert.Throws<CaseRuleException>(() => c.UpdateRecommendation(id, RecommendationStatus.InProgress, null, CaseBuilder.At(CaseBuilder.Next(c))));
    }

    [Fact]
    public void ApplicantConsultation_IsOnlyBetweenTheReviewAndTheOutcome_AndNeverInTheFuture()
    {
        var held = CaseBuilder.In(CaseStatus.ReviewHeld);
        var sent = CaseBuilder.In(CaseStatus.OutcomeSent);
        var at = CaseBuilder.At(CaseBuilder.Next(held));

        held.RecordApplicantConsultation(at.Today, "Phone", "Agrees", at);

        Assert.Equal("Phone", held.ApplicantConsultation!.How);
        Assert.Throws<CaseStateException>(() => sent.RecordApplicantConsultation(at.Today, "Phone", null, CaseBuilder.At(CaseBuilder.Next(sent))));
        Assert.Throws<CaseRuleException>(() => held.RecordApplicantConsultation(at.Today.AddDays(1), "Phone", null, at));
    }
}
