using CaseReview.Web.Security;

namespace CaseReview.IntegrationTests.Security;

/// <summary>
/// Issue 12, finding 9: after organisation sign-in the return address was accepted when it started with one slash
/// and not two, so <c>/\evil.example</c> (which browsers read as <c>//evil.example</c>) sent a new sign-in elsewhere.
/// </summary>
public sealed class OpenRedirectTests
{
    [Theory]
    [InlineData("/\\evil.example")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example/staff")]
    [InlineData("/\\/evil.example")]
    [InlineData("/\t/evil.example")]
    [InlineData("evil.example")]
    [InlineData("")]
    [InlineData(null)]
    public void AReturnAddressOffThisSite_GoesToTheStaffStartPageInstead(string? returnUrl) =>
        Assert.Equal("/staff", LocalReturnUrl.OrDefault(returnUrl, "/staff"));

    [Theory]
    [InlineData("/staff/cases")]
    [InlineData("/staff/cases/CR-2026-000001?tab=history")]
    [InlineData("/")]
    public void AReturnAddressOnThisSite_IsKept(string returnUrl) =>
        Assert.Equal(returnUrl, LocalReturnUrl.OrDefault(returnUrl, "/staff"));
}
