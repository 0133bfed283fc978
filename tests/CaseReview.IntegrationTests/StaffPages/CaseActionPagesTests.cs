using System.Net;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.StaffPages;

/// <summary>
/// The mechanics every case action form shares (<c>CaseActionPageModel</c>), shown on "Withdraw": the case page
/// links to it only while it is allowed, a missing reason is a message beside the field with nothing written,
/// a stale form is refused rather than overwriting, and success returns to the case page saying what was done.
/// </summary>
// One host for the class: each test acts on a case of its own.
public sealed class CaseActionPagesTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app = app;

    [Fact]
    public async Task Withdraw_FromTheCasePage_WithAReason_ReturnsToTheCaseSayingItIsDone()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");

        var casePage = await (await officer.GetAsync($"/staff/cases/{reference}")).Content.ReadAsStringAsync();
        Assert.Contains($"href=\"/staff/cases/{reference}/withdraw\"", casePage);

        var done = await officer.SubmitAsync($"/staff/cases/{reference}/withdraw", ("Reason", "The applicant rang to say the neighbours have moved."));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal($"/staff/cases/{reference}", done.Headers.Location!.OriginalString);

        var after = await (await officer.GetAsync($"/staff/cases/{reference}")).Content.ReadAsStringAsync();
        Assert.Contains("Application withdrawn</p>", after);
        Assert.Contains("The applicant rang to say the neighbours have moved.", after);
        Assert.DoesNotContain($"/staff/cases/{reference}/withdraw\"", after);
        var again = await (await officer.GetAsync($"/staff/cases/{reference}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Application withdrawn</p>", again); // said once
        Assert.Equal("Withdrawn", await _app.QueryDatabaseAsync(db => db.Applications.Where(a => a.Reference == reference).Select(a => a.Status.ToString()).SingleAsync()));
    }

    [Fact]
    public async Task Withdraw_WithoutAReason_SaysSoBesideTheField_AndChangesNothing()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");

        var response = await officer.SubmitAsync($"/staff/cases/{reference}/withdraw", ("Reason", "  "));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Error: ", html);
        Assert.Contains("<a href=\"#reason\">Enter why the application is being withdrawn</a>", html);
        Assert.Contains("id=\"reason-error\"", html);
        Assert.Equal("Received", await _app.QueryDatabaseAsync(db => db.Applications.Where(a => a.Reference == reference).Select(a => a.Status.ToString()).SingleAsync()));
    }

    [Fact]
    public async Task AFormFilledInBeforeSomeoneElseChangedTheCase_IsRefused_NotOverwritten()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");
        var token = await officer.TokenAsync($"/staff/cases/{reference}/withdraw");
        var version = await _app.QueryDatabaseAsync(db => db.Applications.Where(a => a.Reference == reference).Select(a => a.Version).SingleAsync());
        await (await _app.AsAdmin()).ActOk(reference, "start-assessment");

        var response = await officer.PostAsync($"/staff/cases/{reference}/withdraw", officer.Cookies,
            ("__RequestVerificationToken", token), ("Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Reason", "Moved away"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone else changed this case", html);
        Assert.Equal("InAssessment", await _app.QueryDatabaseAsync(db => db.Applications.Where(a => a.Reference == reference).Select(a => a.Status.ToString()).SingleAsync()));
    }

    [Fact]
    public async Task AnActionNotAllowedNow_OrForTheRole_IsRefusedInWords()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");
        await officer.SubmitAsync($"/staff/cases/{reference}/withdraw", ("Reason", "Moved away"));

        var closed = await officer.GetAsync($"/staff/cases/{reference}/withdraw");
        Assert.Equal(HttpStatusCode.Forbidden, closed.StatusCode);
        Assert.Contains("You cannot do this now: the case is withdrawn.", await closed.Content.ReadAsStringAsync());

        var onPanel = await Cases.WithPanel(_app, "Police");
        var panelMember = await _app.SignedInBrowserAsync("PanelMember", "Police");
        Assert.Equal(HttpStatusCode.Forbidden, (await panelMember.GetAsync($"/staff/cases/{onPanel}/withdraw")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await panelMember.GetAsync($"/staff/cases/{reference}/withdraw")).StatusCode);
    }
}
