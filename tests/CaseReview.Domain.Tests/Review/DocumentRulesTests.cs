using CaseReview.Domain.Tests.Workflow;
using CaseReview.Domain.Workflow;

namespace CaseReview.Domain.Tests.Review;

/// <summary>When documents may be attached: officers until the case is anonymised; a panel agency and the applicant while the case is before the panel.</summary>
public sealed class DocumentRulesTests
{
    [Theory]
    [InlineData(CaseStatus.Received, false)]
    [InlineData(CaseStatus.InAssessment, false)]
    [InlineData(CaseStatus.ReviewPending, true)]
    [InlineData(CaseStatus.ReviewHeld, true)]
    [InlineData(CaseStatus.OutcomeSent, false)]
    [InlineData(CaseStatus.AppealRequested, false)]
    public void ThePanelAndTheApplicant_AddDocumentsWhileTheCaseIsBeforeThePanel(CaseStatus status, bool allowed)
    {
        var c = CaseBuilder.In(status);
        var police = CaseBuilder.Agencies.Find("Police")!.Id;

        Assert.Equal(allowed, c.MayApplicantAddDocuments);
        Assert.Equal(allowed && c.HasOnPanel(police), c.MayAddAgencyDocuments(police));
        Assert.True(c.MayAddDocuments);
    }

    [Fact]
    public void AnAgencyOffThePanel_AddsNone()
    {
        var c = CaseBuilder.In(CaseStatus.ReviewPending);

        Assert.False(c.MayAddAgencyDocuments(CaseBuilder.Agencies.Find("Integrated Care Board")!.Id));
    }

    [Fact]
    public void NobodyAddsDocuments_OnceTheCaseIsAnonymised()
    {
        var c = CaseBuilder.In(CaseStatus.ReviewPending);
        c.Withdraw("Moved away.", CaseBuilder.At(CaseBuilder.Next(c)));
        c.Anonymise("Retention:ClosedCaseYears", CaseBuilder.At(CaseBuilder.Next(c)));

        Assert.False(c.MayAddDocuments);
        Assert.False(c.MayApplicantAddDocuments);
        Assert.False(c.MayAddAgencyDocuments(CaseBuilder.Agencies.Find("Police")!.Id));
    }
}
