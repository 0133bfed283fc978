using System.Globalization;
using System.Net;
using AngleSharp.Html.Parser;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.Documents;

/// <summary>
/// The applicant sends documents with their tracking code while the case is before the panel: from the tracking page
/// (a mistake shown beside the file field) or the API, with the staff uploads' checks and limits; the panel sees them;
/// they cannot before the panel; and one address may send only so many in a window.
/// </summary>
// One host for the class: each test works on a case of its own.
public sealed class ResidentDocumentTests(SmallDocumentLimits limits) : IClassFixture<SmallDocumentLimits>
{
    private readonly CaseReviewApp _app = limits.App;

    [Fact]
    public async Task TheApplicant_SendsADocumentFromTheTrackingPage_WhichThePanelSees()
    {
        var (reference, code) = await BeforeThePanelAsync(_app);
        var resident = new ResidentBrowser(_app);
        var pdf = Files.Pdf(4_000);

        var page = await new HtmlParser().ParseDocumentAsync(await (await resident.GetAsync($"/track/{code}")).Content.ReadAsStringAsync());
        Assert.NotNull(page.QuerySelector("input[type=file]#file"));
        var sent = await resident.SubmitFileAsync($"/track/{code}", $"/track/{code}?handler=Document", "Upload", pdf, "my diary.pdf", ("DocumentDescription", "My diary for October"));

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var after = await new HtmlParser().ParseDocumentAsync(await (await resident.GetAsync(sent.Headers.Location!.OriginalString)).Content.ReadAsStringAsync());
        Assert.Contains("We have received your document.", after.Body!.TextContent);
        Assert.Contains("my diary.pdf", after.QuerySelector("#documents-sent")!.TextContent);
        var police = await _app.AsNewStaff("PanelMember", "Police");
        var seen = (await police.GetArray($"/api/cases/{reference}/documents")).Single()!;
        Assert.Equal("my diary.pdf", seen["fileName"].Str());
        Assert.True(seen["fromApplicant"]!.GetValue<bool>());
        Assert.True(seen["sharedWithPanel"]!.GetValue<bool>());
        Assert.Equal("My diary for October", seen["description"].Str());
        Assert.Equal(pdf, await (await police.GetAsync($"/api/cases/{reference}/documents/{seen["id"]}")).Content.ReadAsByteArrayAsync());
        var added = await _app.QueryDatabaseAsync(db => db.AuditEntries.SingleAsync(e => e.CaseReference == reference && e.Action == "case.document-added"));
        Assert.Equal("applicant", added.ActorId);
    }

    [Fact]
    public async Task AProgram_OrAFileOverTheLimit_IsShownBesideTheFileField_AndNothingIsStored()
    {
        var (reference, code) = await BeforeThePanelAsync(_app);
        var resident = new ResidentBrowser(_app);

        var program = await resident.SubmitFileAsync($"/track/{code}", $"/track/{code}?handler=Document", "Upload", Files.WindowsProgram(), "photos.pdf");
        var tooBig = await resident.SubmitFileAsync($"/track/{code}", $"/track/{code}?handler=Document", "Upload", Files.Pdf(SmallDocumentLimits.MaxFileBytes), "scan.pdf");

        var programPage = await new HtmlParser().ParseDocumentAsync(await program.Content.ReadAsStringAsync());
        var tooBigPage = await new HtmlParser().ParseDocumentAsync(await tooBig.Content.ReadAsStringAsync());
        Assert.StartsWith("Error: The selected file is a program, not a document", programPage.QuerySelector("#file-error")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("#file", programPage.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
        Assert.StartsWith("Error: The selected file must be 64 KB or smaller", tooBigPage.QuerySelector("#file-error")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(0, await StoredOn(reference));
    }

    [Fact]
    public async Task BeforeThePanel_ThereIsNoForm_AndTheApiSaysNotNow()
    {
        var submitted = await _app.CreateClient().Submit();
        var code = submitted["trackingCode"].Str();
        var resident = new ResidentBrowser(_app);

        var page = await new HtmlParser().ParseDocumentAsync(await (await resident.GetAsync($"/track/{code}")).Content.ReadAsStringAsync());
        var api = await _app.CreateClient().PostAsync($"/api/track/{code}/documents", Files.Form(Files.Pdf(500), "diary.pdf"));

        Assert.Null(page.QuerySelector("input[type=file]"));
        Assert.Equal(HttpStatusCode.Conflict, api.StatusCode);
        Assert.Equal(0, await StoredOn(submitted["reference"].Str()));
    }

    [Fact]
    public async Task TheApi_TakesADocument_WithTheSameChecks()
    {
        var (reference, code) = await BeforeThePanelAsync(_app);
        var client = _app.CreateClient();

        var sent = await (await client.PostAsync($"/api/track/{code}/documents", Files.Form(Files.Png(), "IMG_2031.JPG", contentType: "image/jpeg"))).ReadJson(HttpStatusCode.OK);
        var refused = await (await client.PostAsync($"/api/track/{code}/documents", Files.Form(Files.LinuxProgram(), "diary.pdf"))).ReadJson(HttpStatusCode.BadRequest);
        var unknown = await client.PostAsync("/api/track/NOSUCHCODE/documents", Files.Form(Files.Pdf(500), "diary.pdf"));

        Assert.Equal("IMG_2031.png", sent["fileName"].Str());
        Assert.StartsWith("The selected file is a program", Files.ErrorOn(refused, "file"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(1, await StoredOn(reference));
    }

    [Fact]
    public async Task OneAddress_MaySendOnlySoManyDocumentsInAWindow()
    {
        using var app = new CaseReviewApp { ResidentUploadsPerWindow = 2 };
        var (reference, code) = await BeforeThePanelAsync(app);
        var client = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.PostAsync($"/api/track/{code}/documents", Files.Form(Files.Pdf(500, seed: i), $"photo {i}.pdf"))).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(2, await app.QueryDatabaseAsync(db => db.CaseDocuments.CountAsync(d => db.Applications.Any(a => a.Id == d.ApplicationId && a.Reference == reference))));
        var page = await new ResidentBrowser(app).SubmitFileAsync($"/track/{code}", $"/track/{code}?handler=Document", "Upload", Files.Pdf(500), "one more.pdf");
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
    }

    /// <summary>A case before the panel (review pending, Police on it), with its reference and the applicant's tracking code.</summary>
    private static async Task<(string Reference, string Code)> BeforeThePanelAsync(CaseReviewApp app)
    {
        var submitted = await app.CreateClient().Submit();
        var reference = submitted["reference"].Str();
        var admin = await app.AsAdmin();
        await admin.ActOk(reference, "start-assessment");
        await admin.ActOk(reference, "threshold-decision", new { met = true });
        await admin.ActOk(reference, "schedule-review", new { meetingAt = app.Clock.GetUtcNow().AddDays(7).ToString("O", CultureInfo.InvariantCulture), panel = new[] { new { agency = "Police" } } });
        return (reference, submitted["trackingCode"].Str());
    }

    private Task<int> StoredOn(string reference) =>
        _app.QueryDatabaseAsync(db => db.CaseDocuments.CountAsync(d => db.Applications.Any(a => a.Id == d.ApplicationId && a.Reference == reference)));
}
