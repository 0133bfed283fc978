using System.Net;
using System.Net.Http.Json;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.Review;

// One host for the class: each test reviews a case of its own. The one that names recommendation 1 (the first on
// a new host) starts one of its own.
public sealed class ActionPlanTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app = app;

    [Fact]
    public async Task OwnerAgencysPanelMember_MovesARecommendationOn_WithHistoryAndAudit()
    {
        var reference = await Cases.ReviewHeld(_app, ["Police", "Council"], "Police");
        var police = await _app.AsNewStaff("PanelMember", "Police");
        var id = await RecommendationId(police, reference);

        await (await police.PostAsJsonAsync($"/api/cases/{reference}/recommendations/{id}/status", new { status = "InProgress", note = "Patrols booked." }, Api.Json)).ReadJson(HttpStatusCode.OK);
        var detail = await (await police.PostAsJsonAsync($"/api/cases/{reference}/recommendations/{id}/status", new { status = "Completed" }, Api.Json)).ReadJson(HttpStatusCode.OK);

        var recommendation = detail["review"]!["recommendations"]!.AsArray().Single()!;
        Assert.Equal("Completed", recommendation["status"].Str());
        Assert.Equal("Lead at Police", recommendation["lead"].Str());
        Assert.Equal(
            [("Open", "InProgress", "Patrols booked."), ("InProgress", "Completed", null)],
            recommendation["updates"]!.AsArray().Select(u => (u!["from"].Str(), u["to"].Str(), u["note"]?.GetValue<string>())));
        var audit = await _app.QueryDatabaseAsync(db => db.AuditEntries.AsNoTracking().CountAsync(e => e.Action == "case.recommendation-status" && e.CaseReference == reference));
        Assert.Equal(2, audit);
    }

    [Fact]
    public async Task PanelMemberOfAnotherAgency_CannotUpdateTheRecommendation()
    {
        var reference = await Cases.ReviewHeld(_app, ["Police", "Council"], "Police");
        var council = await _app.AsNewStaff("PanelMember", "Council");
        var id = await RecommendationId(council, reference);

        var response = await council.PostAsJsonAsync($"/api/cases/{reference}/recommendations/{id}/status", new { status = "Completed" }, Api.Json);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task UnknownRecommendation_IsNotFound_AndAnUnknownStatusIsAFieldError()
    {
        using var app = new CaseReviewApp();
        var reference = await Cases.ReviewHeld(app, ["Police"], "Police");
        var officer = await app.AsNewStaff("CaseOfficer");

        var unknown = await officer.PostAsJsonAsync($"/api/cases/{reference}/recommendations/999/status", new { status = "Completed" }, Api.Json);
        var badStatus = await officer.PostAsJsonAsync($"/api/cases/{reference}/recommendations/1/status", new { status = "Finished" }, Api.Json);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.NotNull((await badStatus.ReadJson(HttpStatusCode.BadRequest))["errors"]!["status"]);
    }

    [Fact]
    public async Task ApplicantConsultation_IsRecordedBeforeTheOutcome_AndShownOnTheCase()
    {
        var reference = await Cases.ReviewHeld(_app, ["Police"], "Police");
        var officer = await _app.AsNewStaff("CaseOfficer");

        var detail = await (await officer.PostAsJsonAsync($"/api/cases/{reference}/applicant-consultation", new { consultedOn = "2026-11-02", how = "Phone", comments = "Happy with the plan; asks for a named contact." }, Api.Json)).ReadJson(HttpStatusCode.OK);
        await officer.ActOk(reference, "send-outcome");
        var afterOutcome = await officer.PostAsJsonAsync($"/api/cases/{reference}/applicant-consultation", new { consultedOn = "2026-11-02", how = "Phone" }, Api.Json);

        var consultation = detail["review"]!["applicantConsultation"]!;
        Assert.Equal("2026-11-02", consultation["consultedOn"].Str());
        Assert.Equal("Phone", consultation["how"].Str());
        Assert.Equal("Happy with the plan; asks for a named contact.", consultation["comments"].Str());
        Assert.Equal(HttpStatusCode.Conflict, afterOutcome.StatusCode);
    }

    [Fact]
    public async Task PanelMember_CannotRecordTheApplicantConsultation()
    {
        var reference = await Cases.ReviewHeld(_app, ["Police"], "Police");
        var police = await _app.AsNewStaff("Chair", "Police");

        var response = await police.PostAsJsonAsync($"/api/cases/{reference}/applicant-consultation", new { consultedOn = "2026-11-02", how = "Phone" }, Api.Json);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task<int> RecommendationId(HttpClient client, string reference) =>
        (await (await client.GetAsync($"/api/cases/{reference}")).ReadJson(HttpStatusCode.OK))["review"]!["recommendations"]!.AsArray().First()!["id"]!.GetValue<int>();
}
