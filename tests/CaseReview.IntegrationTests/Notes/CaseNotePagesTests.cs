using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.Notes;

/// <summary>
/// Notes on the staff pages: the case page's timeline shows the entries the caller may see, an officer adds one
/// with the form at <c>/staff/cases/{reference}/notes</c>, and a mistake is shown beside its field with nothing stored.
/// </summary>
// One host for the class: each test works on a case of its own.
public sealed class CaseNotePagesTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app = app;

    [Fact]
    public async Task Officer_AddsAContactWithTheForm_AndTheTimelineShowsIt()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");
        var casePage = await HtmlPages.PageAsync(officer, $"/staff/cases/{reference}");
        Assert.Equal($"/staff/cases/{reference}/notes", casePage.QuerySelector("#add-note")!.GetAttribute("href"));

        var done = await officer.SubmitAsync($"/staff/cases/{reference}/notes",
            ("Kind", "phone"), ("With", "Alex Example (applicant)"), ("AtDate.Day", "1"), ("AtDate.Month", "11"), ("AtDate.Year", "2026"), ("AtTime", "2:30pm"),
            ("Text", "The motorbikes were back on Saturday night."), ("Shared", "true"));

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var after = await HtmlPages.PageAsync(officer, $"/staff/cases/{reference}");
        var entry = after.QuerySelectorAll("#history .moj-timeline__item").Single(i => (i.Id ?? string.Empty).StartsWith("note-", StringComparison.Ordinal));
        Assert.StartsWith("Phone call with Alex Example (applicant)", entry.QuerySelector(".moj-timeline__title")!.TextContent.Trim());
        Assert.Contains("The motorbikes were back on Saturday night.", entry.TextContent);
        Assert.Contains("Shared with the panel", entry.TextContent);
        Assert.Equal("2026-11-01T14:30:00.0000000Z", entry.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("Note added", after.QuerySelector("#done")!.TextContent.Trim());
    }

    [Fact]
    public async Task AMistake_IsShownBesideItsField_AndNothingIsStored()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");

        var response = await officer.SubmitAsync($"/staff/cases/{reference}/notes", ("Kind", "phone"), ("With", "Applicant"), ("Text", "  "));
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Error: Enter what was said, done or agreed", page.QuerySelector("#text-error")!.TextContent.Trim());
        Assert.Equal("#text", page.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
        Assert.Equal("Applicant", page.QuerySelector("#with")!.GetAttribute("value"));
        Assert.Equal(0, await _app.QueryDatabaseAsync(db => db.CaseNotes.CountAsync(n => db.Applications.Any(a => a.Id == n.ApplicationId && a.Reference == reference))));
    }

    [Fact]
    public async Task AFutureTime_IsShownBesideTheDate()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");

        var response = await officer.SubmitAsync($"/staff/cases/{reference}/notes",
            ("Kind", "note"), ("AtDate.Day", "1"), ("AtDate.Month", "1"), ("AtDate.Year", "2099"), ("AtTime", "10am"), ("Text", "Planned."));
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

        Assert.Contains("must be now or in the past", page.QuerySelector("#at-date-error")!.TextContent);
    }

    [Fact]
    public async Task PanelMember_SeesOnlySharedEntries_OnTheCasePage_AndIsToldTheFormIsNotForThem()
    {
        var reference = await Cases.WithPanel(_app, "Police");
        var officer = await _app.AsNewStaff("CaseOfficer");
        await (await officer.PostAsJsonAsync($"/api/cases/{reference}/notes", new { kind = "note", text = "Not for the panel." }, Api.Json)).ReadJson(HttpStatusCode.Created);
        await (await officer.PostAsJsonAsync($"/api/cases/{reference}/notes", new { kind = "note", text = "For the panel.", sharedWithPanel = true }, Api.Json)).ReadJson(HttpStatusCode.Created);
        var police = await _app.SignedInBrowserAsync("PanelMember", "Police");

        var casePage = await HtmlPages.PageAsync(police, $"/staff/cases/{reference}");
        var form = await police.GetAsync($"/staff/cases/{reference}/notes");

        var history = casePage.QuerySelector("#history")!.TextContent;
        Assert.Contains("For the panel.", history);
        Assert.DoesNotContain("Not for the panel.", history);
        Assert.Null(casePage.QuerySelector("#add-note"));
        Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
    }
}
