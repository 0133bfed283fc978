using System.Net;
using System.Net.Http.Json;
using CaseReview.Domain.Survey;
using CaseReview.IntegrationTests.Support;
using CaseReview.UseCases.Survey;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.Survey;

/// <summary>The survey is answered once, anonymously; a second try, an unknown address and a closed survey each get a clear answer.</summary>
public sealed class SurveyAnswerTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    [Fact]
    public async Task AnsweringOnce_Works_ASecondTime_IsRefusedKindly()
    {
        var (_, trackingCode) = await SurveyInvitationTests.ClosedAsync(app);
        var code = SurveyCodes.Display(SurveyCodes.For(trackingCode));
        var resident = new ResidentBrowser(app);
        // The form open in a second tab, sent again after the first.
        var secondTab = await resident.TokenAsync($"/survey/{code}");

        var sent = await resident.SubmitAsync($"/survey/{code}", ("Improved", "Partly"), ("KeptInformed", "Mostly"), ("ListenedTo", "Always"), ("Comments", "The officer rang me back every week."));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/survey/thank-you", sent.Headers.Location!.OriginalString);
        var thanks = await HtmlPages.ParseAsync(await resident.GetAsync("/survey/thank-you"));
        Assert.Equal("Thank you", thanks.QuerySelector("h1")!.TextContent.Trim());

        var again = await resident.PostAsync($"/survey/{code}", resident.Cookies, ("__RequestVerificationToken", secondTab), ("Improved", "No"));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("You have already answered", (await HtmlPages.ParseAsync(again)).QuerySelector("h1")!.TextContent.Trim());
        var api = await (await app.CreateClient().PostAsJsonAsync($"/api/survey/{code}", new { improved = "No" }, Api.Json)).ReadJson(HttpStatusCode.Conflict);
        Assert.Contains("already been answered", api["detail"].Str(), StringComparison.Ordinal);
        var page = await resident.GetAsync($"/survey/{code}");
        Assert.Equal("You have already answered", (await HtmlPages.ParseAsync(page)).QuerySelector("h1")!.TextContent.Trim());

        var answers = await app.QueryDatabaseAsync(db => db.SurveyResponses.AsNoTracking().Where(r => r.Comments == "The officer rang me back every week.").ToListAsync());
        var answer = Assert.Single(answers);
        Assert.Equal((SurveyImprovement.Partly, SurveyScale.Mostly, SurveyScale.Always, 2026), (answer.Improved!.Value, answer.KeptInformed!.Value, answer.ListenedTo!.Value, answer.FinancialYear));
        var audit = await app.QueryDatabaseAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Action == "survey.answered").ToListAsync());
        Assert.All(audit, e => Assert.Equal((null, null, null), (e.CaseReference, e.Detail, e.IpAddress)));
    }

    [Fact]
    public async Task AnAnswer_HoldsNoCase_NoCode_AndNoTime()
    {
        var (reference, trackingCode) = await SurveyInvitationTests.ClosedAsync(app);
        var code = SurveyCodes.For(trackingCode);
        Assert.Equal(HttpStatusCode.NoContent, (await app.CreateClient().PostAsJsonAsync($"/api/survey/{code}", new { improved = "Yes", comments = "Marker " + code }, Api.Json)).StatusCode);

        // The table itself has nowhere to put them: only the year and the answers.
        var columns = await app.QueryDatabaseAsync(db => Task.FromResult(db.Model.FindEntityType(typeof(SurveyResponse))!.GetProperties().Select(p => p.GetColumnName()).Order(StringComparer.Ordinal).ToList()));
        Assert.Equal(["Comments", "FinancialYear", "Id", "Improved", "KeptInformed", "ListenedTo"], columns);
        var caseId = await app.QueryDatabaseAsync(db => db.Applications.Where(a => a.Reference == reference).Select(a => a.Id).SingleAsync());
        var answer = await app.QueryDatabaseAsync(db => db.SurveyResponses.AsNoTracking().SingleAsync(r => r.Comments == "Marker " + code));
        Assert.NotEqual(caseId, answer.Id);
        // The invitation says only that it was used; it has no time to match against.
        var invitation = await app.QueryDatabaseAsync(db => db.SurveyInvitations.AsNoTracking().SingleAsync(i => i.CaseId == caseId));
        Assert.True(invitation.Answered);
        var invitationColumns = await app.QueryDatabaseAsync(db => Task.FromResult(db.Model.FindEntityType(typeof(SurveyInvitation))!.GetProperties().Select(p => p.GetColumnName()).Order(StringComparer.Ordinal).ToList()));
        Assert.Equal(["Answered", "CaseId", "ExpiresAt", "FinancialYear", "Id", "TokenHash"], invitationColumns);
    }

    [Fact]
    public async Task AnUnknownAddress_OrAClosedSurvey_GetsAClearPage_And404()
    {
        var resident = new ResidentBrowser(app);
        var unknown = await resident.GetAsync("/survey/ABCD-EFGH-JKMN");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("We cannot find this survey", (await HtmlPages.ParseAsync(unknown)).QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.NotFound, (await resident.GetAsync("/survey/not-a-code")).StatusCode);
        var api = await (await app.CreateClient().PostAsJsonAsync("/api/survey/ABCD-EFGH-JKMN", new { }, Api.Json)).ReadJson(HttpStatusCode.NotFound);
        Assert.Contains("cannot find this survey", api["detail"].Str(), StringComparison.Ordinal);

        using var later = new CaseReviewApp();
        var (_, trackingCode) = await SurveyInvitationTests.ClosedAsync(later);
        var code = SurveyCodes.Display(SurveyCodes.For(trackingCode));
        later.SetClockUtc(2027, 1, 31); // closed 1 December 2026; the last day was Saturday 30 January 2027
        var closed = await new ResidentBrowser(later).GetAsync($"/survey/{code}");
        Assert.Equal(HttpStatusCode.NotFound, closed.StatusCode);
        var page = await HtmlPages.ParseAsync(closed);
        Assert.Equal("This survey has closed", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("30 January 2027", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var refused = await (await later.CreateClient().PostAsJsonAsync($"/api/survey/{code}", new { improved = "Yes" }, Api.Json)).ReadJson(HttpStatusCode.NotFound);
        Assert.Equal("This survey closed on Saturday 30 January 2027.", refused["detail"].Str());
        Assert.Equal(0, await later.QueryDatabaseAsync(db => db.SurveyResponses.CountAsync()));
    }

    [Fact]
    public async Task Mistakes_AreShownBesideTheirField_AndNothingIsStored()
    {
        var (_, trackingCode) = await SurveyInvitationTests.ClosedAsync(app);
        var code = SurveyCodes.Display(SurveyCodes.For(trackingCode));
        var before = await app.QueryDatabaseAsync(db => db.SurveyResponses.CountAsync());

        var tooLong = await new ResidentBrowser(app).SubmitAsync($"/survey/{code}", ("Improved", "Sideways"), ("Comments", new string('x', 2001)));
        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        var page = await HtmlPages.ParseAsync(tooLong);
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        Assert.Equal(["#improved"], page.QuerySelectorAll(".govuk-error-summary a").Select(a => a.GetAttribute("href")!));
        Assert.Equal("Choose yes, partly or no", page.QuerySelector("#improved-error")!.TextContent.Replace("Error:", string.Empty, StringComparison.Ordinal).Trim());

        var tooLongOnly = await HtmlPages.ParseAsync(await new ResidentBrowser(app).SubmitAsync($"/survey/{code}", ("Comments", new string('x', 2001))));
        Assert.Contains("2,000 characters or fewer", tooLongOnly.QuerySelector("#comments-error")!.TextContent, StringComparison.Ordinal);
        var api = await (await app.CreateClient().PostAsJsonAsync($"/api/survey/{code}", new { comments = new string('x', 2001) }, Api.Json)).ReadJson(HttpStatusCode.BadRequest);
        Assert.NotNull(api["errors"]!["comments"]);
        var notAnOption = await (await app.CreateClient().PostAsJsonAsync($"/api/survey/{code}", new { listenedTo = "Sideways" }, Api.Json)).ReadJson(HttpStatusCode.BadRequest);
        Assert.NotNull(notAnOption["errors"]);
        Assert.Equal(before, await app.QueryDatabaseAsync(db => db.SurveyResponses.CountAsync()));
    }
}
