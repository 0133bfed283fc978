using CaseReview.Domain.Applications;
using CaseReview.Domain.Tests.Workflow;
using CaseReview.Domain.Workflow;

namespace CaseReview.Domain.Tests.Applications;

/// <summary>Correcting a case's details: the value replaced is kept, the derived keys follow, and the rules hold.</summary>
public sealed class CorrectionTests
{
    [Fact]
    public void ACorrection_KeepsTheOldValue_AndTheKeysFollowTheNewOne()
    {
        var c = CaseBuilder.Submitted();
        var version = c.Version;

        var correction = c.Correct("applicant.postcode", " b17 1aa ", "Typing slip.", CaseBuilder.At(CaseBuilder.Start.AddDays(1)));

        Assert.Equal((null, "B17 1AA", "Typing slip."), (correction.OldValue, correction.NewValue, correction.Reason));
        Assert.Equal("B17 1AA", c.Applicant.Postcode);
        Assert.Equal("B171AA", c.ApplicantPostcodeKey);
        Assert.Contains("b171aa", c.SearchText, StringComparison.Ordinal);
        Assert.Equal(version + 1, c.Version);
        Assert.Same(correction, Assert.Single(c.Corrections));
    }

    [Fact]
    public void AComplaintsIndex_CountsInTheOrderTheCaseShowsThem()
    {
        var c = CaseApplication.Submit(
            CaseBuilder.Details() with
            {
                Complaints = [new Complaint(new DateOnly(2026, 10, 20), new DateOnly(2026, 10, 21), "Police", null, null), new Complaint(new DateOnly(2026, 10, 2), new DateOnly(2026, 10, 3), "Council", null, null)],
            },
            "CR-2026-000001", "TRACKINGCODE12345678", CaseBuilder.At(CaseBuilder.Start, Actor.Applicant));
        var second = c.ComplaintsInOrder[1];
        Assert.Equal("Police", second.Agency); // by incident date, not the order given

        c.Correct("complaints[1].agencyReference", "PC-123", "The police gave the number.", CaseBuilder.At(CaseBuilder.Start));

        Assert.Equal("PC-123", second.AgencyReference);
        Assert.Equal("Complaint 2: the agency's reference", CaseApplication.DetailLabel("complaints[1].agencyReference"));
    }

    [Theory]
    [InlineData("victim.name", "Vera", "field")]
    [InlineData("applicant.name", "", "value")]
    [InlineData("applicant.email", null, "value")]
    [InlineData("nonsense", "x", "field")]
    [InlineData("complaints[3].summary", "x", "field")]
    public void ImpossibleCorrections_AreRefused_OnTheirField(string field, string? value, string expectedField)
    {
        var c = CaseBuilder.Submitted();

        var refused = Assert.Throws<CaseRuleException>(() => c.Correct(field, value, "Asked.", CaseBuilder.At(CaseBuilder.Start)));

        Assert.Equal(expectedField, refused.Field);
        Assert.Empty(c.Corrections);
    }

    [Fact]
    public void AnAnonymisedCase_HasNothingLeftToCorrect_AndItsCorrectionsLoseTheirWords()
    {
        var c = CaseBuilder.Submitted();
        c.Correct("location", "Elm Close garages", "Clearer.", CaseBuilder.At(CaseBuilder.Start));
        c.Withdraw("Moved.", CaseBuilder.At(CaseBuilder.Start.AddDays(1)));
        c.Anonymise("Retention", CaseBuilder.At(CaseBuilder.Start.AddYears(7)));

        var correction = Assert.Single(c.Corrections);
        Assert.Equal((CaseApplication.AnonymisedText, CaseApplication.AnonymisedText, CaseApplication.AnonymisedText), (correction.OldValue, correction.NewValue, correction.Reason));
        Assert.Throws<CaseStateException>(() => c.Correct("location", "Elm Close", "Again.", CaseBuilder.At(CaseBuilder.Start.AddYears(7))));
    }
}
