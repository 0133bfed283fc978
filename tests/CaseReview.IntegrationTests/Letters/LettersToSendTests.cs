using System.Net;
using System.Text.Json.Nodes;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Letters;

/// <summary>
/// Applicants who asked for post get letters, and those who asked for phone get calls, each due exactly when an
/// email would have been queued: they wait in the officers' list until marked posted or called (audited).
/// </summary>
public sealed class LettersToSendTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    [Fact]
    public async Task APostApplicantsLetter_IsListedUntilMarkedPosted()
    {
        var officer = await app.AsAdmin();
        var reference = await SubmitAsync("Post");
        var emailApplicant = (await app.CreateClient().Submit())["reference"].Str();

        var listed = await DueAsync(officer, reference);
        var letter = Assert.Single(listed);
        Assert.Equal("acknowledgement", letter["notice"].Str());
        Assert.Equal("Post", letter["delivery"].Str());
        Assert.Equal("Alex Example", letter["applicantName"].Str());
        Assert.Equal(["1 High Street", "Redditch", "B98 8AH"], letter["address"]!.AsArray().Select(l => l.Str()));
        Assert.Empty(await DueAsync(officer, emailApplicant));

        var id = letter["id"]!.GetValue<long>();
        Assert.Contains("Acknowledge", await OpenStagesAsync(officer, reference));
        await (await officer.PostAsync($"/api/letters/{id}/called", null)).ReadJson(HttpStatusCode.Conflict);
        var posted = await (await officer.PostAsync($"/api/letters/{id}/posted", null)).ReadJson(HttpStatusCode.OK);
        Assert.Equal(reference, posted["reference"].Str());

        Assert.Empty(await DueAsync(officer, reference));
        // The acknowledgement letter posted acknowledges the application, as the email does for others.
        Assert.DoesNotContain("Acknowledge", await OpenStagesAsync(officer, reference));
        await (await officer.PostAsync($"/api/letters/{id}/posted", null)).ReadJson(HttpStatusCode.Conflict);
        await (await officer.PostAsync("/api/letters/999999/posted", null)).ReadJson(HttpStatusCode.NotFound);
        var audit = (await (await officer.GetAsync($"/api/admin/audit?reference={reference}")).ReadJson(HttpStatusCode.OK)).ToJsonString();
        Assert.Contains("letter.posted", audit, StringComparison.Ordinal);

        // The next notice makes the next letter due, when its email would have gone.
        await officer.ActOk(reference, "start-assessment");
        await officer.ActOk(reference, "threshold-decision", new { met = true });
        Assert.Equal(["threshold-decision"], (await DueAsync(officer, reference)).Select(l => l["notice"].Str()));
    }

    [Fact]
    public async Task APhoneApplicant_GetsACallToMake_WithTheLettersWords_UntilMarkedCalled()
    {
        var officer = await app.AsAdmin();
        var reference = await SubmitAsync("Phone");

        var call = Assert.Single(await DueAsync(officer, reference));
        Assert.Equal("Phone", call["delivery"].Str());
        Assert.Equal("07700900123", call["phone"].Str());

        var browser = await app.SignedInBrowserAsync("CaseOfficer");
        var page = await HtmlPages.ParseAsync(await browser.GetAsync("/staff/letters"));
        var row = page.QuerySelector($"#call-{call["id"]}")!;
        Assert.Equal(reference, row.GetAttribute("data-reference"));
        Assert.Contains("07700900123", row.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector($"#letter-{call["id"]}"));
        // The words to read out are the letter's.
        var words = await HtmlPages.ParseAsync(await browser.GetAsync(row.QuerySelector("a[href*='/letters/']")!.GetAttribute("href")!));
        Assert.Equal("We have your application for an ASB case review", words.QuerySelector("#letter-subject")!.TextContent);

        var done = await browser.SubmitAsync("/staff/letters?handler=Called", ("id", call["id"]!.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var after = await HtmlPages.ParseAsync(await browser.GetAsync(done.Headers.Location!.OriginalString));
        Assert.Null(after.QuerySelector($"#call-{call["id"]}"));
        Assert.Contains(reference, after.QuerySelector("#done")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await DueAsync(officer, reference));
    }

    [Fact]
    public async Task TheLettersPage_ListsAPostApplicantsLetter_AndMarksItPosted()
    {
        var reference = await SubmitAsync("Post");
        var browser = await app.SignedInBrowserAsync("CaseOfficer");

        var page = await HtmlPages.ParseAsync(await browser.GetAsync("/staff/letters"));
        var row = page.QuerySelectorAll("#letters-to-post tbody tr").Single(r => r.GetAttribute("data-reference") == reference);
        Assert.Equal("acknowledgement", row.GetAttribute("data-notice"));
        Assert.Contains("B98 8AH", row.TextContent, StringComparison.Ordinal);
        var id = row.QuerySelector("input[name=id]")!.GetAttribute("value")!;

        var done = await browser.SubmitAsync("/staff/letters?handler=Posted", ("id", id));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var after = await HtmlPages.ParseAsync(await browser.GetAsync("/staff/letters"));
        Assert.DoesNotContain(after.QuerySelectorAll("#letters-to-post tbody tr"), r => r.GetAttribute("data-reference") == reference);

        var again = await browser.SubmitAsync("/staff/letters?handler=Posted", ("id", id));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("already marked as posted", (await HtmlPages.ParseAsync(again)).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
    }

    private async Task<string> SubmitAsync(string preferredContact)
    {
        var application = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Api.Application(), Api.Json))!.AsObject();
        application["applicant"]!["preferredContact"] = preferredContact;
        return (await app.CreateClient().Submit(application))["reference"].Str();
    }

    private static async Task<List<string>> OpenStagesAsync(HttpClient officer, string reference) =>
        [.. (await (await officer.GetAsync($"/api/cases/{reference}")).ReadJson(HttpStatusCode.OK))["deadlines"]!.AsArray().Select(d => d!["stage"].Str())];

    private static async Task<List<JsonNode>> DueAsync(HttpClient officer, string reference) =>
        [.. (await officer.GetArray("/api/letters/to-send")).Select(l => l!).Where(l => l["reference"].Str() == reference)];
}
