using System.Net;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.StaffPages;

/// <summary>
/// The officer's forms before the panel: start the assessment, check a complaint, assign an officer, extend a
/// deadline and close the case. Each sends the API's command; what it changed shows on the case page and in
/// the database, a missing answer is a message beside its field with nothing written, a panel member is told
/// in words (403), and an unknown case is not found.
/// </summary>
// One host for the class: each test brings its own cases and staff. The one that moves the clock on starts its own.
public sealed partial class CaseworkerPagesTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app = app;

    private Task<string> NewCase() => NewCase(_app);

    private static async Task<string> NewCase(CaseReviewApp app) => (await app.CreateClient().Submit())["reference"].Str();

    private Task<string> Status(string reference) => Status(_app, reference);

    private static Task<string> Status(CaseReviewApp app, string reference) =>
        app.QueryDatabaseAsync(db => db.Applications.Where(a => a.Reference == reference).Select(a => a.Status.ToString()).SingleAsync());

    private static async Task<string> Html(Task<HttpResponseMessage> response) => await (await response).Content.ReadAsStringAsync();

    [Fact]
    public async Task StartAssessment_FromTheCasePage_MovesTheCaseIntoAssessment()
    {
        var reference = await NewCase();
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");
        Assert.Contains($"href=\"/staff/cases/{reference}/start-assessment\"", await Html(officer.GetAsync($"/staff/cases/{reference}")));

        var done = await officer.SubmitAsync($"/staff/cases/{reference}/start-assessment");

        Assert.Equal($"/staff/cases/{reference}", done.Headers.Location!.OriginalString);
        Assert.Contains("Assessment started</p>", await Html(officer.GetAsync($"/staff/cases/{reference}")));
        Assert.Equal("InAssessment", await Status(reference));
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"/staff/cases/{reference}/start-assessment")).StatusCode);
    }

    [Fact]
    public async Task StartAssessment_IsNotForAPanelMember_NorForAnUnknownCase()
    {
        var onPanel = await Cases.WithPanel(_app, "Police");
        var panelMember = await _app.SignedInBrowserAsync("PanelMember", "Police");
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");

        Assert.Equal(HttpStatusCode.Forbidden, (await panelMember.GetAsync($"/staff/cases/{onPanel}/start-assessment")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/staff/cases/ASB-2099-99999/start-assessment")).StatusCode);
    }

    [Fact]
    public async Task CheckAComplaint_FromItsRow_MarksItChecked()
    {
        var reference = await NewCase();
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");
        var id = await _app.QueryDatabaseAsync(db => db.Applications.Where(a => a.Reference == reference).SelectMany(a => a.Complaints).OrderBy(c => c.IncidentDate).Select(c => c.Id).FirstAsync());
        var href = $"/staff/cases/{reference}/complaints/{id}/verify";
        Assert.Contains($"href=\"{href}\"", await Html(officer.GetAsync($"/staff/cases/{reference}")));
        Assert.Contains("10 September 2026", await Html(officer.GetAsync(href)));

        var done = await officer.SubmitAsync(href);

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var after = await Html(officer.GetAsync($"/staff/cases/{reference}"));
        Assert.Contains("Complaint checked</p>", after);
        Assert.DoesNotContain($"href=\"{href}\"", after);
        Assert.True(await _app.QueryDatabaseAsync(db => db.Applications.Where(a => a.Reference == reference).SelectMany(a => a.Complaints).Where(c => c.Id == id).Select(c => c.VerifiedByOfficer).SingleAsync()));
    }

    [Fact]
    public async Task CheckAComplaint_IsNotForAPanelMember_NorAnUnknownComplaint()
    {
        var onPanel = await Cases.WithPanel(_app, "Police");
        var id = await _app.QueryDatabaseAsync(db => db.Applications.Where(a => a.Reference == onPanel).SelectMany(a => a.Complaints).Select(c => c.Id).FirstAsync());
        var panelMember = await _app.SignedInBrowserAsync("PanelMember", "Police");
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");

        var refused = await panelMember.GetAsync($"/staff/cases/{onPanel}/complaints/{id}/verify");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Only case officers and administrators can do this.", await refused.Content.ReadAsStringAsync());
        Assert.DoesNotContain("/verify\"", await Html(panelMember.GetAsync($"/staff/cases/{onPanel}")));
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/staff/cases/{onPanel}/complaints/999999/verify")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/staff/cases/ASB-2099-99999/complaints/{id}/verify")).StatusCode);
    }

    [Fact]
    public async Task AssignAnOfficer_ByEmail_ShowsThemOnTheCase()
    {
        var reference = await NewCase();
        var colleague = await _app.NewStaffAsync("CaseOfficer");
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");
        Assert.Contains($"href=\"/staff/cases/{reference}/assign\"", await Html(officer.GetAsync($"/staff/cases/{reference}")));

        var done = await officer.SubmitAsync($"/staff/cases/{reference}/assign", ("OfficerEmail", colleague));

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var after = await Html(officer.GetAsync($"/staff/cases/{reference}"));
        Assert.Contains("Case officer assigned</p>", after);
        Assert.Contains(colleague, after);
    }

    [Fact]
    public async Task AssignAnOfficer_WhoIsNotStaff_SaysSoBesideTheField()
    {
        var reference = await NewCase();
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");

        var html = await Html(officer.SubmitAsync($"/staff/cases/{reference}/assign", ("OfficerEmail", "nobody@example.org")));

        Assert.Contains("<title>Error: ", html);
        Assert.Contains("<a href=\"#officerEmail\">There is no active case officer or administrator with that email address</a>", html);
        Assert.Contains("id=\"officerEmail-error\"", html);
        Assert.Contains("value=\"nobody@example.org\"", html);
        Assert.DoesNotContain("nobody@example.org", await Html(officer.GetAsync($"/staff/cases/{reference}")));
    }

    [Fact]
    public async Task AssignAnOfficer_IsNotForAPanelMember_NorAnUnknownCase()
    {
        var onPanel = await Cases.WithPanel(_app, "Police");
        var panelMember = await _app.SignedInBrowserAsync("PanelMember", "Police");
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");

        Assert.Equal(HttpStatusCode.Forbidden, (await panelMember.GetAsync($"/staff/cases/{onPanel}/assign")).StatusCode);
        Assert.DoesNotContain($"/staff/cases/{onPanel}/assign\"", await Html(panelMember.GetAsync($"/staff/cases/{onPanel}")));
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/staff/cases/ASB-2099-99999/assign")).StatusCode);
    }

    [Fact]
    public async Task ExtendADeadline_FromItsRow_ShowsTheNewDateAndWhy()
    {
        var reference = await NewCase();
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");
        var href = $"/staff/cases/{reference}/deadlines/ThresholdDecision/extend";
        Assert.Contains($"href=\"{href}\"", await Html(officer.GetAsync($"/staff/cases/{reference}")));

        var done = await officer.SubmitAsync(href, ("DueDate.Day", "4"), ("DueDate.Month", "1"), ("DueDate.Year", "2027"), ("Reason", "The Police records arrive after Christmas."));

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var after = await Html(officer.GetAsync($"/staff/cases/{reference}"));
        Assert.Contains("Deadline extended</p>", after);
        Assert.Contains("Monday 4 January 2027", after);
        Assert.Contains("The Police records arrive after Christmas.", after);
    }

    [Fact]
    public async Task ExtendADeadline_WithANotRealDateAndNoReason_SaysSoBesideEachField_AndChangesNothing()
    {
        var reference = await NewCase();
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");
        var href = $"/staff/cases/{reference}/deadlines/ThresholdDecision/extend";

        var response = await officer.SubmitAsync(href, ("DueDate.Day", "31"), ("DueDate.Month", "2"), ("DueDate.Year", "2027"), ("Reason", ""));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<a href=\"#dueDate-day\">The new due date must be a real date, like 27 3 2026</a>", html);
        Assert.Contains("<a href=\"#reason\">Enter why the deadline is being extended</a>", html);
        Assert.Contains("value=\"31\"", html);
        Assert.DoesNotContain("extended from", await Html(officer.GetAsync($"/staff/cases/{reference}")));

        var empty = await Html(officer.SubmitAsync(href, ("DueDate.Day", ""), ("DueDate.Month", ""), ("DueDate.Year", ""), ("Reason", "Late records")));
        Assert.Contains("<a href=\"#dueDate-day\">Enter the new due date</a>", empty);
    }

    [Fact]
    public async Task ExtendADeadline_IsNotForAPanelMember_NorAStageThatIsNotOpen()
    {
        var onPanel = await Cases.WithPanel(_app, "Police");
        var panelMember = await _app.SignedInBrowserAsync("PanelMember", "Police");
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");

        Assert.Equal(HttpStatusCode.Forbidden, (await panelMember.GetAsync($"/staff/cases/{onPanel}/deadlines/ReviewMeeting/extend")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/staff/cases/{onPanel}/deadlines/Acknowledge/extend")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/staff/cases/{onPanel}/deadlines/Nonsense/extend")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/staff/cases/ASB-2099-99999/deadlines/ReviewMeeting/extend")).StatusCode);
    }

    [Fact]
    public async Task Close_AfterTheAppealWindow_WithAReason_ClosesTheCase()
    {
        using var app = new CaseReviewApp();
        var reference = await NewCase(app);
        var admin = await app.AsAdmin();
        await admin.ActOk(reference, "start-assessment");
        await admin.ActOk(reference, "threshold-decision", new { met = false, reason = "The incidents were reported to the wrong agency." });
        app.Clock.Advance(TimeSpan.FromDays(40));
        var officer = await app.SignedInBrowserAsync("CaseOfficer");

        var missing = await Html(officer.SubmitAsync($"/staff/cases/{reference}/close", ("Reason", " ")));
        Assert.Contains("<a href=\"#reason\">Enter why the case is being closed</a>", missing);
        Assert.Equal("ThresholdNotMet", await Status(app, reference));

        var done = await officer.SubmitAsync($"/staff/cases/{reference}/close", ("Reason", "No appeal received."));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Contains("Case closed</p>", await Html(officer.GetAsync($"/staff/cases/{reference}")));
        Assert.Equal("Closed", await Status(app, reference));
    }

    [Fact]
    public async Task Close_IsNotForAPanelMember_NorBeforeItIsAllowed_NorAnUnknownCase()
    {
        var onPanel = await Cases.WithPanel(_app, "Police");
        var panelMember = await _app.SignedInBrowserAsync("PanelMember", "Police");
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");

        Assert.Equal(HttpStatusCode.Forbidden, (await panelMember.GetAsync($"/staff/cases/{onPanel}/close")).StatusCode);
        var early = await officer.GetAsync($"/staff/cases/{onPanel}/close");
        Assert.Equal(HttpStatusCode.Forbidden, early.StatusCode);
        Assert.Contains("You cannot do this now", await early.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/staff/cases/ASB-2099-99999/close")).StatusCode);
    }
}
