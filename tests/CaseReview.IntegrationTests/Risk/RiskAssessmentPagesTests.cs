using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.Risk;

/// <summary>
/// The risk assessment on the staff pages: the officer fills in the questionnaire, a missing answer is shown beside its
/// question with nothing stored, and a high risk shows on the case page (with what to consider), the queue and the dashboard.
/// </summary>
// One host for the class: each test works on a case of its own.
public sealed class RiskAssessmentPagesTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app = app;

    [Fact]
    public async Task Officer_AssessesWithTheForm_AndTheCasePageShowsTheLevel()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");
        var before = await HtmlPages.PageAsync(officer, $"/staff/cases/{reference}");
        Assert.Equal("The victim's risk has not been assessed yet.", before.QuerySelector("#risk-none")!.TextContent.Trim());
        Assert.Equal($"/staff/cases/{reference}/risk-assessment", before.QuerySelector("#assess-risk")!.GetAttribute("href"));

        var done = await officer.SubmitAsync($"/staff/cases/{reference}/risk-assessment",
            [.. RiskAnswers.Low(("hate", "yes"), ("repeat-targeting", "often"), ("fear-at-home", "no"), ("daily-life", "some")).Select(a => ($"Answers[{a.Key}]", a.Value)), ("RaiseTo", "none")]);

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var after = await HtmlPages.PageAsync(officer, $"/staff/cases/{reference}");
        Assert.Equal("Medium risk", after.QuerySelector("#risk-level")!.TextContent.Trim());
        Assert.Contains("govuk-tag--orange", after.QuerySelector("#risk-level")!.ClassName);
        Assert.Null(after.QuerySelector("#risk-warning"));
        Assert.Equal("Risk assessment recorded", after.QuerySelector("#done")!.TextContent.Trim());
        Assert.Equal("Reassess the victim's risk", after.QuerySelector("#assess-risk")!.TextContent.Trim());
    }

    [Fact]
    public async Task AMissingAnswer_AndARaiseWithoutAReason_AreShownBesideTheirFields_AndNothingIsStored()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");
        var answers = RiskAnswers.Low(("health", "yes"));
        answers.Remove("children");

        var response = await officer.SubmitAsync($"/staff/cases/{reference}/risk-assessment",
            [.. answers.Select(a => ($"Answers[{a.Key}]", a.Value)), ("RaiseTo", "High"), ("RaiseReason", " ")]);
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error: Choose an answer to", page.QuerySelector("#answers-children-error")!.TextContent.Trim());
        Assert.Equal("Error: Say why you are raising the risk level", page.QuerySelector("#raise-reason-error")!.TextContent.Trim());
        Assert.Equal(["#answers-children", "#raise-reason"], page.QuerySelectorAll(".govuk-error-summary a").Select(a => a.GetAttribute("href")));
        Assert.True(page.QuerySelectorAll("input[name='Answers[health]']").Single(i => i.GetAttribute("value") == "yes").HasAttribute("checked"));
        Assert.Equal(0, await _app.QueryDatabaseAsync(db => db.RiskAssessments.CountAsync(r => db.Applications.Any(a => a.Id == r.ApplicationId && a.Reference == reference))));
    }

    [Fact]
    public async Task AHighRiskAssessment_ShowsOnTheCasePageWithWhatToConsider_OnTheQueue_AndOnTheDashboard()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.AsNewStaff("CaseOfficer");
        await officer.ActOk(reference, "start-assessment");
        await (await officer.PostAsJsonAsync($"/api/cases/{reference}/risk-assessments",
            new { answers = RiskAnswers.Low(("self-harm", "yes")) }, Api.Json)).ReadJson(HttpStatusCode.Created);
        var browser = await _app.SignedInBrowserAsync("CaseOfficer");

        var casePage = await HtmlPages.PageAsync(browser, $"/staff/cases/{reference}");
        var queue = await HtmlPages.PageAsync(browser, "/staff/cases?risk=High");
        var dashboard = await HtmlPages.PageAsync(browser, "/staff/dashboard");

        Assert.Equal("High risk", casePage.QuerySelector("#risk-level")!.TextContent.Trim());
        Assert.Contains("govuk-tag--red", casePage.QuerySelector("#risk-level")!.ClassName);
        var warning = casePage.QuerySelector("#risk-warning")!.TextContent;
        Assert.Contains("you can still accept it to protect the victim", warning);
        Assert.Contains("safeguarding referral", warning);
        Assert.Equal($"/staff/cases/{reference}/threshold-decision", casePage.QuerySelector("#risk-threshold")!.GetAttribute("href"));
        Assert.Contains("harming themselves", casePage.QuerySelector("#risk-reasons")!.TextContent);
        var row = queue.QuerySelectorAll("#cases tbody tr").Single(r => r.QuerySelector("a")!.TextContent == reference);
        Assert.Equal("High risk", row.QuerySelector("[data-risk='High']")!.TextContent.Trim());
        Assert.Contains(reference, dashboard.QuerySelectorAll("#high-risk a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task PanelMember_SeesTheLevelOnTheCasePage_ButNotTheAnswersOrTheForm()
    {
        var reference = await Cases.WithPanel(_app, "Police");
        var officer = await _app.AsNewStaff("CaseOfficer");
        await (await officer.PostAsJsonAsync($"/api/cases/{reference}/risk-assessments", new { answers = RiskAnswers.High() }, Api.Json)).ReadJson(HttpStatusCode.Created);
        var police = await _app.SignedInBrowserAsync("PanelMember", "Police");

        var casePage = await HtmlPages.PageAsync(police, $"/staff/cases/{reference}");
        var form = await police.GetAsync($"/staff/cases/{reference}/risk-assessment");

        Assert.Equal("High risk", casePage.QuerySelector("#risk-level")!.TextContent.Trim());
        Assert.Null(casePage.QuerySelector("#risk-history"));
        Assert.Null(casePage.QuerySelector("#assess-risk"));
        Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
    }
}
