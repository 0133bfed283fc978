using System.Net;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.StaffPages;

/// <summary>
/// Arranging the panel and each agency's response, on the staff pages: the officer arranges the meeting (UK time,
/// British Summer Time included), the chair and the applicant's part; a panel member answers for their own agency
/// only; an agency not on the panel cannot see the case at all.
/// </summary>
// One host for the class: each test arranges its own case's panel and checks only that case.
public sealed class PanelPagesTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app = app;

    private async Task<string> ThresholdMetAsync()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var admin = await _app.AsAdmin();
        await admin.ActOk(reference, "start-assessment");
        await admin.ActOk(reference, "threshold-decision", new { met = true });
        return reference;
    }

    private Task<T> Db<T>(Func<CaseReview.Infrastructure.Persistence.CaseReviewDbContext, Task<T>> query) => _app.QueryDatabaseAsync(query);

    [Fact]
    public async Task TheOfficerArrangesThePanel_AndTheCasePageShowsIt()
    {
        var reference = await ThresholdMetAsync();
        var (chairId, chairEmail) = await _app.NewStaffAccount("Chair", "Council");
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");

        var form = await (await officer.GetAsync($"/staff/cases/{reference}/schedule-review")).Content.ReadAsStringAsync();
        Assert.Contains($"value=\"{chairId}\"", form);
        Assert.Contains("value=\"Police\"", form);

        var done = await officer.SubmitAsync($"/staff/cases/{reference}/schedule-review",
            ("MeetingDate.Day", "26"), ("MeetingDate.Month", "11"), ("MeetingDate.Year", "2026"), ("MeetingTime", "2:30pm"),
            ("Panel", "Council"), ("Panel", "Police"), ("ChairId", chairId), ("Participation", "Online"));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);

        var page = await (await officer.GetAsync($"/staff/cases/{reference}")).Content.ReadAsStringAsync();
        Assert.Contains("Review meeting arranged", page);
        Assert.Contains("26 November 2026 at 2:30pm", page);
        Assert.Contains("Council, Police", page);
        Assert.Contains(chairEmail, page);
        Assert.Contains("Online at the meeting", page);
        Assert.Contains("Awaited", page);
        Assert.Equal(new DateTime(2026, 11, 26, 14, 30, 0), await Db(db => db.Applications.Where(a => a.Reference == reference).Select(a => a.Meeting.At!.Value).SingleAsync()));

        // Arranging again keeps what is arranged filled in.
        var again = await (await officer.GetAsync($"/staff/cases/{reference}/schedule-review")).Content.ReadAsStringAsync();
        Assert.Contains("name=\"MeetingTime\" type=\"text\" value=\"14:30\"", again);
        Assert.Contains("value=\"Online\" checked", again);
    }

    [Fact]
    public async Task AMeetingInSummer_IsUkTime_NotUtc()
    {
        var reference = await ThresholdMetAsync();
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");

        var done = await officer.SubmitAsync($"/staff/cases/{reference}/schedule-review",
            ("MeetingDate.Day", "5"), ("MeetingDate.Month", "4"), ("MeetingDate.Year", "2027"), ("MeetingTime", "10am"),
            ("Panel", "Police"), ("ChairName", "Sam Independent"));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);

        Assert.Equal(new DateTime(2027, 4, 5, 9, 0, 0), await Db(db => db.Applications.Where(a => a.Reference == reference).Select(a => a.Meeting.At!.Value).SingleAsync()));
        var page = await (await officer.GetAsync($"/staff/cases/{reference}")).Content.ReadAsStringAsync();
        Assert.Contains("5 April 2027 at 10am", page);
        Assert.Contains("Sam Independent (independent)", page);
    }

    [Fact]
    public async Task AMissingOrImpossibleDateAndTime_IsSaidBesideTheFields_AndNothingIsArranged()
    {
        var reference = await ThresholdMetAsync();
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");

        var response = await officer.SubmitAsync($"/staff/cases/{reference}/schedule-review",
            ("MeetingDate.Day", "31"), ("MeetingDate.Month", "2"), ("MeetingDate.Year", "2027"), ("MeetingTime", "25 o'clock"), ("Panel", "Police"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Error: ", html);
        Assert.Contains("<a href=\"#meeting-date-day\">The meeting date must be a real date", html);
        Assert.Contains("id=\"meeting-time-error\"", html);
        Assert.Contains("value=\"25 o&#x27;clock\"", html);
        Assert.Contains("value=\"Police\" checked", html);
        Assert.Null(await Db(db => db.Applications.Where(a => a.Reference == reference).Select(a => a.Meeting.At).SingleAsync()));
    }

    [Fact]
    public async Task UntickingEveryAgency_OrAMeetingInThePast_IsSaidBesideTheField_AndThePanelIsKept()
    {
        var reference = await Cases.WithPanel(_app, "Police");
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");

        var response = await officer.SubmitAsync($"/staff/cases/{reference}/schedule-review",
            ("MeetingDate.Day", "30"), ("MeetingDate.Month", "10"), ("MeetingDate.Year", "2026"), ("MeetingTime", "10am"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Error: ", html);
        Assert.Contains("id=\"panel-error\"", html);
        Assert.Contains("Choose at least one agency for the panel", html);
        Assert.Contains("id=\"meeting-date-error\"", html);
        Assert.Contains("The meeting must be in the future", html);
        Assert.Equal(["Police"], await Db(async db =>
        {
            var panel = await db.Applications.Where(a => a.Reference == reference).Select(a => a.PanelAgencyIds).SingleAsync();
            return await db.Agencies.Where(ag => panel.Contains(ag.Id)).Select(ag => ag.Name).ToListAsync();
        }));
    }

    [Fact]
    public async Task RecordingTheOutcomeBeforeTheMeeting_IsExplainedOnTheForm()
    {
        var reference = await ThresholdMetAsync();
        var admin = await _app.AsAdmin();
        await admin.ActOk(reference, "schedule-review", new { meetingAt = "2026-11-20T10:00:00Z", panel = new[] { new { agency = "Police" } } });
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");

        var response = await officer.SubmitAsync($"/staff/cases/{reference}/record-review", ("Findings", "Too soon."), ("ApplicantSummary", "The police will patrol the footpaths on Friday evenings."), ("Command", ""));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Record its outcome once the meeting has taken place.", html);
        Assert.Equal("ReviewPending", await Db(db => db.Applications.Where(a => a.Reference == reference).Select(a => a.Status.ToString()).SingleAsync()));
    }

    [Fact]
    public async Task APanelMemberRecordsTheirOwnAgencysResponse_ButNotAnotherAgencys()
    {
        var reference = await Cases.WithPanel(_app, "Council", "Police");
        var police = await _app.SignedInBrowserAsync("PanelMember", "Police");

        var casePage = await (await police.GetAsync($"/staff/cases/{reference}")).Content.ReadAsStringAsync();
        Assert.Contains($"href=\"/staff/cases/{reference}/panel-responses?agency=Police\"", casePage);
        Assert.DoesNotContain("panel-responses?agency=Council", casePage);

        var done = await police.SubmitAsync($"/staff/cases/{reference}/panel-responses?agency=Police",
            ("Agency", "Police"), ("Knew", "Three reports of motorbikes since June."), ("Did", "Two patrols; no arrests."));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var after = await (await police.GetAsync($"/staff/cases/{reference}")).Content.ReadAsStringAsync();
        Assert.Contains("Three reports of motorbikes since June.", after);

        // The form shows the current response, to change it.
        var change = await (await police.GetAsync($"/staff/cases/{reference}/panel-responses")).Content.ReadAsStringAsync();
        Assert.Contains("Two patrols; no arrests.</textarea>", change);

        var other = await police.GetAsync($"/staff/cases/{reference}/panel-responses?agency=Council");
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Contains("your own agency (Police) only", await other.Content.ReadAsStringAsync());

        var refused = await police.SubmitAsync($"/staff/cases/{reference}/panel-responses",
            ("Agency", "Council"), ("Knew", "Pretending"), ("Did", "Pretending"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(0, await Db(db => db.Applications.Where(a => a.Reference == reference).SelectMany(a => a.Responses).CountAsync(r => db.Agencies.Any(ag => ag.Id == r.AgencyId && ag.Name == "Council"))));
    }

    [Fact]
    public async Task APanelMemberOfAnAgencyNotOnThePanel_DoesNotFindTheCase()
    {
        var reference = await Cases.WithPanel(_app, "Police");
        var council = await _app.SignedInBrowserAsync("PanelMember", "Council");

        Assert.Equal(HttpStatusCode.NotFound, (await council.GetAsync($"/staff/cases/{reference}/panel-responses")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await council.GetAsync($"/staff/cases/{reference}")).StatusCode);
    }

    [Fact]
    public async Task AnOfficerChoosesTheAgency_AndAnEmptyResponseIsSaidBesideItsField()
    {
        var reference = await Cases.WithPanel(_app, "Council", "Police");
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");

        var invalid = await officer.SubmitAsync($"/staff/cases/{reference}/panel-responses", ("Agency", "Council"), ("Knew", "Noise complaints."), ("Did", " "));
        var html = await invalid.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("<a href=\"#did\">Enter what the agency did about it</a>", html);
        Assert.Contains("Noise complaints.</textarea>", html);
        Assert.Equal(0, await Db(db => db.Applications.Where(a => a.Reference == reference).SelectMany(a => a.Responses).CountAsync()));

        var done = await officer.SubmitAsync($"/staff/cases/{reference}/panel-responses", ("Agency", "Council"), ("Knew", "Noise complaints."), ("Did", "A warning letter."));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(1, await Db(db => db.Applications.Where(a => a.Reference == reference).SelectMany(a => a.Responses).CountAsync(r => db.Agencies.Any(ag => ag.Id == r.AgencyId && ag.Name == "Council"))));
    }

    [Fact]
    public async Task PanelMembers_LandOnTheirPanelsCases_WithoutTheCaseworkersMenu()
    {
        var browser = new ResidentBrowser(_app);
        var signIn = await browser.SignInAsync(await _app.NewStaffAsync("PanelMember", "Police"));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        Assert.Equal("/staff/cases", signIn.Headers.Location!.OriginalString);
        var cases = await (await browser.GetAsync("/staff/cases")).Content.ReadAsStringAsync();
        Assert.Contains("<h1 class=\"govuk-heading-l\">Your panels&#x27; cases</h1>", cases);
        Assert.DoesNotContain("href=\"/staff/dashboard\"", cases);
        Assert.DoesNotContain("href=\"/staff/reports\"", cases);
    }
}
