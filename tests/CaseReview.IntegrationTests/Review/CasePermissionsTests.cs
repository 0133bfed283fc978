using System.Net;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Review;

/// <summary>The case tells each caller what they may do to it now (<c>permissions</c>), so neither the pages nor a partner system work it out again.</summary>
// One host for the class: each test looks at a case of its own.
public sealed class CasePermissionsTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app = app;

    [Fact]
    public async Task PanelMember_MayRecordOnlyTheirOwnAgencysResponse_AndNoCaseworkersTools()
    {
        var reference = await Cases.WithPanel(_app, "Police", "Council");
        var police = await _app.AsNewStaff("PanelMember", "Police");

        var may = (await (await police.GetAsync($"/api/cases/{reference}")).ReadJson(HttpStatusCode.OK))["permissions"]!;

        Assert.Equal(["Police"], may["recordAgencyResponses"]!.AsArray().Select(a => a.Str()));
        Assert.False(may["assignOfficer"]!.GetValue<bool>());
        Assert.False(may["extendDeadlines"]!.GetValue<bool>());
        Assert.False(may["linkCases"]!.GetValue<bool>());
        Assert.False(may["recordConsultation"]!.GetValue<bool>());
    }

    [Fact]
    public async Task CaseOfficer_MayRecordForTheWholePanel_ButNoLongerCheckComplaints_OnceTheReviewIsArranged()
    {
        var reference = await Cases.WithPanel(_app, "Police", "Council");
        var officer = await _app.AsNewStaff("CaseOfficer");

        var may = (await (await officer.GetAsync($"/api/cases/{reference}")).ReadJson(HttpStatusCode.OK))["permissions"]!;

        Assert.Equal(["Police", "Council"], may["recordAgencyResponses"]!.AsArray().Select(a => a.Str()));
        Assert.False(may["verifyComplaints"]!.GetValue<bool>());
        Assert.False(may["recordConsultation"]!.GetValue<bool>());
        Assert.True(may["assignOfficer"]!.GetValue<bool>());
        Assert.True(may["extendDeadlines"]!.GetValue<bool>());
        Assert.True(may["linkCases"]!.GetValue<bool>());
    }

    [Fact]
    public async Task CaseOfficer_MayCheckComplaints_OfANewApplication_AndNotRecordResponses()
    {
        var officer = await _app.AsNewStaff("CaseOfficer");
        var reference = (await officer.Submit())["reference"].Str();

        var may = (await (await officer.GetAsync($"/api/cases/{reference}")).ReadJson(HttpStatusCode.OK))["permissions"]!;

        Assert.True(may["verifyComplaints"]!.GetValue<bool>());
        Assert.Empty(may["recordAgencyResponses"]!.AsArray());
    }

    [Fact]
    public async Task CaseOfficer_MayRecordTheConsultation_OnceTheReviewIsHeld()
    {
        var reference = await Cases.ReviewHeld(_app, ["Police"], "Police");
        var officer = await _app.AsNewStaff("CaseOfficer");

        var may = (await (await officer.GetAsync($"/api/cases/{reference}")).ReadJson(HttpStatusCode.OK))["permissions"]!;

        Assert.True(may["recordConsultation"]!.GetValue<bool>());
        Assert.Equal(["Police"], may["recordAgencyResponses"]!.AsArray().Select(a => a.Str()));
    }
}
