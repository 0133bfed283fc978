using System.Net;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.StaffPages;

/// <summary>A staff sign-in ends when the person signs out (on the server, not only in their browser), after a spell without use, and at an absolute limit however busy they are.</summary>
public sealed class StaffSessionTests : IDisposable
{
    private readonly CaseReviewApp _app = new() { Settings = { ["Auth:SessionIdleMinutes"] = "30", ["Auth:SessionAbsoluteHours"] = "2" } };

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task SigningOut_EndsTheSessionOnTheServer_SoACopiedCookieStopsWorking()
    {
        var browser = await _app.SignedInBrowserAsync("CaseOfficer");
        var copied = new ResidentBrowser(_app);
        foreach (var (name, value) in browser.Cookies)
        {
            copied.Cookies[name] = value;
        }

        Assert.Equal(HttpStatusCode.OK, (await copied.GetAsync("/staff/reports")).StatusCode);

        var signedOut = await browser.PostAsync("/staff/sign-out", new Dictionary<string, string>(browser.Cookies),
            ("__RequestVerificationToken", await browser.TokenAsync("/staff/reports")));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        var replayed = await copied.GetAsync("/staff/reports");
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith("/staff/sign-in", replayed.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASignIn_EndsAfterTheIdleTimeout()
    {
        var browser = await _app.SignedInBrowserAsync("CaseOfficer");
        _app.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/staff/reports")).StatusCode);

        _app.Clock.Advance(TimeSpan.FromMinutes(31));

        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/staff/reports")).StatusCode);
    }

    [Fact]
    public async Task ASignIn_EndsAtTheAbsoluteLimit_EvenWhileInUse()
    {
        var browser = await _app.SignedInBrowserAsync("CaseOfficer");
        for (var minutes = 20; minutes < 120; minutes += 20)
        {
            _app.Clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/staff/reports")).StatusCode);
        }

        _app.Clock.Advance(TimeSpan.FromMinutes(21)); // 2 hours and a minute after signing in, 21 minutes after the last use

        var ended = await browser.GetAsync("/staff/reports");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.StartsWith("/staff/sign-in", ended.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
