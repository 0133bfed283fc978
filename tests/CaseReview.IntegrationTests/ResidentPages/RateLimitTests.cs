using System.Net;
using System.Net.Http.Json;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.ResidentPages;

public sealed class RateLimitTests : IDisposable
{
    private readonly CaseReviewApp _app = new() { PublicPostsPerWindow = 2 };

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task TooManyFormPostsFromOneAddress_AreAskedToWaitInPlainWords()
    {
        var browser = new ResidentBrowser(_app);
        var token = await browser.TokenAsync("/eligibility");
        HttpResponseMessage? last = null;
        for (var i = 0; i < 3; i++)
        {
            last = await browser.PostAsync("/eligibility", browser.Cookies, ("__RequestVerificationToken", token));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.Contains("Please wait a minute and try again", await last.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheJsonApi_IsNotLimitedByTheFormLimit()
    {
        var client = _app.CreateClient();
        for (var i = 0; i < 4; i++)
        {
            await client.Submit();
        }
    }

    [Theory]
    [InlineData("/api/auth/forgotten-password")]
    [InlineData("/api/auth/set-password")]
    public async Task TheApisAnonymousPasswordDoors_AreLimitedLikeTheForms(string path)
    {
        var client = _app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.PostAsJsonAsync(path, new { email = "someone@council.example", userId = "x", token = "y", password = "a long enough passphrase" }, Api.Json)).StatusCode);
        }

        Assert.NotEqual(HttpStatusCode.TooManyRequests, statuses[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[2]);
    }
}
