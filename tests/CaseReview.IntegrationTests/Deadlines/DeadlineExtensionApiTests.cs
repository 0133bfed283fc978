using System.Net;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Deadlines;

// One host for the class: each test extends a deadline of its own case, and compares row counts only within
// itself.
public sealed class DeadlineExtensionApiTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app = app;

    [Fact]
    public async Task Officer_ExtendsADeadlineWithAReason_AndItIsStoredAndShown()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.AsNewStaff("CaseOfficer");

        var extended = await officer.ActOk(reference, "deadlines/ThresholdDecision/extend", new { dueDate = "2026-11-23", reason = "Waiting for housing records." });
        var reloaded = await (await officer.GetAsync($"/api/cases/{reference}")).ReadJson(HttpStatusCode.OK);

        var deadline = reloaded["deadlines"]!.AsArray().Single(d => d!["stage"].Str() == "ThresholdDecision")!;
        Assert.Equal("2026-11-23", deadline["dueDate"].Str());
        Assert.Equal("2026-11-16", deadline["originalDueDate"].Str());
        Assert.Equal("extend-deadline", extended["history"]!.AsArray()[^1]!["action"].Str());
        Assert.Equal("Received", reloaded["status"].Str());
    }

    [Fact]
    public async Task ExtensionWithoutReason_EarlierOrForAnUnknownStage_Is400_AndChangesNothing()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.AsNewStaff("CaseOfficer");
        var before = await _app.CountRowsAsync();

        var noReason = await (await officer.Act(reference, "deadlines/ThresholdDecision/extend", new { dueDate = "2026-11-23" })).ReadJson(HttpStatusCode.BadRequest);
        var earlier = await (await officer.Act(reference, "deadlines/ThresholdDecision/extend", new { dueDate = "2026-11-10", reason = "Sooner" })).ReadJson(HttpStatusCode.BadRequest);
        var unknownStage = await officer.Act(reference, "deadlines/Tomorrow/extend", new { dueDate = "2026-11-23", reason = "x" });

        Assert.Contains("reason", noReason["errors"]!.AsObject().Select(e => e.Key));
        Assert.Contains("dueDate", earlier["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal(HttpStatusCode.BadRequest, unknownStage.StatusCode);
        Assert.Equal(before, await _app.CountRowsAsync());
    }
}
