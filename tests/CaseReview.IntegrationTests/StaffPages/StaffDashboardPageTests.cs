using System.Net;
using System.Text.RegularExpressions;
using CaseReview.IntegrationTests.Deadlines;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.StaffPages;

/// <summary>The deadline dashboard at /staff/dashboard, on the hand-worked deadlines of <see cref="ChristmasDeadlines"/>.</summary>
// One host for the class: the tests that need no cases share it. The three that seed the Christmas deadlines
// (and move the clock to Christmas Eve) start one of their own.
public sealed partial class StaffDashboardPageTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app = app;

    [Fact]
    public async Task ShowsTheHandWorkedCounts_ByStageAndStatus()
    {
        using var app = new CaseReviewApp();
        await ChristmasDeadlines.SeedAsync(app);
        var officer = await app.SignedInBrowserAsync("CaseOfficer");

        var response = await officer.GetAsync("/staff/dashboard");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Today is Thursday 24 December 2026", HtmlTables.Text(html));
        Assert.Equal(["2", "2", "0", "4"], HtmlTables.Row(html, "Acknowledge the application", from: "id=\"by-rag\""));
        Assert.Equal(["0", "1", "4", "5"], HtmlTables.Row(html, "Decide on the threshold", from: "id=\"by-rag\""));
        Assert.Equal(["0", "0", "1", "1"], HtmlTables.Row(html, "Hold the review meeting", from: "id=\"by-rag\""));
        Assert.Equal(["2", "3", "5", "10"], HtmlTables.Row(html, "All stages", from: "id=\"by-rag\""));
    }

    [Fact]
    public async Task ListsEveryOpenDeadlineSoonestFirst_InWords_WithOverdueOnesMarked()
    {
        using var app = new CaseReviewApp();
        await ChristmasDeadlines.SeedAsync(app);
        var officer = await app.SignedInBrowserAsync("CaseOfficer");

        var html = await (await officer.GetAsync("/staff/dashboard")).Content.ReadAsStringAsync();

        var list = html[html.IndexOf("id=\"deadlines\"", StringComparison.Ordinal)..];
        Assert.Equal(
            ["CR-2026-000003", "CR-2026-000005", "CR-2026-000006", "CR-2026-000003", "CR-2026-000007", "CR-2026-000001", "CR-2026-000004", "CR-2026-000005", "CR-2026-000006", "CR-2026-000007"],
            Reference().Matches(list).Select(m => m.Value));
        Assert.Equal(["Acknowledge the application", "Wednesday 16 December 2026", "Red Overdue"], HtmlTables.Row(html, "CR-2026-000003", from: "id=\"deadlines\""));
        Assert.Equal(["Acknowledge the application", "Wednesday 30 December 2026", "Amber"], HtmlTables.Row(html, "CR-2026-000007", from: "id=\"deadlines\""));
        Assert.Equal(["Hold the review meeting", "Wednesday 6 January 2027", "Green"], HtmlTables.Row(html, "CR-2026-000001", from: "id=\"deadlines\""));
        Assert.Equal(2, Regex.Count(list, "app-deadline--overdue"));
    }

    [Fact]
    public async Task GivesEachStagesOnTimeRate_AsAChartWithItsTable()
    {
        using var app = new CaseReviewApp();
        await ChristmasDeadlines.SeedAsync(app);
        var admin = await app.SignedInBrowserAsync("Administrator");

        var html = await (await admin.GetAsync("/staff/dashboard")).Content.ReadAsStringAsync();

        Assert.Contains("Stages done on time since 24 December 2025", html);
        Assert.Equal(["50% (1 of 2)"], HtmlTables.Row(html, "Acknowledge the application", from: "id=\"on-time\""));
        Assert.Equal(["100% (1 of 1)"], HtmlTables.Row(html, "Decide on the threshold", from: "id=\"on-time\""));
        Assert.Equal(["none done"], HtmlTables.Row(html, "Hold the review meeting", from: "id=\"on-time\""));
        Assert.Contains("aria-labelledby=\"on-time-title\"", html);
    }

    [Fact]
    public async Task Administrator_SeesHowManyEmailsFailed_WithALinkToThem()
    {
        var admin = await _app.SignedInBrowserAsync("Administrator");
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");

        var forAdmin = await (await admin.GetAsync("/staff/dashboard")).Content.ReadAsStringAsync();
        var forOfficer = await (await officer.GetAsync("/staff/dashboard")).Content.ReadAsStringAsync();

        Assert.Contains("No emails have failed", forAdmin);
        Assert.Contains("href=\"/staff/emails\"", forAdmin);
        Assert.DoesNotContain("href=\"/staff/emails", forOfficer);
        Assert.DoesNotContain("href=\"/staff/audit", forOfficer);
    }

    [Fact]
    public async Task PanelMember_IsToldTheDeadlinesAreNotForThem()
    {
        var panel = await _app.SignedInBrowserAsync("PanelMember", "Police");

        var response = await panel.GetAsync("/staff/dashboard");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("You cannot see the deadlines", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task NotSignedIn_IsSentToSignIn_AndBroughtBack()
    {
        var response = await new ResidentBrowser(_app).GetAsync("/staff/dashboard");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/staff/sign-in?returnUrl=%2Fstaff%2Fdashboard", response.Headers.Location!.PathAndQuery);
    }

    [GeneratedRegex(@"CR-\d{4}-\d{6}")]
    private static partial Regex Reference();
}
