using System.Net;
using System.Text.Json.Nodes;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.Deadlines;

/// <summary>
/// The dashboard's figures against cases seeded through the API with known deadlines around Christmas 2026
/// (bank holidays Friday 25 and Monday 28 December; Friday 1 January 2027). Timescales are the defaults:
/// acknowledge 2 working days, threshold decision 10, review meeting 20. References go in submission order:
/// F=000001, G=000002, A=000003, C=000004, D=000005, E=000006, B=000007.
///
/// Seeded:
///   Tue 1 Dec:  F and G received.            F: Acknowledge due Thu 3 Dec, ThresholdDecision due Tue 15 Dec.
///   Wed 2 Dec:  G withdrawn (its clocks are cancelled: neither open nor counted as on time or late).
///   Fri 4 Dec:  F assessed (Acknowledge done LATE, due 3 Dec) and threshold met (ThresholdDecision ON TIME);
///               F's ReviewMeeting clock: 20 working days after 4 Dec = Wed 6 Jan 2027.
///   Mon 14 Dec: A received. Acknowledge due Wed 16 Dec; ThresholdDecision due Wed 30 Dec (29 and 30 are days 9, 10).
///   Fri 18 Dec: C received and assessed (Acknowledge due Tue 22 Dec: ON TIME). ThresholdDecision due Wed 6 Jan.
///   Mon 21 Dec: D received. Acknowledge due Wed 23 Dec; ThresholdDecision due Thu 7 Jan.
///   Wed 23 Dec: E received. Acknowledge due Tue 29 Dec; ThresholdDecision due Mon 11 Jan.
///   Thu 24 Dec: B received. Acknowledge due Wed 30 Dec; ThresholdDecision due Tue 12 Jan.
///
/// On Thursday 24 December amber means due before the third working day after today (Thu 31 Dec, the 25th and
/// 28th being holidays), so a due date of Wed 30 Dec is amber although it is four weekdays away.
///   Red:   A Acknowledge (16 Dec), D Acknowledge (23 Dec)                                  = 2
///   Amber: E Acknowledge (29 Dec), A ThresholdDecision (30 Dec), B Acknowledge (30 Dec)   = 3
///   Green: F ReviewMeeting (6 Jan), C, D, E, B ThresholdDecision (6, 7, 11, 12 Jan)        = 5
///   By stage: Acknowledge 2 red, 2 amber; ThresholdDecision 1 amber, 4 green; ReviewMeeting 1 green.
///   On time over 12 months: Acknowledge 1 of 2 (C on time, F late) = 50%; ThresholdDecision 1 of 1 = 100%.
/// </summary>
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
        var resident = _app.CreateClient();
        var officer = await _app.AsNewStaff("CaseOfficer");

        At(2026, 12, 1);
        var f = (await resident.Submit())["reference"].Str();
        var g = (await resident.Submit())["reference"].Str();
        At(2026, 12, 2);
        await officer.ActOk(g, "withdraw", new { reason = "The applicant moved away." });
        At(2026, 12, 4);
        await officer.ActOk(f, "start-assessment");
        await officer.ActOk(f, "threshold-decision", new { met = true });
        At(2026, 12, 14);
        await resident.Submit(); // A
        At(2026, 12, 18);
        var c = (await resident.Submit())["reference"].Str();
        await officer.ActOk(c, "start-assessment");
        At(2026, 12, 21);
        await resident.Submit(); // D
        At(2026, 12, 23);
        await resident.Submit(); // E
        At(2026, 12, 24);
        await resident.Submit(); // B

        return await (await officer.GetAsync("/api/dashboard")).ReadJson(HttpStatusCode.OK);
    }

    private void At(int year, int month, int day) => _app.Clock.SetUtcNow(new DateTimeOffset(year, month, day, 9, 0, 0, TimeSpan.Zero));

    private static (int Red, int Amber, int Green, int Total) Counts(JsonNode node) =>
        (node["red"]!.GetValue<int>(), node["amber"]!.GetValue<int>(), node["green"]!.GetValue<int>(), node["total"]!.GetValue<int>());
}
