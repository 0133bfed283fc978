using System.Net;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.StaffPages;

/// <summary>
/// Staff enter an application taken by phone or on paper on one page (<c>/staff/applications/new</c>), with
/// complaint rows added and removed by submit buttons; a double submission makes one case.
/// </summary>
// One host for the class: the tests that look only at the case they entered share it. Those that count or single
// out every application start one of their own.
public sealed class StaffApplicationEntryTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private const string Url = "/staff/applications/new";
    private readonly CaseReviewApp _app = app;

    private static (string, string)[] Answers(params (string, string)[] extra) =>
    [
        ("Channel", "Phone"), ("Name", "Sam Caller"), ("Phone", "07700900456"), ("PreferredContact", "Phone"),
        ("Postcode", "B98 8AH"), ("Address", "2 High Street, Redditch"), ("IsThirdParty", "false"), ("VictimType", "Individual"),
        ("Location", "The car park behind the shops"), ("Description", "Cars racing at night."), ("AsbType", "Nuisance"),
        ("IssueTypes", "NuisanceVehicles"), ("HateMotivated", "false"), ("Impact", "No one on the street can sleep."),
        ("Complaints[0].IncidentDate.Day", "10"), ("Complaints[0].IncidentDate.Month", "9"), ("Complaints[0].IncidentDate.Year", "2026"),
        ("Complaints[0].ReportedDate.Day", "11"), ("Complaints[0].ReportedDate.Month", "9"), ("Complaints[0].ReportedDate.Year", "2026"),
        ("Complaints[0].Agency", "Police"), ("Complaints[0].Summary", "Racing in the car park."),
        .. extra,
    ];

    private static readonly (string, string)[] SecondComplaint =
    [
        ("Complaints[1].IncidentDate.Day", "2"), ("Complaints[1].IncidentDate.Month", "10"), ("Complaints[1].IncidentDate.Year", "2026"),
        ("Complaints[1].ReportedDate.Day", "3"), ("Complaints[1].ReportedDate.Month", "10"), ("Complaints[1].ReportedDate.Year", "2026"),
        ("Complaints[1].Agency", "Council"), ("Complaints[1].AgencyReference", "ENV-123"), ("Complaints[1].Summary", "Racing again."),
    ];

    [Fact]
    public async Task AnOfficer_EntersAPhoneApplicationWithTwoComplaints_AndLandsOnTheNewCase()
    {
        using var app = new CaseReviewApp();
        var officer = await app.SignedInBrowserAsync("CaseOfficer");
        Assert.Contains($"href=\"{Url}\"", await (await officer.GetAsync("/staff/cases")).Content.ReadAsStringAsync());

        var done = await officer.SubmitAsync(Url, Answers(SecondComplaint));

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var casePage = await (await officer.GetAsync(done.Headers.Location!.OriginalString)).Content.ReadAsStringAsync();
        Assert.Contains("Application entered</p>", casePage);
        Assert.Contains("Sam Caller", casePage);
        Assert.Contains("ENV-123", casePage);
        var saved = await app.QueryDatabaseAsync(db => db.Applications.Select(a => new { Channel = a.Channel.ToString(), a.Complaints.Count }).SingleAsync());
        Assert.Equal("Phone", saved.Channel);
        Assert.Equal(2, saved.Count);
    }

    [Fact]
    public async Task SendingTheSameFormTwice_MakesOneCase()
    {
        using var app = new CaseReviewApp();
        var officer = await app.SignedInBrowserAsync("CaseOfficer");
        var token = await officer.TokenAsync(Url);
        (string, string)[] fields = [("__RequestVerificationToken", token), ("IdempotencyKey", "entry-key-1"), .. Answers()];

        var first = await officer.PostAsync(Url, officer.Cookies, fields);
        var second = await officer.PostAsync(Url, officer.Cookies, fields);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await app.QueryDatabaseAsync(db => db.Applications.CountAsync()));
    }

    [Fact]
    public async Task AddAndRemoveComplaintRows_WithoutJavaScript_KeepWhatWasTyped()
    {
        using var app = new CaseReviewApp();
        var officer = await app.SignedInBrowserAsync("CaseOfficer");

        var added = await (await officer.SubmitAsync(Url, Answers(("Act", "add")))).Content.ReadAsStringAsync();
        Assert.Contains("Complaint 2</legend>", added);
        Assert.Contains("Racing in the car park.", added);
        Assert.Contains(">Remove<span class=\"govuk-visually-hidden\"> complaint 2", added);

        var removed = await (await officer.SubmitAsync(Url, Answers([.. SecondComplaint, ("Act", "remove-0")]))).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Complaint 2</legend>", removed);
        Assert.Contains("Racing again.", removed);
        Assert.DoesNotContain("Racing in the car park.", removed);
        Assert.Equal(0, await app.QueryDatabaseAsync(db => db.Applications.CountAsync()));
    }

    [Fact]
    public async Task MistakesAreSaidBesideEachField_IncludingTheRightComplaintRow_AndNothingIsWritten()
    {
        using var app = new CaseReviewApp();
        var officer = await app.SignedInBrowserAsync("CaseOfficer");
        (string, string)[] badSecond = [.. SecondComplaint.Where(f => f.Item1 != "Complaints[1].IncidentDate.Day"), ("Complaints[1].IncidentDate.Day", "32")];

        var response = await officer.SubmitAsync(Url, [.. Answers(badSecond).Where(f => f.Item1 is not "Name" and not "Channel")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Error: ", html);
        Assert.Contains("<a href=\"#channel\">Select how the application was received</a>", html);
        Assert.Contains("<a href=\"#complaints-1-incidentDate-day\">The date it happened must be a real date, like 27 3 2026</a>", html);
        Assert.Contains("id=\"complaints-1-incidentDate-error\"", html);
        Assert.Contains("id=\"applicant-name-error\"", html);
        Assert.Contains("value=\"32\"", html);
        Assert.Equal(0, await app.QueryDatabaseAsync(db => db.Applications.CountAsync()));

        var late = await (await officer.SubmitAsync(Url, Answers([.. SecondComplaint.Where(f => f.Item1 != "Complaints[1].ReportedDate.Year"), ("Complaints[1].ReportedDate.Year", "2027")]))).Content.ReadAsStringAsync();
        Assert.Contains("id=\"complaints-1-reportedDate-error\"", late);
        Assert.Equal(0, await app.QueryDatabaseAsync(db => db.Applications.CountAsync()));
    }

    [Fact]
    public async Task APanelMember_IsToldInWords()
    {
        var panelMember = await _app.SignedInBrowserAsync("PanelMember", "Police");

        var response = await panelMember.GetAsync(Url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Only case officers and administrators can enter applications.", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain($"href=\"{Url}\"", await (await panelMember.GetAsync("/staff/cases")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ALetterThatArrivedLastFriday_HasItsDeadlinesCountedFromFriday()
    {
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");

        var response = await officer.SubmitAsync(Url, Answers(("Channel", "Paper"), ("ReceivedOn.Day", "30"), ("ReceivedOn.Month", "10"), ("ReceivedOn.Year", "2026")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await (await officer.GetAsync(response.Headers.Location!.OriginalString)).Content.ReadAsStringAsync();
        Assert.Contains("Friday 13 November 2026", html); // threshold decision: 10 working days after Friday 30 October, not after Monday 2 November
        Assert.Contains("Received on 30 October 2026, entered on 2 November 2026", html);
    }

    [Fact]
    public async Task AReceivedDateInTheFuture_IsSaidBesideIt_AndNothingIsEntered()
    {
        using var app = new CaseReviewApp();
        var officer = await app.SignedInBrowserAsync("CaseOfficer");

        var response = await officer.SubmitAsync(Url, Answers(("Channel", "Paper"), ("ReceivedOn.Day", "3"), ("ReceivedOn.Month", "11"), ("ReceivedOn.Year", "2026")));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<a href=\"#receivedOn-day\">The date the application was received must be today or in the past</a>", html);
        Assert.Equal(0, await app.QueryDatabaseAsync(db => db.Applications.CountAsync()));
    }
}
