using System.Net;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Statistics;

/// <summary>The staff reports page at /staff/reports, on the hand-worked cases of <see cref="StraddlingYearCases"/>.</summary>
public sealed class StaffReportsPageTests(StraddlingYearApp seeded) : IClassFixture<StraddlingYearApp>
{
    private CaseReviewApp App => seeded.App;

    [Fact]
    public async Task ShowsTheHandWorkedFigures_WithTheChangeOnTheYearBefore()
    {
        var officer = await App.SignedInBrowserAsync("CaseOfficer");

        var y2026 = HtmlTables.Text(await (await officer.GetAsync("/staff/reports?year=2026")).Content.ReadAsStringAsync());
        var y2027 = HtmlTables.Text(await (await officer.GetAsync("/staff/reports?year=2027")).Content.ReadAsStringAsync());

        Assert.Contains("Case review figures for 2026-27", y2026);
        Assert.Contains("Applications 4 up 4 on 2025-26", y2026);
        Assert.Contains("Reviews that led to recommendations 1 up 1 on 2025-26", y2026);
        Assert.Contains("Applications 1 down 3 on 2026-27", y2027);
        Assert.Contains("Threshold not met 1 the same as 2026-27", y2027);
        Assert.Contains("Case reviews carried out 1 the same as 2026-27", y2027);
        Assert.Contains("Reviews that led to recommendations 0 down 1 on 2026-27", y2027);
    }

    [Fact]
    public async Task ShowsEveryCount_InChartsWithTables()
    {
        var officer = await App.SignedInBrowserAsync("Administrator");

        var html = await (await officer.GetAsync("/staff/reports?year=2026")).Content.ReadAsStringAsync();

        Assert.Equal(["2"], HtmlTables.Row(html, "Nuisance", from: "id=\"asb-type\""));
        Assert.Equal(["2"], HtmlTables.Row(html, "B98", from: "id=\"postcode-district\""));
        Assert.Equal(["1"], HtmlTables.Row(html, "Made by a third party", from: "id=\"shares\""));
        Assert.Equal(["3", "0"], HtmlTables.Row(html, "Acknowledge the application", from: "id=\"timeliness\""));
        Assert.Equal(["1", "0", "7"], HtmlTables.Row(html, "Hold the review meeting", from: "Median working days"));
        Assert.Contains("aria-labelledby=\"issue-type-title\"", html);
    }

    [Fact]
    public async Task Downloads_AreTheSameAsTheApis()
    {
        var officer = await App.SignedInBrowserAsync("CaseOfficer");

        var csv = await officer.GetAsync("/staff/reports?handler=Csv&year=2026");
        var json = await officer.GetAsync("/staff/reports?handler=Json&year=2026");

        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal("application/json", json.Content.Headers.ContentType!.MediaType);
        Assert.Equal(await Api("/api/statistics/annual.csv?year=2026"), await csv.Content.ReadAsStringAsync());
        Assert.Equal(await Api("/api/statistics/annual?year=2026"), await json.Content.ReadAsStringAsync());
        Assert.Equal("asb-case-reviews-2026-27.csv", csv.Content.Headers.ContentDisposition!.FileName);
    }

    [Fact]
    public async Task PanelMember_IsToldTheReportsAreNotForThem()
    {
        var panel = await App.SignedInBrowserAsync("PanelMember", "Police");

        var response = await panel.GetAsync("/staff/reports?year=2026");
        var csv = await panel.GetAsync("/staff/reports?handler=Csv&year=2026");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("You cannot see the reports", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, csv.StatusCode);
        Assert.DoesNotContain("fewer than", await csv.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("twenty", "Enter the year as 4 digits")]
    [InlineData("1999", "Give the year the financial year starts in")]
    [InlineData("99999999999", "Enter the year as 4 digits")]
    public async Task AYearThatIsNotOne_IsAnErrorMessage_NotAFailure(string year, string message)
    {
        var officer = await App.SignedInBrowserAsync("CaseOfficer");

        foreach (var url in new[] { $"/staff/reports?year={year}", $"/staff/reports?handler=Csv&year={year}" })
        {
            var response = await officer.GetAsync(url);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("There is a problem", html);
            Assert.Contains($"<a href=\"#year\">{message}", html);
        }
    }

    private async Task<string> Api(string url) => await (await seeded.Officer.GetAsync(url)).Content.ReadAsStringAsync();
}
