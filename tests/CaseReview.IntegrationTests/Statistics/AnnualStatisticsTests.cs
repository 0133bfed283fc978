using System.Net;
using System.Text.Json.Nodes;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Statistics;

/// <summary>The s.104(10) figures, checked against the numbers worked out by hand in <see cref="StraddlingYearCases"/>.</summary>
// One seeded host for the class: the tests only read the figures.
public sealed class AnnualStatisticsTests(StraddlingYearApp seeded) : IClassFixture<StraddlingYearApp>
{
    private readonly CaseReviewApp _app = seeded.App;
    private readonly HttpClient _officer = seeded.Officer;

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
}
