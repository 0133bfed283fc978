using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Hosting;

/// <summary>Nothing with personal data or a secret in it is kept by a browser or a proxy.</summary>
// One host for the class: every case only reads a page.
public sealed class CachingTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app = app;

    [Theory]
    [InlineData("/staff/set-password?user=someone&token=secret")]
    [InlineData("/staff/sign-in")]
    [InlineData("/staff/cases")]
    [InlineData("/api/cases")]
    [InlineData("/track/NOSUCHCODE")]
    public async Task PagesWithPersonalDataOrSecrets_AreNeverCached(string url)
    {
        var response = await new ResidentBrowser(_app).GetAsync(url);

        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
    }
}
