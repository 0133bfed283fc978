using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Statistics;

/// <summary>
/// The s.104(10) figures, checked against numbers worked out by hand for cases straddling 31 March / 1 April 2027:
/// FY 2026-27: applications A, B, C, E = 4; not met: B = 1; reviews: A (with a recommendation) = 1.
/// FY 2027-28: application D = 1 (submitted 23:30 UTC on 31 March, already 1 April in London); not met: D = 1;
/// reviews: C (received in 2026-27, reviewed in 2027-28, no recommendations) = 1.
/// </summary>
public sealed class AnnualStatisticsTests : IAsyncLifetime
{
    private readonly CaseReviewApp _app = new();
    private HttpClient _officer = null!;

    public async Task InitializeAsync()
    {
        _app.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 10, 10, 0, 0, TimeSpan.Zero));
        _officer = await _app.AsNewStaff("CaseOfficer");
        var resident = _app.CreateClient();
        var a = (await resident.Submit(Application(_ => { })))["reference"].Str();
        var b = (await resident.Submit(Application(j =>
        {
            j["asbType"] = "Personal";
            j["issueTypes"] = new JsonArray("ThreatsOrHarassment");
            j["applicant"]!["postcode"] = "B97 4AA";
            j["isThirdParty"] = true;
            j["thirdParty"] = new JsonObject { ["name"] = "Sam Example", ["relationship"] = "Son", ["victimConsent"] = true };
            j["complaints"] = new JsonArray(Complaint("2027-02-01", "2027-02-02"));
        })))["reference"].Str();
        var c = (await resident.Submit(Application(j =>
        {
            j["asbType"] = "Environmental";
            j["issueTypes"] = new JsonArray("LitteringOrFlyTipping");
            j["applicant"]!["postcode"] = "WR1 1AA";
        })))["reference"].Str();
        foreach (var reference in new[] { a, b, c })
        {
            await _officer.ActOk(reference, "start-assessment");
        }

        await _officer.ActOk(a, "threshold-decision", new { met = true });
        await _officer.ActOk(b, "threshold-decision", new { met = false });
        await _officer.ActOk(c, "threshold-decision", new { met = true });

        _app.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 20, 10, 0, 0, TimeSpan.Zero));
        await _officer.ActOk(a, "schedule-review", new { meetingAt = "2027-03-20T10:00:00Z", panel = new[] { new { agency = "Police" } } });
        await _officer.ActOk(a, "record-review", new { findings = "Not linked.", recommendations = new[] { new { action = "Patrols", ownerAgency = "Police", dueDate = "2027-05-01" } } });

        _app.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 31, 22, 30, 0, TimeSpan.Zero)); // 23:30 on 31 March in London
        var e = (await resident.Submit(Application(_ => { })))["reference"].Str();
        _app.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 31, 23, 30, 0, TimeSpan.Zero)); // 00:30 on 1 April in London
        var d = (await resident.Submit(Application(j => j["complaints"] = new JsonArray(Complaint("2027-03-01", "2027-03-02")))))["reference"].Str();

        _app.Clock.SetUtcNow(new DateTimeOffset(2027, 4, 6, 10, 0, 0, TimeSpan.Zero));
        await _officer.ActOk(c, "schedule-review", new { meetingAt = "2027-04-06T10:00:00Z" });
        await _officer.ActOk(c, "record-review", new { findings = "Response was adequate." });
        await _officer.ActOk(d, "start-assessment");
        await _officer.ActOk(d, "threshold-decision", new { met = false });
        await _officer.ActOk(e, "withdraw", new { reason = "Moved away." });
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task FourStatutoryFigures_ForTheYearEnding31March()
    {
        var s = await Annual(2026);

        Assert.Equal("2026-27", s["financialYear"].Str());
        Assert.Equal((4, 1, 1, 1), Figures(s));
    }

    [Fact]
    public async Task FourStatutoryFigures_ForTheYearStarting1April_WithYearOnYearChange()
    {
        var s = await Annual(2027);

        Assert.Equal((1, 1, 1, 0), Figures(s));
        Assert.Equal((4, 1, 1, 1), Figures(s["yearOnYear"]!["previousYear"]!.AsObject()));
        Assert.Equal((-3, 0, 0, -1), Figures(s["yearOnYear"]!["change"]!.AsObject()));
    }

    [Fact]
    public async Task Breakdowns_CountApplicationsReceivedInTheYear()
    {
        var b = (await Annual(2026))["breakdowns"]!;

        Assert.Equal([("Nuisance", 2), ("Environmental", 1), ("Personal", 1)], Rows(b["byAsbType"]));
        Assert.Equal([("B98", 2), ("B97", 1), ("WR1", 1)], Rows(b["byPostcodeDistrict"]));
        Assert.Equal([("Online", 4)], Rows(b["byChannel"]));
        Assert.Equal(1, b["thirdParty"]!.GetValue<int>());
        Assert.Equal(0, b["hateMotivated"]!.GetValue<int>());
    }

    [Fact]
    public async Task Timeliness_CountsStagesDoneInTheYear()
    {
        var timeliness = (await Annual(2026))["timeliness"]!.AsArray();
        JsonNode Stage(string name) => timeliness.Single(t => t!["stage"].Str() == name)!;

        Assert.Equal(3, Stage("Acknowledge")["onTime"]!.GetValue<int>());
        Assert.Equal(0, Stage("Acknowledge")["late"]!.GetValue<int>());
        Assert.Equal(0, Stage("Acknowledge")["medianWorkingDays"]!.GetValue<double>());
        Assert.Equal(1, Stage("ReviewMeeting")["onTime"]!.GetValue<int>());
        // Threshold met Wednesday 10 March, review recorded Saturday 20 March: 11-12 and 15-19 March are 7 working days.
        Assert.Equal(7, Stage("ReviewMeeting")["medianWorkingDays"]!.GetValue<double>());
    }

    [Fact]
    public async Task PublishedFigures_ShowTotals_SuppressSmallCounts_AndCarryNoPersonalData()
    {
        var response = await _app.CreateClient().GetAsync("/api/statistics/published");
        var body = await response.Content.ReadAsStringAsync();
        var csv = await (await _app.CreateClient().GetAsync("/api/statistics/published.csv")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var years = JsonNode.Parse(body)!.AsArray();
        var fy2026 = years.Single(y => y!["year"]!.GetValue<int>() == 2026)!.AsObject();
        Assert.Equal((4, 1, 1, 1), Figures(fy2026));
        var nuisance = fy2026["byAsbType"]!.AsArray().Single(r => r!["key"].Str() == "Nuisance")!;
        Assert.Null(nuisance["count"]);
        Assert.Equal("fewer than 5", nuisance["display"].Str());
        Assert.Contains("2026-27,applications,,4", csv);
        Assert.Contains("2026-27,asb_type,Nuisance,fewer than 5", csv);
        foreach (var personal in new[] { "Alex", "alex@example.org", "Elm Close", "B98 8AH", "Sam Example", "Motorbikes" })
        {
            Assert.DoesNotContain(personal, body);
            Assert.DoesNotContain(personal, csv);
        }
    }

    [Fact]
    public async Task StaffCsv_HoldsTheSameFigures()
    {
        var csv = await (await _officer.GetAsync("/api/statistics/annual.csv?year=2027")).Content.ReadAsStringAsync();

        Assert.StartsWith("financial_year,measure,category,value", csv);
        Assert.Contains("2027-28,applications,,1", csv);
        Assert.Contains("2027-28,reviews_carried_out,,1", csv);
        Assert.Contains("2027-28,reviews_with_recommendations,,0", csv);
    }

    [Fact]
    public async Task FullStatistics_AreForStaffOnly()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.CreateClient().GetAsync("/api/statistics/annual?year=2026")).StatusCode);
        var panel = await _app.AsNewStaff("PanelMember", "Police");
        Assert.Equal(HttpStatusCode.Forbidden, (await panel.GetAsync("/api/statistics/annual?year=2026")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _officer.GetAsync("/api/statistics/annual?year=1999")).StatusCode);
    }

    private async Task<JsonObject> Annual(int year) => await (await _officer.GetAsync($"/api/statistics/annual?year={year}")).ReadJson(HttpStatusCode.OK);

    private static (int, int, int, int) Figures(JsonObject s) =>
        (s["applications"]!.GetValue<int>(), s["thresholdNotMet"]!.GetValue<int>(), s["reviewsCarriedOut"]!.GetValue<int>(), s["reviewsWithRecommendations"]!.GetValue<int>());

    private static List<(string, int)> Rows(JsonNode? rows) => [.. rows!.AsArray().Select(r => (r!["key"].Str(), r["count"]!.GetValue<int>()))];

    private static JsonObject Complaint(string incident, string reported) =>
        new() { ["incidentDate"] = incident, ["reportedDate"] = reported, ["agency"] = "Police" };

    private static JsonObject Application(Action<JsonObject> change)
    {
        var json = JsonNode.Parse(JsonSerializer.Serialize(Api.Application(), Api.Json))!.AsObject();
        json["complaints"] = new JsonArray(Complaint("2027-01-10", "2027-01-11"), Complaint("2027-02-01", "2027-02-02"), Complaint("2027-02-20", "2027-02-21"));
        change(json);
        return json;
    }
}
