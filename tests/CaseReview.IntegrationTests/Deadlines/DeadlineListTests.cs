using System.Net;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Deadlines;

public sealed class DeadlineListTests : IDisposable
{
    private readonly CaseReviewApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task OpenStaffDeadlines_AreListedSoonestFirst_WithRag()
    {
        var client = _app.CreateClient();
        var first = (await client.Submit())["reference"].Str();
        _app.Clock.Advance(TimeSpan.FromDays(3)); // Thursday 5 November 2026
        var second = (await client.Submit())["reference"].Str();
        var officer = await _app.AsNewStaff("CaseOfficer");

        var deadlines = (await (await officer.GetAsync("/api/deadlines")).Content.ReadAsStringAsync());
        var rows = System.Text.Json.Nodes.JsonNode.Parse(deadlines)!.AsArray();

        Assert.Equal(
            [(first, "Acknowledge", "2026-11-04", "Red"), (second, "Acknowledge", "2026-11-09", "Amber"), (first, "ThresholdDecision", "2026-11-16", "Green"), (second, "ThresholdDecision", "2026-11-19", "Green")],
            rows.Select(r => (r!["reference"].Str(), r["stage"].Str(), r["dueDate"].Str(), r["rag"].Str())));
    }

    [Fact]
    public async Task CompletedStages_LeaveTheList_AndOverdueFilterFindsLateCases()
    {
        var client = _app.CreateClient();
        var late = (await client.Submit())["reference"].Str();
        var onTime = (await client.Submit())["reference"].Str();
        var officer = await _app.AsNewStaff("CaseOfficer");
        await officer.ActOk(onTime, "start-assessment");
        _app.Clock.Advance(TimeSpan.FromDays(3));

        var rows = System.Text.Json.Nodes.JsonNode.Parse(await (await officer.GetAsync("/api/deadlines")).Content.ReadAsStringAsync())!.AsArray();
        var overdue = await (await officer.GetAsync("/api/cases?overdue=true")).ReadJson(HttpStatusCode.OK);

        Assert.DoesNotContain(rows, r => r!["reference"].Str() == onTime && r["stage"].Str() == "Acknowledge");
        Assert.Contains(rows, r => r!["reference"].Str() == late && r["stage"].Str() == "Acknowledge" && r["rag"].Str() == "Red");
        Assert.Equal([late], overdue["items"]!.AsArray().Select(i => i!["reference"].Str()));
    }
}
