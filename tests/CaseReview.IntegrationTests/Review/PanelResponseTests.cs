using System.Net;
using System.Net.Http.Json;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.Review;

// One host for the class: each test records responses on a case of its own.
public sealed class PanelResponseTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app = app;

    [Fact]
    public async Task PanelMember_RecordsTheirAgencysResponse_ShownOnTheCase()
    {
        var reference = await Cases.WithPanel(_app, "Police", "Council");
        var police = await _app.AsNewStaff("PanelMember", "Police");

        var detail = await (await police.PostAsJsonAsync($"/api/cases/{reference}/panel-responses", new { knew = "Four calls since August.", did = "Two patrols." }, Api.Json)).ReadJson(HttpStatusCode.OK);

        var response = Assert.Single(detail["review"]!["responses"]!.AsArray())!;
        Assert.Equal("Police", response["agency"].Str());
        Assert.Equal("Four calls since August.", response["knew"].Str());
        Assert.Equal("Two patrols.", response["did"].Str());
        Assert.StartsWith("panelmember-", response["recordedBy"].Str());
    }

    /// <summary>
    /// Found by the hostile-input suite: the computed CurrentResponses was mapped by EF as a second relationship
    /// (a shadow CaseApplicationId column), so once a response was saved every later tracked load of the case
    /// failed with a 500 (EF tried to add to the computed, read-only list).
    /// </summary>
    [Fact]
    public async Task AfterAResponse_TheCaseCanStillBeActedOnAndRead()
    {
        var reference = await Cases.WithPanel(_app, "Police");
        var admin = await _app.AsAdmin();
        await admin.ActOk(reference, "panel-responses", new { agency = "Police", knew = "Four calls since August.", did = "Two patrols." });

        await admin.ActOk(reference, "panel-responses", new { agency = "Police", knew = "Five calls since August.", did = "Two patrols." });
        await admin.ActOk(reference, "record-review", new { findings = "The agencies did not share what they knew.", applicantSummary = "The police will patrol the footpaths on Friday evenings." });
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/cases/{reference}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/cases/{reference}/threshold-suggestion")).StatusCode);
    }

    [Fact]
    public async Task RecordingAgain_ReplacesTheResponse_AndKeepsTheEarlierOne()
    {
        var reference = await Cases.WithPanel(_app, "Police");
        var police = await _app.AsNewStaff("Chair", "Police");
        await police.PostAsJsonAsync($"/api/cases/{reference}/panel-responses", new { knew = "First draft.", did = "Patrols." }, Api.Json);

        var detail = await (await police.PostAsJsonAsync($"/api/cases/{reference}/panel-responses", new { agency = "Police", knew = "Corrected.", did = "Patrols and a warning letter." }, Api.Json)).ReadJson(HttpStatusCode.OK);

        Assert.Equal(["Corrected."], detail["review"]!["responses"]!.AsArray().Select(r => r!["knew"].Str()));
        Assert.Equal(["First draft."], detail["review"]!["replacedResponses"]!.AsArray().Select(r => r!["knew"].Str()));
        Assert.Contains(detail["history"]!.AsArray(), h => h!["action"].Str() == "panel-response" && h["reason"].Str() == "Response for Police replaced");
    }

    [Fact]
    public async Task PanelMember_CannotAnswerForAnotherAgency()
    {
        var reference = await Cases.WithPanel(_app, "Police", "Council");
        var police = await _app.AsNewStaff("PanelMember", "Police");

        var response = await police.PostAsJsonAsync($"/api/cases/{reference}/panel-responses", new { agency = "Council", knew = "x", did = "y" }, Api.Json);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task CaseOfficer_RecordsForAnyPanelAgency_ButNotForOneOffThePanel()
    {
        var reference = await Cases.WithPanel(_app, "Police");
        var officer = await _app.AsNewStaff("CaseOfficer");

        var missing = await officer.PostAsJsonAsync($"/api/cases/{reference}/panel-responses", new { knew = "x", did = "y" }, Api.Json);
        var offPanel = await officer.PostAsJsonAsync($"/api/cases/{reference}/panel-responses", new { agency = "Council", knew = "x", did = "y" }, Api.Json);
        var onPanel = await officer.PostAsJsonAsync($"/api/cases/{reference}/panel-responses", new { agency = "Police", knew = "x", did = "y" }, Api.Json);

        Assert.NotNull((await missing.ReadJson(HttpStatusCode.BadRequest))["errors"]!["agency"]);
        Assert.NotNull((await offPanel.ReadJson(HttpStatusCode.BadRequest))["errors"]!["agency"]);
        Assert.Equal(HttpStatusCode.OK, onPanel.StatusCode);
        var audit = await _app.QueryDatabaseAsync(db => db.AuditEntries.AsNoTracking().CountAsync(e => e.Action == "case.panel-response" && e.CaseReference == reference));
        Assert.Equal(1, audit);
    }

    [Fact]
    public async Task BeforeTheReviewIsArranged_ResponsesAreAConflict()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.AsNewStaff("CaseOfficer");

        var response = await officer.PostAsJsonAsync($"/api/cases/{reference}/panel-responses", new { agency = "Police", knew = "x", did = "y" }, Api.Json);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task ScheduleReview_RecordsTheChairAndHowTheApplicantTakesPart()
    {
        var (chairId, chairEmail) = await _app.NewStaffAccount("Chair", "Council");
        var reference = await Cases.WithPanel(_app, "Police");
        var officer = await _app.AsNewStaff("CaseOfficer");

        var detail = await officer.ActOk(reference, "schedule-review", new { meetingAt = "2026-12-01T10:00:00Z", chair = new { userId = chairId }, applicantParticipation = "Online" });
        var independent = await officer.ActOk(reference, "schedule-review", new { meetingAt = "2026-12-02T10:00:00Z", chair = new { name = "Sam Independent" } });

        Assert.Equal(chairEmail, detail["review"]!["chair"]!["name"].Str());
        Assert.Equal(chairId, detail["review"]!["chair"]!["userId"].Str());
        Assert.Equal("Online", detail["review"]!["applicantParticipation"].Str());
        Assert.Equal("Sam Independent", independent["review"]!["chair"]!["name"].Str());
        Assert.Equal("Online", independent["review"]!["applicantParticipation"].Str());
        Assert.Equal(["Police"], independent["review"]!["panel"]!.AsArray().Select(p => p.Str()));
    }

    [Fact]
    public async Task ScheduleReview_RefusesAChairAccountWithoutTheChairRole()
    {
        var (officerId, _) = await _app.NewStaffAccount("CaseOfficer");
        var reference = await Cases.WithPanel(_app, "Police");
        var officer = await _app.AsNewStaff("CaseOfficer");

        var problem = await (await officer.Act(reference, "schedule-review", new { meetingAt = "2026-12-01T10:00:00Z", chair = new { userId = officerId } })).ReadJson(HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["chair.userId"]);
    }

    [Fact]
    public async Task TheNamedChair_SeesTheCaseAndRecordsTheReview_EvenFromAnAgencyOffThePanel()
    {
        var (chairId, chairEmail) = await _app.NewStaffAccount("Chair", "Council");
        var reference = await Cases.WithPanel(_app, "Police");
        var chair = await _app.SignedIn(chairEmail, Api.StaffPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await chair.GetAsync($"/api/cases/{reference}")).StatusCode);
        var officer = await _app.AsNewStaff("CaseOfficer");
        await officer.ActOk(reference, "schedule-review", new { meetingAt = "2026-11-02T09:00:00Z", chair = new { userId = chairId } });

        var detail = await (await chair.GetAsync($"/api/cases/{reference}")).ReadJson(HttpStatusCode.OK);
        var held = await chair.ActOk(reference, "record-review", new { findings = "The agencies had not shared reports.", applicantSummary = "The police will patrol the footpaths on Friday evenings." });

        Assert.Equal(["record-review"], detail["allowedActions"]!.AsArray().Select(a => a.Str()));
        Assert.Equal("ReviewHeld", held["status"].Str());
    }
}
