using System.Net;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Statistics;

/// <summary>
/// The published figures are counted at most once per <c>Statistics:PublishedCacheSeconds</c>: anyone can ask for
/// them, so asking must not cost a count each time. Figures a few minutes old are what a published figure is.
/// </summary>
public sealed class PublishedFiguresCacheTests
{
    [Fact]
    public async Task PublishedFigures_AreCountedAgainOnlyWhenTheCacheTimeHasPassed()
    {
        using var app = new CaseReviewApp { Settings = { ["Statistics:PublishedCacheSeconds"] = "600" } };
        var anyone = app.CreateClient();
        await anyone.Submit();
        Assert.Equal(1, await ApplicationsThisYear(anyone));

        await anyone.Submit();
        var withinTheCacheTime = await ApplicationsThisYear(anyone);
        var statisticsPage = await (await anyone.GetAsync("/statistics")).Content.ReadAsStringAsync();
        app.Clock.Advance(TimeSpan.FromSeconds(601));
        var afterIt = await ApplicationsThisYear(anyone);

        Assert.Equal(1, withinTheCacheTime);
        Assert.Equal(["1", "0", "0", "0"], HtmlTables.Row(statisticsPage, "2026-27", from: "statutory-figures-table"));
        Assert.Equal(2, afterIt);
    }

    [Fact]
    public async Task StaffFigures_AreAlwaysCountedLive()
    {
        using var app = new CaseReviewApp { Settings = { ["Statistics:PublishedCacheSeconds"] = "600" } };
        var officer = await app.AsNewStaff("CaseOfficer");
        await app.CreateClient().Submit();
        await app.CreateClient().GetAsync("/api/statistics/published");

        await app.CreateClient().Submit();
        var annual = await (await officer.GetAsync("/api/statistics/annual?year=2026")).ReadJson(HttpStatusCode.OK);

        Assert.Equal(2, (int)annual["applications"]!);
    }

    private static async Task<int> ApplicationsThisYear(HttpClient client)
    {
        var response = await client.GetAsync("/api/statistics/published");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var years = System.Text.Json.Nodes.JsonNode.Parse(body)!.AsArray();
        return (int)years.Single(y => (int)y!["year"]! == 2026)!["applications"]!;
    }
}
