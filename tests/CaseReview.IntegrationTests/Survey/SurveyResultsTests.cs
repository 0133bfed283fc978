using System.Net;
using AngleSharp.Html.Parser;
using CaseReview.Domain.Survey;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Survey;

/// <summary>
/// Officers and administrators see the survey's answers as counts per financial year, small numbers suppressed as in the
/// published figures, on the reports page, in its CSV and in the API; panel members see none of it.
/// </summary>
public sealed class SurveyResultsTests : IAsyncLifetime
{
    private readonly CaseReviewApp _app = new();

    public async Task InitializeAsync()
    {
        // Answers as the survey stores them: 12 for cases closed in 2026-27, 2 for 2025-26 (seeded: closing this many
        // cases through the API is what SurveyInvitationTests does one at a time).
        var case2026 = Enumerable.Range(0, 12).Select(i => (2026,
            i < 7 ? SurveyImprovement.Yes : i < 10 ? SurveyImprovement.Partly : (SurveyImprovement?)null,
            i % 2 == 0 ? SurveyScale.Always : SurveyScale.Mostly,
            SurveyScale.Always,
            i < 6 ? $"Comment number {11 - i}" : null));
        var case2025 = new[] { (2025, (SurveyImprovement?)SurveyImprovement.No, SurveyScale.Never, SurveyScale.Never, (string?)"Nobody called me back"), (2025, SurveyImprovement.Yes, SurveyScale.Always, SurveyScale.Always, null) };
        await _app.QueryDatabaseAsync(async db =>
        {
            var reference = (await _app.CreateClient().Submit())["reference"].Str();
            foreach (var (year, improved, informed, listened, comment) in case2026.Concat(case2025))
            {
                var invitation = new SurveyInvitation(Guid.NewGuid(), Guid.NewGuid().ToString("N"), year, DateTime.UtcNow.AddDays(1));
                db.SurveyResponses.Add(invitation.Answer(improved, informed, listened, comment, DateTime.UtcNow));
            }

            return await db.SaveChangesAsync();
        });
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task TheReportsPage_ShowsCountsPerAnswer_WithSmallNumbersHidden_AndCommentsInAlphabeticalOrder()
    {
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");
        var page = await new HtmlParser().ParseDocumentAsync(await (await officer.GetAsync("/staff/reports?year=2026")).Content.ReadAsStringAsync());

        Assert.Equal(
            ["Yes 7", "Partly fewer than 5", "No 0", "Did not answer fewer than 5"],
            page.QuerySelectorAll("#survey-improved tbody tr").Select(r => string.Join(' ', r.Children.Select(c => c.TextContent.Trim()))));
        Assert.Equal(
            ["Always 6", "Most of the time 6", "Some of the time 0", "Never 0", "Did not answer 0"],
            page.QuerySelectorAll("#survey-kept-informed tbody tr").Select(r => string.Join(' ', r.Children.Select(c => c.TextContent.Trim()))));
        Assert.Equal(Enumerable.Range(6, 6).Select(n => $"Comment number {n}").Order(StringComparer.Ordinal), page.QuerySelectorAll("#survey-comments li").Select(l => l.TextContent));

        // Two answers: every count hidden, and no comment shown.
        var small = await new HtmlParser().ParseDocumentAsync(await (await officer.GetAsync("/staff/reports?year=2025")).Content.ReadAsStringAsync());
        Assert.All(small.QuerySelectorAll("#survey-improved tbody td, #survey-listened-to tbody td").Select(c => c.TextContent), t => Assert.True(t is "0" or "fewer than 5", t));
        Assert.NotNull(small.QuerySelector("#survey-comments-withheld"));
        Assert.DoesNotContain("Nobody called me back", small.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCsvAndTheApi_CarryTheSameSuppressedCounts_AndTheCsvNoComments()
    {
        var officer = await _app.SignedInBrowserAsync("Administrator");
        var csv = await (await officer.GetAsync("/staff/reports?handler=Csv&year=2026")).Content.ReadAsStringAsync();
        Assert.Contains("2026-27,survey_responses,,12\n", csv, StringComparison.Ordinal);
        Assert.Contains("2026-27,survey_improved,Yes,7\n", csv, StringComparison.Ordinal);
        Assert.Contains("2026-27,survey_improved,Partly,fewer than 5\n", csv, StringComparison.Ordinal);
        Assert.Contains("2026-27,survey_listened_to,Always,12\n", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Comment number", csv, StringComparison.Ordinal);

        var api = await (await (await _app.AsAdmin()).GetAsync("/api/statistics/annual?year=2025")).ReadJson(HttpStatusCode.OK);
        Assert.Equal(2, api["survey"]!["responses"]!.GetValue<int>());
        Assert.Equal("fewer than 5", api["survey"]!["improved"]!.AsArray().Single(r => r!["key"].Str() == "Yes")!["display"].Str());
        Assert.Empty(api["survey"]!["comments"]!.AsArray());
    }

    [Fact]
    public async Task APanelMember_SeesNoSurveyResults()
    {
        var panelApi = await _app.AsNewStaff("PanelMember", "Police");
        Assert.Equal(HttpStatusCode.Forbidden, (await panelApi.GetAsync("/api/statistics/annual?year=2026")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await panelApi.GetAsync("/api/statistics/annual.csv?year=2026")).StatusCode);

        var panel = await _app.SignedInBrowserAsync("PanelMember", "Police");
        var page = await panel.GetAsync("/staff/reports?year=2026");
        var csv = await panel.GetAsync("/staff/reports?handler=Csv&year=2026");
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, csv.StatusCode);
        Assert.DoesNotContain("Comment number", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("survey", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
