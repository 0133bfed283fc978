using System.Net;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Authorization;

/// <summary>A panel member learns nothing of cases outside their panels: not the case, not a count, not a deadline.</summary>
public sealed class NothingLeaksTests : IDisposable
{
    private readonly CaseReviewApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task PanelMember_ListsAndCountsOnlyTheirPanelsCases()
    {
        var police = await Cases.WithPanel(_app, "Police");
        await Cases.WithPanel(_app, "Council");
        await _app.CreateClient().Submit();
        var panelMember = await _app.AsNewStaff("PanelMember", "Police");

        var all = await (await panelMember.GetAsync("/api/cases")).ReadJson(HttpStatusCode.OK);
        var received = await (await panelMember.GetAsync("/api/cases?status=Received")).ReadJson(HttpStatusCode.OK);
        var overdue = await (await panelMember.GetAsync("/api/cases?overdue=true")).ReadJson(HttpStatusCode.OK);

        Assert.Equal(1, all["total"]!.GetValue<int>());
        Assert.Equal([police], all["items"]!.AsArray().Select(i => i!["reference"].Str()));
        Assert.Equal(0, received["total"]!.GetValue<int>());
        Assert.Equal(0, overdue["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task PanelMember_SeesOnlyTheirPanelsDeadlines()
    {
        var police = await Cases.WithPanel(_app, "Police");
        await Cases.WithPanel(_app, "Council");
        await _app.CreateClient().Submit();
        var chair = await _app.AsNewStaff("Chair", "Police");

        var deadlines = await chair.GetArray("/api/deadlines");

        Assert.Equal([police], deadlines.Select(d => d!["reference"].Str()).Distinct());
    }

    [Fact]
    public async Task ACaseSomeoneMayNotSee_AnswersExactlyAsACaseThatDoesNotExist()
    {
        var council = await Cases.WithPanel(_app, "Council");
        var panelMember = await _app.AsNewStaff("PanelMember", "Police");

        var hidden = await (await panelMember.GetAsync($"/api/cases/{council}")).ReadJson(HttpStatusCode.NotFound);
        var missing = await (await panelMember.GetAsync("/api/cases/CR-2026-999999")).ReadJson(HttpStatusCode.NotFound);

        Assert.Equal(missing["title"].Str(), hidden["title"].Str());
        Assert.Equal(missing["detail"].Str().Replace("CR-2026-999999", council, StringComparison.Ordinal), hidden["detail"].Str());
        Assert.DoesNotContain("Alex", hidden.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PanelMember_IsSuggestedNoLinkOutsideTheirPanels_EvenForTheSameApplicant()
    {
        var police = await Cases.WithPanel(_app, "Police");
        var council = await Cases.WithPanel(_app, "Council"); // same applicant and address as every test application
        var officer = await _app.AsNewStaff("CaseOfficer");
        var panelMember = await _app.AsNewStaff("PanelMember", "Police");

        var asOfficer = await officer.GetArray($"/api/cases/{police}/link-suggestions");
        var asPanelMember = await panelMember.GetArray($"/api/cases/{police}/link-suggestions");

        Assert.Contains(asOfficer, s => s!["reference"].Str() == council);
        Assert.Empty(asPanelMember);
    }
}
