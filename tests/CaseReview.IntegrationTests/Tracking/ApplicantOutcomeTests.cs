using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.Tracking;

/// <summary>
/// Issue 17, part 1: the applicant is told what the agencies will do. Once the outcome is sent, the tracking page
/// (API and HTML) shows the panel's summary written for the applicant and every action of the plan, kept current as
/// agencies update their items, and later the decision on an appeal with its reason. The internal findings never show.
/// </summary>
public sealed class ApplicantOutcomeTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private const string Findings = "Internal: the housing officer did not pass on three reports.";
    private const string Summary = "The police and Riverside Homes did not share your reports.\nThe police will patrol on Friday evenings.";

    [Fact]
    public async Task TheOutcome_AppearsOnceSent_WithEveryAction_KeptCurrent_AndThenTheAppealDecision()
    {
        var (reference, code) = await ReviewHeldAsync();
        var admin = await app.AsAdmin();

        // Recorded but not yet sent: nothing of the outcome is shown.
        var beforeSending = await TrackAsync(code);
        Assert.Null(beforeSending["outcome"]);
        Assert.Null((await PageAsync(code)).QuerySelector("#outcome"));

        await admin.ActOk(reference, "send-outcome");
        var sent = await TrackAsync(code);
        Assert.Equal(Summary, sent["outcome"]!["summary"].Str());
        var plan = sent["outcome"]!["actionPlan"]!.AsArray();
        Assert.Equal(["Patrol the footpaths on Friday evenings", "Visit the neighbours about the noise"], plan.Select(p => p!["action"].Str()));
        Assert.Equal(["Police", "Council"], plan.Select(p => p!["ownerAgency"].Str()));
        Assert.Equal(["2027-01-15", "2027-02-01"], plan.Select(p => p!["dueDate"].Str()));
        Assert.Equal(["Open", "Open"], plan.Select(p => p!["status"].Str()));
        Assert.DoesNotContain("housing officer", sent.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.Null(sent["appealDecision"]);

        var page = await PageAsync(code);
        Assert.Equal(["The police and Riverside Homes did not share your reports.", "The police will patrol on Friday evenings."],
            page.QuerySelectorAll("#outcome-summary p").Select(p => p.TextContent.Trim()));
        Assert.Equal(
            [["Patrol the footpaths on Friday evenings", "Police", "15 January 2027", "Not started"], ["Visit the neighbours about the noise", "Council", "1 February 2027", "Not started"]],
            Rows(page));
        Assert.DoesNotContain("housing officer", page.Body!.TextContent, StringComparison.OrdinalIgnoreCase);

        // An agency marks its item done: the applicant sees it.
        var detail = await (await admin.GetAsync($"/api/cases/{reference}")).ReadJson(HttpStatusCode.OK);
        var police = detail["review"]!["recommendations"]!.AsArray().Single(r => r!["ownerAgency"].Str() == "Police")!["id"]!.GetValue<int>();
        var updated = await admin.PostAsJsonAsync($"/api/cases/{reference}/recommendations/{police}/status", new { status = "Completed", note = "Patrols done" });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(["Completed", "Open"], (await TrackAsync(code))["outcome"]!["actionPlan"]!.AsArray().Select(p => p!["status"].Str()));
        Assert.Equal(["Done", "Not started"], Rows(await PageAsync(code)).Select(r => r[3]));

        // The applicant appeals and the appeal is decided: the decision and its reason appear.
        await admin.ActOk(reference, "appeal", new { grounds = "The panel did not look at the housing reports." });
        Assert.Null((await TrackAsync(code))["appealDecision"]);
        await (await app.AsAppealReviewer()).ActOk(reference, "appeal-decision", new { upheld = false, reason = "The panel read every housing report before it met." });
        var decided = await TrackAsync(code);
        Assert.False(decided["appealDecision"]!["upheld"]!.GetValue<bool>());
        Assert.Equal("The panel read every housing report before it met.", decided["appealDecision"]!["reason"].Str());
        Assert.Equal("2026-11-02", decided["appealDecision"]!["decidedOn"].Str());
        var decidedPage = await PageAsync(code);
        Assert.Equal("The panel read every housing report before it met.", decidedPage.QuerySelector("#appeal-decision-reason")!.TextContent.Trim());
        Assert.NotNull(decidedPage.QuerySelector("#outcome"));
    }

    [Fact]
    public async Task AnUpheldAppeal_TakesTheSetAsideOutcomeOffThePage_AndShowsTheDecision()
    {
        var (reference, code) = await ReviewHeldAsync();
        var admin = await app.AsAdmin();
        await admin.ActOk(reference, "send-outcome");
        await admin.ActOk(reference, "appeal", new { grounds = "The panel did not look at the housing reports." });

        await (await app.AsAppealReviewer()).ActOk(reference, "appeal-decision", new { upheld = true, reason = "The housing reports were missed: the review will be held again." });

        var view = await TrackAsync(code);
        Assert.Null(view["outcome"]);
        Assert.True(view["appealDecision"]!["upheld"]!.GetValue<bool>());
        var page = await PageAsync(code);
        Assert.Null(page.QuerySelector("#outcome"));
        Assert.Contains("agreed with your appeal", page.QuerySelector("#appeal-decision ~ p")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARecordedReview_NeedsWhatTheApplicantWillBeTold()
    {
        var reference = await Cases.WithPanel(app, "Police");
        var admin = await app.AsAdmin();

        var problem = await (await admin.Act(reference, "record-review", new { findings = Findings })).ReadJson(HttpStatusCode.BadRequest);

        Assert.Equal("Enter what the applicant will be told: what the panel found and what will be done", problem["errors"]!["applicantSummary"]![0].Str());
    }

    private async Task<(string Reference, string Code)> ReviewHeldAsync()
    {
        var reference = await Cases.WithPanel(app, "Police", "Council");
        var admin = await app.AsAdmin();
        await admin.ActOk(reference, "record-review", new
        {
            findings = Findings,
            applicantSummary = Summary,
            recommendations = new[]
            {
                new { action = "Visit the neighbours about the noise", ownerAgency = "Council", lead = "ASB officer", dueDate = "2027-02-01" },
                new { action = "Patrol the footpaths on Friday evenings", ownerAgency = "Police", lead = "PS Smith", dueDate = "2027-01-15" },
            },
        });
        var code = await app.QueryDatabaseAsync(db => db.Applications.Where(a => a.Reference == reference).Select(a => a.TrackingCode).SingleAsync());
        return (reference, code);
    }

    private async Task<JsonObject> TrackAsync(string code) => await (await app.CreateClient().GetAsync($"/api/track/{code}")).ReadJson(HttpStatusCode.OK);

    private async Task<IDocument> PageAsync(string code)
    {
        var response = await new ResidentBrowser(app).GetAsync($"/track/{code}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    private static string[][] Rows(IDocument page) =>
        [.. page.QuerySelectorAll("#outcome table tbody tr").Select(row => row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray())];
}
