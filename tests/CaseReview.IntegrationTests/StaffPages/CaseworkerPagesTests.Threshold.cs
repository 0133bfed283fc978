using System.Net;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.StaffPages;

/// <summary>
/// The threshold decision page shows the policy's suggestion and its reasons before the officer decides (dates
/// worked by hand against the application date, 2 November 2026), and a decision against it needs a reason.
/// </summary>
public sealed partial class CaseworkerPagesTests
{
    private async Task<string> InAssessment(object? application = null)
    {
        var reference = (await _app.CreateClient().Submit(application))["reference"].Str();
        await (await _app.AsAdmin()).ActOk(reference, "start-assessment");
        return reference;
    }

    [Fact]
    public async Task ThresholdPage_ShowsThePolicySuggestingItIsMet_WithEachComplaintCounted()
    {
        var reference = await InAssessment();
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");
        Assert.Contains($"href=\"/staff/cases/{reference}/threshold-decision\"", await Html(officer.GetAsync($"/staff/cases/{reference}")));

        var html = await Html(officer.GetAsync($"/staff/cases/{reference}/threshold-decision"));

        Assert.Contains("The threshold is met</p>", html);
        Assert.Contains("The threshold is met: 3 separate incidents were reported within one month of happening", html);
        Assert.Contains("Qualifying incidents: 3", html);
        Assert.Contains("Counted: reported to Police 1 day after the incident", html);
        Assert.Contains("The reason is sent to the applicant", html);

        var done = await officer.SubmitAsync($"/staff/cases/{reference}/threshold-decision", ("Met", "true"), ("Reason", ""));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Contains("Threshold decision recorded</p>", await Html(officer.GetAsync($"/staff/cases/{reference}")));
        Assert.Equal("ReviewPending", await Status(reference));
    }

    [Fact]
    public async Task ThresholdPage_ShowsThePolicySuggestingItIsNotMet_WithWhyEachComplaintDidNotCount()
    {
        var reference = await InAssessment(Api.Application(
            Api.Complaint("2026-09-10", "2026-09-11", "Police"),
            Api.Complaint("2026-07-01", "2026-09-20", "Council"),
            Api.Complaint("2026-04-01", "2026-04-02", "Police")));
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");

        var html = await Html(officer.GetAsync($"/staff/cases/{reference}/threshold-decision"));

        Assert.Contains("The threshold is not met</p>", html);
        Assert.Contains("The threshold is not met: 1 of your complaints counts", html);
        Assert.Contains("Qualifying incidents: 1", html);
        Assert.Contains("Not counted: reported 81 days after the incident", html);
        Assert.Contains("more than 6 months before this application", html);
    }

    [Fact]
    public async Task ThresholdPage_DecidingAgainstTheSuggestionWithoutAReason_IsRefusedBesideTheField()
    {
        var reference = await InAssessment();
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");

        var response = await officer.SubmitAsync($"/staff/cases/{reference}/threshold-decision", ("Met", "false"), ("Reason", " "));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Error: ", html);
        Assert.Contains("<a href=\"#reason\">Give a reason: the decision differs from what the threshold policy suggests.</a>", html);
        Assert.Contains("id=\"reason-error\"", html);
        Assert.Contains("The threshold is met</p>", html); // the suggestion is still shown
        Assert.Equal("InAssessment", await Status(reference));

        var unanswered = await Html(officer.SubmitAsync($"/staff/cases/{reference}/threshold-decision", ("Reason", "")));
        Assert.Contains("<a href=\"#met\">Say whether the threshold is met</a>", unanswered);

        var done = await officer.SubmitAsync($"/staff/cases/{reference}/threshold-decision", ("Met", "false"), ("Reason", "Two of the reports are about a different address."));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal("ThresholdNotMet", await Status(reference));
    }

    [Fact]
    public async Task ThresholdPage_IsNotForAPanelMember_NorAnUnknownCase_AndTheSuggestionApiIsForCaseworkers()
    {
        var onPanel = await Cases.WithPanel(_app, "Police");
        var panelMember = await _app.SignedInBrowserAsync("PanelMember", "Police");
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");

        Assert.Equal(HttpStatusCode.Forbidden, (await panelMember.GetAsync($"/staff/cases/{onPanel}/threshold-decision")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/staff/cases/ASB-2099-99999/threshold-decision")).StatusCode);

        var suggestion = await (await _app.AsAdmin()).GetAsync($"/api/cases/{onPanel}/threshold-suggestion");
        var json = await suggestion.ReadJson(HttpStatusCode.OK);
        Assert.True(json["met"]!.GetValue<bool>());
        Assert.Equal("StatutoryCount", json["rule"].Str());
        Assert.Equal(3, json["complaints"]!.AsArray().Count);
        Assert.Equal(1, await _app.QueryDatabaseAsync(db => db.AuditEntries.CountAsync(a => a.Action == "case.threshold-suggestion-viewed" && a.CaseReference == onPanel)));
    }
}
