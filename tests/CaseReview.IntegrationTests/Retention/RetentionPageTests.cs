using System.Net;
using AngleSharp.Html.Parser;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Retention;

/// <summary>The administrators' page at /staff/retention: the schedule from the settings, what a run would change, and running it.</summary>
public sealed class RetentionPageTests
{
    [Fact]
    public async Task ThePage_ShowsTheScheduleFromTheSettings_AndWhatARunWouldChange_ThenRunsIt()
    {
        using var app = new CaseReviewApp { Settings = { ["Retention:ClosedCaseYears"] = "4", ["Retention:ThresholdNotMetYears"] = "1", ["Retention:SentEmailBodyDays"] = "30" } };
        var admin = await app.AsAdmin();
        var reference = (await app.CreateClient().Submit())["reference"].Str();
        await admin.ActOk(reference, "withdraw", new { reason = "Moved away." });
        app.SetClockUtc(2031, 1, 5);
        admin = await app.AsAdmin(); // a token from 2026 has run out by now
        var browser = await app.SignedInBrowserAsync("Administrator");

        var page = await new HtmlParser().ParseDocumentAsync(await (await browser.GetAsync("/staff/retention")).Content.ReadAsStringAsync());

        var schedule = page.QuerySelector("#schedule")!.TextContent;
        Assert.Contains("4 years after it was closed or withdrawn", schedule, StringComparison.Ordinal);
        Assert.Contains("1 year after it was closed", schedule, StringComparison.Ordinal);
        Assert.Contains("30 days after it was sent", schedule, StringComparison.Ordinal);
        Assert.Contains("Retention:ClosedCaseYears", schedule, StringComparison.Ordinal);
        Assert.Equal("What a run would change now", page.QuerySelector("#due")!.TextContent);
        Assert.Contains(reference, page.QuerySelector("#cases")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Alex Example", await (await admin.GetAsync($"/api/cases/{reference}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var ran = await browser.SubmitAsync("/staff/retention");
        var done = await new HtmlParser().ParseDocumentAsync(await ran.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, ran.StatusCode);
        Assert.StartsWith("The retention schedule was applied: cases 1,", done.QuerySelector("#done")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Alex Example", await (await admin.GetAsync($"/api/cases/{reference}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
