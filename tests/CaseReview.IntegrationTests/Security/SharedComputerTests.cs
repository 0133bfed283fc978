using System.Net;
using CaseReview.IntegrationTests.Support;
using CaseReview.Web.Pages.Apply;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.Security;

/// <summary>
/// Issue 12, finding 7: a resident filling in the form on a library or family computer leaves nothing behind for the
/// next person: no copy in the browser's cache, no cookie that outlives the browser, and a way to delete the answers.
/// </summary>
// One host for the class: the tests that only look at headers share it. The two that single out or count every
// application and draft start one of their own.
public sealed class SharedComputerTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app = app;

    [Theory]
    [InlineData("/apply")]
    [InlineData("/apply/about-you")]
    public async Task TheApplicationForm_IsNeverKeptByTheBrowserOrAProxy(string url)
    {
        var response = await new ResidentBrowser(_app).GetAsync(url);
        Assert.True(response.Headers.CacheControl?.NoStore, $"{url}: {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task TheDraftCookie_EndsWithTheBrowserSession()
    {
        var browser = new ResidentBrowser(_app);
        var answer = await browser.SubmitAsync("/apply/about-you", ("IsThirdParty", "false"), ("Name", "Alex Example"), ("VictimType", "Individual"));

        var cookie = Assert.Single(answer.Headers.GetValues("Set-Cookie"), c => c.StartsWith(ApplyPageModel.DraftCookie + "=", StringComparison.Ordinal));
        Assert.DoesNotContain("expires=", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("max-age=", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheConfirmationAddress_CarriesNoTrackingCode_SoTheBrowsersHistoryDoesNotKeepIt()
    {
        using var app = new CaseReviewApp();
        var browser = new ResidentBrowser(app);
        await browser.FillInApplicationAsync();

        var sent = await ResidentBrowser.Expect(HttpStatusCode.Redirect, browser.SubmitAsync("/apply/check-answers"));

        var code = await app.QueryDatabaseAsync(db => db.Applications.Select(a => a.TrackingCode).SingleAsync());
        Assert.Equal("/apply/confirmation", sent.Headers.Location!.OriginalString);
        var page = await (await browser.GetAsync("/apply/confirmation")).Content.ReadAsStringAsync();
        Assert.Contains(code, page);
        Assert.Contains("CR-2026-000001", page);
        // Another browser (the next person at the computer, or anyone given the address) sees nothing.
        var elsewhere = await new ResidentBrowser(app).GetAsync("/apply/confirmation");
        Assert.DoesNotContain(code, await elsewhere.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DeleteMyAnswers_RemovesThemFromTheCouncilsDatabase_AndFromTheBrowser()
    {
        using var app = new CaseReviewApp();
        var browser = new ResidentBrowser(app);
        await browser.FillInApplicationAsync();
        var check = await (await browser.GetAsync("/apply/check-answers")).Content.ReadAsStringAsync();
        Assert.Contains("Delete my answers", check);

        var deleted = await ResidentBrowser.Expect(HttpStatusCode.Redirect, browser.SubmitAsync("/apply/check-answers?handler=Delete"));

        Assert.Equal(0, await app.QueryDatabaseAsync(db => db.ApplicationDrafts.CountAsync()));
        Assert.Contains(deleted.Headers.GetValues("Set-Cookie"), c => c.StartsWith(ApplyPageModel.DraftCookie + "=;", StringComparison.Ordinal));
        Assert.Equal("/apply?deleted=true", deleted.Headers.Location!.OriginalString);
        Assert.Contains("Your answers have been deleted", await (await browser.GetAsync("/apply?deleted=true")).Content.ReadAsStringAsync());
        Assert.Equal(0, await app.QueryDatabaseAsync(db => db.Applications.CountAsync()));
    }
}
