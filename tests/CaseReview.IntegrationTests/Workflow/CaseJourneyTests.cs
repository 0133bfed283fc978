using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Workflow;

/// <summary>A case walked through the JSON API as its users would, on a real SQLite database.</summary>
// One host for the class: the tests that look only at a case of their own on 2 November share it. The one that
// expects the first references, and those that move the clock on, start one of their own.
public sealed class CaseJourneyTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app = app;

    [Fact]
    public async Task SubmittedApplication_IsReceived_WithReferenceTrackingCodeAndWorkingDayDeadlines()
    {
        var submitted = await _app.CreateClient().Submit();

        Assert.Matches(@"^CR-2026-\d{6}$", submitted["reference"].Str());
        Assert.Equal(20, submitted["trackingCode"].Str().Length);
        Assert.Equal("Received", submitted["status"].Str());
        var deadlines = submitted["deadlines"]!.AsArray();
        // Received Monday 2 November 2026: acknowledge within 2 working days, decide the threshold within 10.
        Assert.Contains(deadlines, d => d!["stage"].Str() == "Acknowledge" && d["dueDate"].Str() == "2026-11-04" && d["rag"].Str() == "Amber");
        Assert.Contains(deadlines, d => d!["stage"].Str() == "ThresholdDecision" && d["dueDate"].Str() == "2026-11-16" && d["rag"].Str() == "Green");
    }

    [Fact]
    public async Task ReferencesAreSequentialWithinTheYear()
    {
        using var app = new CaseReviewApp();
        var client = app.CreateClient();
        var first = (await client.Submit())["reference"].Str();
        var second = (await client.Submit())["reference"].Str();

        Assert.Equal("CR-2026-000001", first);
        Assert.Equal("CR-2026-000002", second);
    }

    [Fact]
    public async Task CaseWalksFromSubmissionToClosure_WithEveryStepInHistory()
    {
        using var app = new CaseReviewApp();
        var reference = (await app.CreateClient().Submit())["reference"].Str();
        var officer = await app.AsNewStaff("CaseOfficer");

        app.Clock.Advance(TimeSpan.FromHours(2));
        var assessing = await officer.ActOk(reference, "start-assessment");
        Assert.Equal("InAssessment", assessing["status"].Str());
        Assert.Contains("threshold-decision", Actions(assessing));

        app.Clock.Advance(TimeSpan.FromDays(1));
        var met = await officer.ActOk(reference, "threshold-decision", new { met = true, reason = "Three separate incidents reported." });
        Assert.Equal("ReviewPending", met["status"].Str());
        Assert.Equal("StatutoryCount", met["threshold"]!["rule"].Str());
        // Threshold met on Tuesday 3 November: the review meeting is due within 20 working days.
        Assert.Contains(met["deadlines"]!.AsArray(), d => d!["stage"].Str() == "ReviewMeeting" && d["dueDate"].Str() == "2026-12-01");

        var scheduled = await officer.ActOk(reference, "schedule-review", new { meetingAt = "2026-11-20T09:00:00Z", panel = new[] { new { agency = "Police" }, new { agency = "Council" } } });
        Assert.Equal("ReviewPending", scheduled["status"].Str());
        Assert.Contains("record-review", Actions(scheduled));

        app.Clock.Advance(TimeSpan.FromDays(17));
        var held = await officer.ActOk(reference, "record-review", new
        {
            findings = "Reports were not linked between agencies.",
            applicantSummary = "The police will patrol the footpaths on Friday evenings.",
            recommendations = new[] { new { action = "Joint patrols on the footpaths", ownerAgency = "Police", lead = "PS Smith", dueDate = "2027-01-15" } },
        });
        Assert.Equal("ReviewHeld", held["status"].Str());
        Assert.Single(held["review"]!["recommendations"]!.AsArray());

        app.Clock.Advance(TimeSpan.FromDays(1));
        var sent = await officer.ActOk(reference, "send-outcome");
        Assert.Equal("OutcomeSent", sent["status"].Str());
        Assert.Contains("appeal", Actions(sent));
        Assert.DoesNotContain("close", Actions(sent));

        // The applicant has 20 working days to appeal; only then can the case close.
        app.Clock.Advance(TimeSpan.FromDays(40));
        var closed = await officer.ActOk(reference, "close", new { reason = "Action plan under way; no appeal received." });
        Assert.Equal("Closed", closed["status"].Str());
        Assert.Empty(Actions(closed));

        var history = closed["history"]!.AsArray();
        Assert.Equal(["submit", "start-assessment", "threshold-decision", "schedule-review", "information-requested", "record-review", "send-outcome", "close"], history.Select(h => h!["action"].Str()));
        Assert.Equal("Applicant", history[0]!["actor"].Str());
        Assert.All(history.Skip(1), h => Assert.StartsWith("caseofficer-", h!["actor"].Str()));
        var times = history.Select(h => DateTime.Parse(h!["occurredAt"].Str()).ToUniversalTime()).ToList();
        Assert.Equal(times.Order(), times);
        Assert.Equal(new DateTime(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc), times[0]);
    }

    [Fact]
    public async Task ThresholdNotMet_AppealUpheld_ReturnsToAssessment()
    {
        using var app = new CaseReviewApp();
        var single = Api.Application(Api.Complaint("2026-10-02", "2026-10-03", "Police"));
        var reference = (await app.CreateClient().Submit(single))["reference"].Str();
        var officer = await app.AsNewStaff("CaseOfficer");

        await officer.ActOk(reference, "start-assessment");
        var notMet = await officer.ActOk(reference, "threshold-decision", new { met = false });
        Assert.Equal("ThresholdNotMet", notMet["status"].Str());
        Assert.Equal("NotMet", notMet["threshold"]!["rule"].Str());
        Assert.Contains("appeal", Actions(notMet));

        app.Clock.Advance(TimeSpan.FromDays(5));
        var appealed = await officer.ActOk(reference, "appeal", new { grounds = "Two further incidents were reported to the housing association." });
        Assert.Equal("AppealRequested", appealed["status"].Str());
        Assert.Equal("Threshold", appealed["appeal"]!["kind"].Str());
        Assert.Contains(appealed["deadlines"]!.AsArray(), d => d!["stage"].Str() == "AppealDecision");

        await (await app.AsAppealReviewer()).ActOk(reference, "appeal-decision", new { upheld = true, reason = "Relevant facts were not considered." });
        var upheld = await (await officer.GetAsync($"/api/cases/{reference}")).ReadJson(System.Net.HttpStatusCode.OK);
        Assert.Equal("InAssessment", upheld["status"].Str());
        Assert.Contains("threshold-decision", Actions(upheld));
        Assert.Equal(["submit", "start-assessment", "threshold-decision", "appeal", "appeal-decision"], upheld["history"]!.AsArray().Select(h => h!["action"].Str()));
    }

    [Fact]
    public async Task ApplicantCanAppealWithTrackingCode_OnlyWhileTheWindowIsOpen()
    {
        using var app = new CaseReviewApp();
        var submitted = await app.CreateClient().Submit(Api.Application(Api.Complaint("2026-10-02", "2026-10-03", "Police")));
        var officer = await app.AsNewStaff("CaseOfficer");
        await officer.ActOk(submitted["reference"].Str(), "start-assessment");
        await officer.ActOk(submitted["reference"].Str(), "threshold-decision", new { met = false });
        var resident = app.CreateClient();
        var code = submitted["trackingCode"].Str();

        var tracking = await (await resident.GetAsync($"/api/track/{code}")).ReadJson(HttpStatusCode.OK);
        Assert.True(tracking["canAppeal"]!.GetValue<bool>());
        // Decided Monday 2 November 2026; 20 working days later is Monday 30 November.
        Assert.Equal("2026-11-30", tracking["appealBy"].Str());

        app.Clock.Advance(TimeSpan.FromDays(29));
        var late = await resident.PostAsJsonAsync($"/api/track/{code}/appeal", new { grounds = "The threshold was wrongly applied." });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
    }

    [Fact]
    public async Task TrackingPage_ShowsStageAndDates_WithoutPersonalData()
    {
        var submitted = await _app.CreateClient().Submit();

        var response = await _app.CreateClient().GetAsync($"/api/track/{submitted["trackingCode"].Str()}");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Received", body);
        Assert.DoesNotContain("Alex", body);
        Assert.DoesNotContain("alex@example.org", body);
        Assert.DoesNotContain("Elm Close", body);
        Assert.DoesNotContain("Motorbikes", body);
    }

    private static List<string> Actions(JsonObject caseJson) => [.. caseJson["allowedActions"]!.AsArray().Select(a => a.Str())];
}
