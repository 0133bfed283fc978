using CaseReview.Domain.Applications;
using CaseReview.Domain.Tests.Workflow;
using CaseReview.Domain.Workflow;

namespace CaseReview.Domain.Tests.Review;

public sealed class CaseLinkAndMatchKeyTests
{
    [Theory]
    [InlineData("B98 8AH", "b988ah")]
    [InlineData(" b98  8ah ", "B98 8AH")]
    public void Postcodes_MatchWhateverTheSpacingAndCase(string one, string other) =>
        Assert.Equal(MatchKeys.Postcode(one), MatchKeys.Postcode(other));

    [Fact]
    public void Addresses_MatchIgnoringPunctuationAndCase() =>
        Assert.Equal(MatchKeys.Address("1 High Street, Redditch"), MatchKeys.Address("1  HIGH street redditch."));

    [Theory]
    [InlineData("+44 7700 900123", "07700900123")]
    [InlineData("07700 900 123", "07700-900-123")]
    [InlineData("+44 (0)7700 900123", "07700 900123")]
    public void PhoneNumbers_MatchWrittenEitherWay(string one, string other) =>
        Assert.Equal(MatchKeys.Phone(one), MatchKeys.Phone(other));

    [Fact]
    public void BlankDetails_MatchNothing()
    {
        Assert.Null(MatchKeys.Postcode("  "));
        Assert.Null(MatchKeys.Address(", ,"));
        Assert.Null(MatchKeys.Email(null));
        Assert.Null(MatchKeys.Phone("12"));
    }

    [Fact]
    public void Linking_IsSymmetric_AndWrittenInBothHistories()
    {
        var one = CaseBuilder.Submitted();
        var other = CaseApplication.Submit(CaseBuilder.Details(), "CR-2026-000002", "TRACKINGCODE87654321", CaseBuilder.At(CaseBuilder.Start, Actor.Applicant));

        one.LinkTo(other, "Same neighbour", CaseBuilder.At(CaseBuilder.Start.AddHours(1)));

        Assert.True(one.IsLinkedTo(other));
        Assert.True(other.IsLinkedTo(one));
        Assert.Equal("CR-2026-000002", one.Links.Single().LinkedReference);
        Assert.Equal("linked", other.History[^1].Action);
        Assert.Throws<CaseStateException>(() => other.LinkTo(one, "Again", CaseBuilder.At(CaseBuilder.Start.AddHours(2))));

        Assert.True(other.UnlinkFrom(one, CaseBuilder.At(CaseBuilder.Start.AddHours(3))));
        Assert.Empty(one.Links);
        Assert.False(one.UnlinkFrom(other, CaseBuilder.At(CaseBuilder.Start.AddHours(4))));
    }

    [Fact]
    public void ACase_CannotBeLinkedToItself()
    {
        var one = CaseBuilder.Submitted();

        Assert.Throws<CaseRuleException>(() => one.LinkTo(one, "Oops", CaseBuilder.At(CaseBuilder.Start)));
    }
}
