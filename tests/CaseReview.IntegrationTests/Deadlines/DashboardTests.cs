using System.Net;
using System.Text.Json.Nodes;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.Deadlines;

/// <summary>The dashboard's figures (GET /api/dashboard) on the hand-worked deadlines of <see cref="ChristmasDeadlines"/>.</summary>
public sealed class DashboardTests : IDisposable
{
    private readonly CaseReviewApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Dashboard_CountsRedAmberAndGreen_AcrossTheChristmasBankHolidays()
    {
        var dashboard = await SeedAndOpenDashboard();

        Assert.Equal("2026-12-24", dashboard["today"].Str());
        Assert.Equal((2, 3, 5, 10), Counts(dashboard["open"]!));
        var byStage = dashboard["byStage"]!.AsArray().ToDictionary(s => s!["stage"].Str(), s => Counts(s!));
        Assert.Equal((2, 2, 0, 4), byStage["Acknowledge"]);
        Assert.Equal((0, 1, 4, 5), byStage["ThresholdDecision"]);
        Assert.Equal((0, 0, 1, 1), byStage["ReviewMeeting"]);
        Assert.Equal((0, 0, 0, 0), byStage["Outcome"]);
        Assert.Equal((0, 0, 0, 0), byStage["AppealDecision"]);
        Assert.False(byStage.ContainsKey("AppealWindow"));
        Assert.Equal(0, dashboard["failedEmails"]!.GetValue<int>());
        Assert.Equal(1, await _app.QueryDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Action == "dashboard.viewed")));
    }

    [Fact]
    public async Task Dashboard_ListsEveryOpenDeadlineSoonestFirst_WithRagAndOverdueFlag()
    {
        var dashboard = await SeedAndOpenDashboard();

        Assert.Equal(
            [
                ("CR-2026-000003", "Acknowledge", "2026-12-16", "Red", true),
                ("CR-2026-000005", "Acknowledge", "2026-12-23", "Red", true),
                ("CR-2026-000006", "Acknowledge", "2026-12-29", "Amber", false),
                ("CR-2026-000003", "ThresholdDecision", "2026-12-30", "Amber", false),
                ("CR-2026-000007", "Acknowledge", "2026-12-30", "Amber", false),
                ("CR-2026-000001", "ReviewMeeting", "2027-01-06", "Green", false),
                ("CR-2026-000004", "ThresholdDecision", "2027-01-06", "Green", false),
                ("CR-2026-000005", "ThresholdDecision", "2027-01-07", "Green", false),
                ("CR-2026-000006", "ThresholdDecision", "2027-01-11", "Green", false),
                ("CR-2026-000007", "ThresholdDecision", "2027-01-12", "Green", false),
            ],
            dashboard["deadlines"]!.AsArray().Select(d => (d!["reference"].Str(), d["stage"].Str(), d["dueDate"].Str(), d["rag"].Str(), d["overdue"]!.GetValue<bool>())));
    }

    [Fact]
    public async Task Dashboard_GivesEachStagesOnTimeRate_IgnoringCancelledStages()
    {
        var dashboard = await SeedAndOpenDashboard();

        var rates = dashboard["onTime"]!.AsArray().ToDictionary(s => s!["stage"].Str(), s => (s!["completed"]!.GetValue<int>(), s["onTime"]!.GetValue<int>(), s["late"]!.GetValue<int>(), s["onTimePercent"]?.GetValue<double>()));
        Assert.Equal((2, 1, 1, 50.0), rates["Acknowledge"]);
        Assert.Equal((1, 1, 0, 100.0), rates["ThresholdDecision"]);
        Assert.Equal((0, 0, 0, null), rates["ReviewMeeting"]);
        Assert.Equal("2025-12-24", dashboard["onTimeSince"].Str());
    }

    [Fact]
    public async Task AYearAndMoreLater_TheOnTimeRatesNoLongerCountThoseStages()
    {
        await SeedAndOpenDashboard();
        At(2028, 1, 4);

        var later = await (await (await _app.AsNewStaff("CaseOfficer")).GetAsync("/api/dashboard")).ReadJson(HttpStatusCode.OK);

        Assert.All(later["onTime"]!.AsArray(), s => Assert.Equal(0, s!["completed"]!.GetValue<int>()));
        Assert.Equal((10, 0, 0, 10), Counts(later["open"]!));
    }

    /// <summary>
    /// The days before today are counted once a day and kept (issue 16); a stage done after the dashboard was first
    /// opened still counts at once, and on the days after.
    /// </summary>
    [Fact]
    public async Task AStageDoneAfterTheDashboardWasOpened_CountsAtOnce_AndOnTheFollowingDays()
    {
        await SeedAndOpenDashboard();
        var officer = await _app.AsNewStaff("CaseOfficer");

        await officer.ActOk("CR-2026-000006", "start-assessment"); // acknowledged on 24 December, due by the 29th
        var today = await (await officer.GetAsync("/api/dashboard")).ReadJson(HttpStatusCode.OK);
        At(2026, 12, 29);
        var later = await (await officer.GetAsync("/api/dashboard")).ReadJson(HttpStatusCode.OK);

        Assert.Equal((3, 2, 1), Acknowledged(today));
        Assert.Equal((3, 2, 1), Acknowledged(later));
    }

    [Fact]
    public async Task PanelMembersAndChairs_DoNotSeeTheDashboard()
    {
        var panelMember = await _app.AsNewStaff("PanelMember", "Police");
        var chair = await _app.AsNewStaff("Chair", "Police");

        Assert.Equal(HttpStatusCode.Forbidden, (await panelMember.GetAsync("/api/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await chair.GetAsync("/api/dashboard")).StatusCode);
    }

    private async Task<JsonObject> SeedAndOpenDashboard()
    {
        await ChristmasDeadlines.SeedAsync(_app);
        return await (await (await _app.AsNewStaff("CaseOfficer")).GetAsync("/api/dashboard")).ReadJson(HttpStatusCode.OK);
    }

    private void At(int year, int month, int day) => _app.Clock.SetUtcNow(new DateTimeOffset(year, month, day, 9, 0, 0, TimeSpan.Zero));

    private static (int Completed, int OnTime, int Late) Acknowledged(JsonObject dashboard) =>
        dashboard["onTime"]!.AsArray().Where(s => s!["stage"].Str() == "Acknowledge")
            .Select(s => (s!["completed"]!.GetValue<int>(), s["onTime"]!.GetValue<int>(), s["late"]!.GetValue<int>())).Single();

    private static (int Red, int Amber, int Green, int Total) Counts(JsonNode node) =>
        (node["red"]!.GetValue<int>(), node["amber"]!.GetValue<int>(), node["green"]!.GetValue<int>(), node["total"]!.GetValue<int>());
}
