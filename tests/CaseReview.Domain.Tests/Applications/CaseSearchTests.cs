using CaseReview.Domain.Applications;
using CaseReview.Domain.Tests.Workflow;

namespace CaseReview.Domain.Tests.Applications;

public sealed class CaseSearchTests
{
    private static CaseApplication Priya() => CaseApplication.Submit(
        CaseBuilder.Details() with
        {
            Applicant = new Applicant("Priya Shah", "Priya@Example.org", "+44 7700 900456", "4 Elm Close, Harborne", "B17 1AA", PreferredContact.Email, null),
            Location = "The bus shelter on Elm Close",
        },
        "CR-2026-000042", "TRACKINGCODE12345678", CaseBuilder.At(CaseBuilder.Start, Actor.Applicant));

    [Theory]
    [InlineData("b17 1aa", new[] { "b17", "1aa" })]
    [InlineData("  Shah,   Priya. ", new[] { "shah", "priya" })]
    [InlineData("07700 900 456", new[] { "07700900456" })]
    [InlineData("+44 (0)7700 900456", new[] { "07700900456" })]
    [InlineData("+44 7700 900456", new[] { "07700900456" })]
    [InlineData("CR-2026-000042", new[] { "cr-2026-000042" })]
    [InlineData("priya@example.org", new[] { "priya@example.org" })]
    [InlineData("shah shah | priya", new[] { "shah", "priya" })]
    [InlineData("   ", new string[0])]
    [InlineData("2026", new[] { "2026" })]
    public void Terms_AreLowerCaseWords_OrOnePhoneNumber(string query, string[] expected) =>
        Assert.Equal(expected, CaseSearch.Terms(query));

    [Fact]
    public void Terms_StopAtSix() =>
        Assert.Equal(CaseSearch.MaxTerms, CaseSearch.Terms("a b c d e f g h").Count);

    [Fact]
    public void TheText_HoldsEveryDetail_AndPostcodeAndPhoneWithoutSpaces()
    {
        var c = Priya();

        foreach (var term in new[] { "cr-2026-000042", "priya shah", "bus shelter", "priya@example.org", "07700900456", "b17 1aa", "b171aa", "4 elm close harborne" })
        {
            Assert.Contains(term, c.SearchText, StringComparison.Ordinal);
        }

        Assert.Equal(CaseSearch.Version, c.SearchTextVersion);
    }

    [Fact]
    public void ThePanelText_HoldsNoContactDetails()
    {
        var c = Priya();

        Assert.Contains("priya shah", c.PanelSearchText, StringComparison.Ordinal);
        Assert.Contains("bus shelter", c.PanelSearchText, StringComparison.Ordinal);
        foreach (var contact in new[] { "example.org", "7700", "b17", "harborne" })
        {
            Assert.DoesNotContain(contact, c.PanelSearchText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AThirdPartyApplication_IsFoundByBothPeople_AndTheVictimsAddress()
    {
        var c = CaseApplication.Submit(
            CaseBuilder.Details() with
            {
                Applicant = new Applicant("Sam Helper", "sam@example.org", "07700 900111", "1 Oak Road, Selly Oak", "B29 6AA", PreferredContact.Email, null),
                IsThirdParty = true,
                ThirdParty = new ThirdParty("Neighbour", true, ConsentMethod.InWriting, new DateOnly(2026, 10, 20)),
                Victim = new Victim("Ruth Jones", "7 Elm Close, Harborne", "B17 1AA", true, null, "0121 496 0000"),
            },
            "CR-2026-000043", "TRACKINGCODE12345679", CaseBuilder.At(CaseBuilder.Start, Actor.Applicant));

        foreach (var term in new[] { "sam helper", "ruth jones", "b296aa", "b171aa", "7 elm close harborne", "01214960000", "07700900111" })
        {
            Assert.Contains(term, c.SearchText, StringComparison.Ordinal);
        }

        Assert.Contains("ruth jones", c.PanelSearchText, StringComparison.Ordinal);
        Assert.DoesNotContain("b17", c.PanelSearchText, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangingContactDetails_ChangesTheText()
    {
        var c = Priya();

        c.ChangeContact("priya.new@example.org", "0121 496 0000", "8 Oak Road, Selly Oak", "B29 6AA", PreferredContact.Email, CaseBuilder.At(CaseBuilder.Start.AddDays(1), Actor.Applicant));

        Assert.Contains("01214960000", c.SearchText, StringComparison.Ordinal);
        Assert.Contains("b296aa", c.SearchText, StringComparison.Ordinal);
        Assert.DoesNotContain("900456", c.SearchText, StringComparison.Ordinal);
        Assert.DoesNotContain("b17", c.SearchText, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAnonymisedCase_IsFoundOnlyByItsReference()
    {
        var c = Priya();
        c.Withdraw("Moved away.", CaseBuilder.At(CaseBuilder.Start.AddDays(1)));

        c.Anonymise("Retention:ClosedCaseYears", CaseBuilder.At(CaseBuilder.Start.AddDays(2)));

        Assert.Equal("cr-2026-000042", c.SearchText);
        Assert.Equal("cr-2026-000042", c.PanelSearchText);
    }
}
