using System.Net;
using CaseReview.IntegrationTests.Support;
using CaseReview.Web.Pages.Apply;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.ResidentPages;

// One host for the class: the tests that only read pages share it. The five that count or single out every
// draft and application in the database start one of their own.
public sealed class ResidentFormSafetyTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app = app;

    [Fact]
    public async Task FormPostWithoutAntiforgeryToken_IsRefused_AndNothingIsSaved()
    {
        using var app = new CaseReviewApp();
        var browser = new ResidentBrowser(app);
        await browser.GetAsync("/apply/about-you");

        var response = await browser.PostAsync("/apply/about-you", browser.Cookies, ("IsThirdParty", "false"), ("Name", "Alex Example"), ("VictimType", "Individual"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Sorry, we could not use that form", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.QueryDatabaseAsync(db => db.ApplicationDrafts.CountAsync()));
    }

    [Fact]
    public async Task FilledHoneypot_IsQuietlyDropped_AndNoApplicationIsCreated()
    {
        using var app = new CaseReviewApp();
        var browser = new ResidentBrowser(app);
        await browser.FillInApplicationAsync();

        var response = await browser.SubmitAsync("/apply/check-answers", ("website", "http://spam.example"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        Assert.Equal(0, await app.QueryDatabaseAsync(db => db.Applications.CountAsync()));
    }

    [Fact]
    public async Task SendingTheApplicationTwice_ByDoubleClickOrResend_CreatesOneApplication()
    {
        using var app = new CaseReviewApp();
        var browser = new ResidentBrowser(app);
        await browser.FillInApplicationAsync();
        var token = await browser.TokenAsync("/apply/check-answers");
        var cookies = new Dictionary<string, string>(browser.Cookies);

        // A double click: both posts leave the browser with the same cookies before either answer arrives.
        var answers = await Task.WhenAll(
            browser.PostAsync("/apply/check-answers", cookies, ("__RequestVerificationToken", token)),
            browser.PostAsync("/apply/check-answers", cookies, ("__RequestVerificationToken", token)));
        // And the browser's "resend the form" after the answer came back.
        var resent = await browser.PostAsync("/apply/check-answers", cookies, ("__RequestVerificationToken", token));

        var locations = answers.Append(resent).Select(a => a.Headers.Location?.OriginalString).Distinct().ToList();
        var confirmation = Assert.Single(locations);
        // The tracking code is no longer in the address (issue 12, finding 7): the confirmation reads it from a cookie.
        Assert.Equal("/apply/confirmation", confirmation);
        Assert.Equal(1, await app.QueryDatabaseAsync(db => db.Applications.CountAsync()));
        Assert.DoesNotContain(ApplyPageModel.DraftCookie, browser.Cookies.Keys);
        var page = await (await browser.GetAsync(confirmation!)).Content.ReadAsStringAsync();
        Assert.Contains("CR-2026-000001", page);
    }

    [Fact]
    public async Task TheConfirmationPagesTrackingLink_IsTheServicesAddress_NotOneFromTheRequestsHostHeader()
    {
        using var app = new CaseReviewApp();
        var browser = new ResidentBrowser(app);
        await browser.FillInApplicationAsync();
        var confirmation = (await browser.SubmitAsync("/apply/check-answers")).Headers.Location!.OriginalString;
        var code = await app.QueryDatabaseAsync(db => db.Applications.Select(a => a.TrackingCode).SingleAsync());

        var request = new HttpRequestMessage(HttpMethod.Get, confirmation);
        request.Headers.Host = "evil.example";
        request.Headers.Add("Cookie", string.Join("; ", browser.Cookies.Select(c => $"{c.Key}={c.Value}")));
        var page = await (await app.CreateClient().SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains($"https://casereview.council.example/track/{code}</a>", page);
        Assert.DoesNotContain("evil.example", page);
    }

    [Fact]
    public async Task SentDraft_KeepsNoAnswers()
    {
        using var app = new CaseReviewApp();
        var browser = new ResidentBrowser(app);
        await browser.FillInApplicationAsync();

        await ResidentBrowser.Expect(HttpStatusCode.Redirect, browser.SubmitAsync("/apply/check-answers"));

        var draft = await app.QueryDatabaseAsync(db => db.ApplicationDrafts.SingleAsync());
        Assert.Equal("{}", draft.AnswersJson);
        Assert.NotNull(draft.SubmittedTrackingCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/apply/about-you")]
    [InlineData("/eligibility")]
    [InlineData("/track/NOSUCHCODE")]
    public async Task ResidentPages_ForbidInlineScriptFramingSniffingAndReferrers(string url)
    {
        var response = await new ResidentBrowser(_app).GetAsync(url);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("style-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task UnknownTrackingCode_ShowsPageNotFoundInPlainWords()
    {
        var response = await new ResidentBrowser(_app).GetAsync("/track/NOSUCHCODE");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }
}
