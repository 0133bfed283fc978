using System.Net;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.Review;

/// <summary>
/// The rules around the review meeting and its outcome: the meeting is UK time and in the future, the panel is never
/// empty, the outcome is recorded once the meeting has taken place, recommendations go to agencies on the panel,
/// and a review set aside on appeal stops driving the action plan and the figures.
/// </summary>
// One host for the class: each test arranges a case of its own. The two that move the clock on (one of them
// also counts every review in the year's figures) start one of their own.
public sealed class ReviewMeetingRulesTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app = app;

    private Task<string> ThresholdMetAsync(HttpClient officer) => ThresholdMetAsync(_app, officer);

    private static async Task<string> ThresholdMetAsync(CaseReviewApp app, HttpClient officer)
    {
        var reference = (await app.CreateClient().Submit())["reference"].Str();
        await officer.ActOk(reference, "start-assessment");
        await officer.ActOk(reference, "threshold-decision", new { met = true });
        return reference;
    }

    private Task<DateTime?> MeetingAtAsync(string reference) =>
        _app.QueryDatabaseAsync(db => db.Applications.Where(a => a.Reference == reference).Select(a => a.Meeting.At).SingleAsync());

    [Fact]
    public async Task ScheduleReview_ATimeWithoutAnOffset_IsUkTime()
    {
        var officer = await _app.AsAdmin();
        var reference = await ThresholdMetAsync(officer);

        await officer.ActOk(reference, "schedule-review", new { meetingAt = "2027-06-15T10:00:00", panel = new[] { new { agency = "Police" } } });

        Assert.Equal(new DateTime(2027, 6, 15, 9, 0, 0), await MeetingAtAsync(reference)); // 10am British Summer Time
    }

    [Fact]
    public async Task ScheduleReview_WithoutAnyAgency_IsRefused_AndAnEmptyListDoesNotSilentlyKeepThePanel()
    {
        var officer = await _app.AsAdmin();
        var reference = await ThresholdMetAsync(officer);

        var none = await (await officer.Act(reference, "schedule-review", new { meetingAt = "2026-11-20T10:00:00Z" })).ReadJson(HttpStatusCode.BadRequest);
        Assert.Equal("Choose at least one agency for the panel", none["errors"]!["panel"]![0].Str());
        Assert.Null(await MeetingAtAsync(reference));

        await officer.ActOk(reference, "schedule-review", new { meetingAt = "2026-11-20T10:00:00Z", panel = new[] { new { agency = "Police" } } });
        var emptied = await (await officer.Act(reference, "schedule-review", new { meetingAt = "2026-11-21T10:00:00Z", panel = Array.Empty<object>() })).ReadJson(HttpStatusCode.BadRequest);

        Assert.Equal("Choose at least one agency for the panel", emptied["errors"]!["panel"]![0].Str());
        Assert.Equal(new DateTime(2026, 11, 20, 10, 0, 0), await MeetingAtAsync(reference));
    }

    [Fact]
    public async Task ScheduleReview_InThePast_IsRefusedBesideTheMeetingTime()
    {
        var officer = await _app.AsAdmin();
        var reference = await ThresholdMetAsync(officer);

        var problem = await (await officer.Act(reference, "schedule-review", new { meetingAt = "2026-11-02T08:59:00Z", panel = new[] { new { agency = "Police" } } })).ReadJson(HttpStatusCode.BadRequest);

        Assert.Equal("The meeting must be in the future", problem["errors"]!["meetingAt"]![0].Str());
        Assert.Null(await MeetingAtAsync(reference));
    }

    [Fact]
    public async Task RecordReview_BeforeTheMeeting_IsRefusedInPlainWords_AndAllowedOnceItHasStarted()
    {
        using var app = new CaseReviewApp();
        var officer = await app.AsAdmin();
        var reference = await ThresholdMetAsync(app, officer);
        await officer.ActOk(reference, "schedule-review", new { meetingAt = "2026-11-20T10:00:00Z", panel = new[] { new { agency = "Police" } } });

        var early = await (await officer.Act(reference, "record-review", new { findings = "Too soon.", applicantSummary = "The police will patrol the footpaths on Friday evenings." })).ReadJson(HttpStatusCode.Conflict);
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero));
        var held = await officer.ActOk(reference, "record-review", new { findings = "Held on time.", applicantSummary = "The police will patrol the footpaths on Friday evenings." });

        Assert.Equal("The review meeting is on Friday 20 November 2026 at 10am. Record its outcome once the meeting has taken place.", early["detail"].Str());
        Assert.Equal("ReviewHeld", held["status"].Str());
    }

    [Fact]
    public async Task RecordReview_ARecommendationForAnAgencyOffThePanel_IsRefused()
    {
        var officer = await _app.AsAdmin();
        var reference = await Cases.WithPanel(_app, "Police");
        await (await officer.PutAsync("/api/admin/agencies/4", System.Net.Http.Json.JsonContent.Create(new { name = "Housing Provider", kind = "HousingProvider", active = false }))).ReadJson(HttpStatusCode.OK);

        var offPanel = await (await officer.Act(reference, "record-review", new
        {
            findings = "Findings",
            applicantSummary = "The police will patrol the footpaths on Friday evenings.",
            recommendations = new[]
            {
                new { action = "Patrols", ownerAgency = "police", dueDate = "2027-01-15" },
                new { action = "Letters", ownerAgency = "Council", dueDate = "2027-01-15" },
            },
        })).ReadJson(HttpStatusCode.BadRequest);
        var inactive = await (await officer.Act(reference, "record-review", new
        {
            findings = "Findings",
            applicantSummary = "The police will patrol the footpaths on Friday evenings.",
            recommendations = new[] { new { action = "Visits", ownerAgency = "Housing Provider", dueDate = "2027-01-15" } },
        })).ReadJson(HttpStatusCode.BadRequest);

        Assert.Equal("Council is not on this case's panel. Give the action to an agency on the panel: Police", offPanel["errors"]!["recommendations[1].ownerAgency"]![0].Str());
        Assert.NotNull(inactive["errors"]!["recommendations[0].ownerAgency"]);
        var detail = await (await officer.GetAsync($"/api/cases/{reference}")).ReadJson(HttpStatusCode.OK);
        Assert.Equal("ReviewPending", detail["status"].Str());

        var held = await officer.ActOk(reference, "record-review", new { findings = "Findings", applicantSummary = "The police will patrol the footpaths on Friday evenings.", recommendations = new[] { new { action = "Patrols", ownerAgency = "police", dueDate = "2027-01-15" } } });
        Assert.Equal("Police", held["review"]!["recommendations"]![0]!["ownerAgency"].Str()); // as the panel names it, so the Police see it
    }

    [Fact]
    public async Task AfterAnUpheldAppealAgainstTheReview_TheFirstReviewsActionPlanIsSetAside_NotReminded_AndTheFiguresCountReviews()
    {
        using var app = new CaseReviewApp();
        var officer = await app.AsAdmin();
        var reference = await Cases.ReviewHeld(app, ["Police"], "Police");
        await officer.ActOk(reference, "send-outcome");
        await officer.ActOk(reference, "appeal", new { grounds = "The panel did not look at the housing reports." });
        var upheld = await (await app.AsAppealReviewer()).ActOk(reference, "appeal-decision", new { upheld = true, reason = "The housing reports were missed." });

        Assert.Empty(upheld["review"]!["recommendations"]!.AsArray());
        Assert.Null(upheld["review"]!["findings"]);
        Assert.Equal("Police to act", upheld["review"]!["setAsideRecommendations"]![0]!["action"].Str());
        Assert.Equal("The agencies did not share what they knew.", upheld["review"]!["setAsideFindings"].Str());
        var id = upheld["review"]!["setAsideRecommendations"]![0]!["id"]!.GetValue<int>();
        var update = await officer.PostAsync($"/api/cases/{reference}/recommendations/{id}/status", System.Net.Http.Json.JsonContent.Create(new { status = "Completed" }));
        Assert.Equal(HttpStatusCode.Conflict, update.StatusCode);

        await officer.ActOk(reference, "schedule-review", new { meetingAt = app.Clock.GetUtcNow().ToString("O"), panel = new[] { new { agency = "Police" } } });
        await officer.ActOk(reference, "record-review", new { findings = "The housing reports change nothing.", applicantSummary = "The police will patrol the footpaths on Friday evenings." });
        var statistics = await (await officer.GetAsync("/api/statistics/annual?year=2026")).ReadJson(HttpStatusCode.OK);
        Assert.Equal(2, statistics["reviewsCarriedOut"]!.GetValue<int>());
        Assert.Equal(1, statistics["reviewsWithRecommendations"]!.GetValue<int>());

        app.SetClockUtc(2027, 1, 15);
        await app.RunRemindersAsync();
        Assert.DoesNotContain(await app.RemindersAsync(), r => r.Subject.StartsWith("Recommendation", StringComparison.Ordinal));
    }

    /// <summary>
    /// The meeting is one value on the case (issue 11): an upheld appeal against the review sets its time aside, while its
    /// chair (who still sees the case) and the applicant's choice stay, and the fresh meeting keeps them unless it names others.
    /// </summary>
    [Fact]
    public async Task AnUpheldAppealAgainstTheReview_SetsTheMeetingsTimeAside_AndKeepsItsChairAndTheApplicantsChoice()
    {
        var officer = await _app.AsAdmin();
        var (chairId, chairEmail) = await _app.NewStaffAccount("Chair", "Council");
        var reference = await ThresholdMetAsync(officer);
        var now = _app.Clock.GetUtcNow().ToString("O");
        await officer.ActOk(reference, "schedule-review", new { meetingAt = now, panel = new[] { new { agency = "Police" } }, chair = new { userId = chairId }, applicantParticipation = "Online" });
        await officer.ActOk(reference, "record-review", new { findings = "The agencies did not share what they knew.", applicantSummary = "The police will patrol the footpaths on Friday evenings." });
        await officer.ActOk(reference, "send-outcome");
        await officer.ActOk(reference, "appeal", new { grounds = "The panel did not look at the housing reports." });

        await (await _app.AsAppealReviewer()).ActOk(reference, "appeal-decision", new { upheld = true, reason = "The housing reports were missed." });
        var setAside = await (await (await _app.SignedIn(chairEmail, Api.StaffPassword)).GetAsync($"/api/cases/{reference}")).ReadJson(HttpStatusCode.OK);
        await officer.ActOk(reference, "schedule-review", new { meetingAt = "2026-12-14T10:00:00Z" });
        var next = await (await officer.GetAsync($"/api/cases/{reference}")).ReadJson(HttpStatusCode.OK);

        Assert.Equal("ReviewPending", setAside["status"].Str());
        Assert.Null(setAside["review"]!["meetingAt"]);
        Assert.Equal(chairId, setAside["review"]!["chair"]!["userId"].Str());
        Assert.Equal("Online", setAside["review"]!["applicantParticipation"].Str());
        Assert.Equal(new DateTime(2026, 12, 14, 10, 0, 0), await MeetingAtAsync(reference));
        Assert.Equal(chairId, next["review"]!["chair"]!["userId"].Str());
        Assert.Equal(chairEmail, next["review"]!["chair"]!["name"].Str());
        Assert.Equal("Online", next["review"]!["applicantParticipation"].Str());
        Assert.Equal(["Police"], next["review"]!["panel"]!.AsArray().Select(p => p.Str()));
    }

    /// <summary>Found by the hostile-input suite: a panel seat or a recommendation sent as null was a 500 (the handler read it).</summary>
    [Fact]
    public async Task ANullPanelSeatOrRecommendation_IsRefusedOnItsField()
    {
        var reference = await Cases.WithPanel(_app, "Police");
        var admin = await _app.AsAdmin();
        var assessed = (await _app.CreateClient().Submit())["reference"].Str();
        await admin.ActOk(assessed, "start-assessment");
        await admin.ActOk(assessed, "threshold-decision", new { met = true });

        var seat = await (await admin.Act(assessed, "schedule-review", new { meetingAt = "2026-11-25T10:00:00Z", panel = new object?[] { null } })).ReadJson(HttpStatusCode.BadRequest);
        var recommendation = await (await admin.Act(reference, "record-review", new { findings = "Findings.", applicantSummary = "The police will patrol the footpaths on Friday evenings.", recommendations = new object?[] { null } })).ReadJson(HttpStatusCode.BadRequest);

        Assert.True(seat["errors"]!.AsObject().ContainsKey("panel[0]"), seat.ToJsonString());
        Assert.True(recommendation["errors"]!.AsObject().ContainsKey("recommendations[0]"), recommendation.ToJsonString());
    }
}
