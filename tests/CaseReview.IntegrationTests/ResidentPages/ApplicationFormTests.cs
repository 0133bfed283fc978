using System.Net;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.ResidentPages;

// One host for the class: the tests that store nothing share it. The two that count or single out every
// application and draft start one of their own.
public sealed class ApplicationFormTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app = app;

    [Fact]
    public async Task SendingWithAnswersMissing_ListsEachProblem_WithALinkToThePageThatAsksIt()
    {
        using var app = new CaseReviewApp();
        var browser = new ResidentBrowser(app);
        await ResidentBrowser.Expect(HttpStatusCode.Redirect,
            browser.SubmitAsync("/apply/about-you", ("IsThirdParty", "false"), ("Name", "Alex Example"), ("VictimType", "Individual")));

        var response = await ResidentBrowser.Expect(HttpStatusCode.OK, browser.SubmitAsync("/apply/check-answers"));

        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("There is a problem", page);
        Assert.Contains("<a href=\"/apply/problem?change=true\">Describe the anti-social behaviour</a>", page);
        Assert.Contains("<a href=\"/apply/complaints?change=true\">Add at least one time you reported the problem</a>", page);
        Assert.Contains("<a href=\"/apply/contact?change=true\">Select how you would like us to contact you</a>", page);
        Assert.Equal(0, await app.QueryDatabaseAsync(db => db.Applications.CountAsync()));
    }

    [Fact]
    public async Task AnswersAreKeptBetweenPages_OnTheServer_NotInTheCookie()
    {
        using var app = new CaseReviewApp();
        var browser = new ResidentBrowser(app);
        await browser.FillInApplicationAsync();

        var page = await (await browser.GetAsync("/apply/check-answers")).Content.ReadAsStringAsync();

        Assert.Contains("Footpaths behind Elm Close", page);
        Assert.Contains("Complaint 2", page);
        var draftId = Assert.Single(browser.Cookies, c => c.Key == "casereview-draft").Value;
        Assert.True(draftId.Length >= 43, "The draft id should be long and random");
        var stored = await app.QueryDatabaseAsync(db => db.ApplicationDrafts.SingleAsync());
        Assert.Equal(draftId, stored.Id);
        Assert.Contains("alex@example.org", stored.AnswersJson);
    }

    [Theory]
    [InlineData("99")]
    [InlineData("Dragon")]
    public async Task OptionThatIsNotOnThePage_IsNoAnswer_AndTheFieldSaysSo(string victimType)
    {
        var browser = new ResidentBrowser(_app);

        var response = await ResidentBrowser.Expect(HttpStatusCode.OK,
            browser.SubmitAsync("/apply/about-you", ("IsThirdParty", "false"), ("Name", "Alex Example"), ("VictimType", victimType)));

        Assert.Contains("Select whether the victim is a person, a business or a community group", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PageOfTheFormWithoutAnswersSoFar_SendsTheResidentToTheFirstPage()
    {
        var response = await new ResidentBrowser(_app).GetAsync("/apply/contact");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/apply/about-you", response.Headers.Location?.OriginalString);
    }
}
