using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.Documents;

/// <summary>
/// Documents on the staff pages: the case's timeline shows a note, a contact and a document added by an officer; an
/// officer adds one with the form at <c>/staff/cases/{reference}/documents</c> (a refused file is shown beside the field,
/// nothing stored), downloads it and deletes it after confirming; a panel member sees only what they may.
/// </summary>
// One host for the class: each test works on a case of its own.
public sealed class DocumentPagesTests(SmallDocumentLimits limits) : IClassFixture<SmallDocumentLimits>
{
    private readonly CaseReviewApp _app = limits.App;

    [Fact]
    public async Task ANoteAContactAndADocumentAddedByAnOfficer_AllAppearInTheCasesTimeline()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.AsNewStaff("CaseOfficer");
        var note = await (await officer.PostAsJsonAsync($"/api/cases/{reference}/notes", new { kind = "note", text = "Asked the police for their log." }, Api.Json)).ReadJson(HttpStatusCode.Created);
        var contact = await (await officer.PostAsJsonAsync($"/api/cases/{reference}/notes", new { kind = "phone", text = "The applicant says it goes on.", with = "Applicant" }, Api.Json)).ReadJson(HttpStatusCode.Created);
        var document = await officer.Uploaded(reference, Files.Pdf(3_000), "noise diary.pdf", "October's diary");
        var browser = await _app.SignedInBrowserAsync("CaseOfficer");

        var page = await HtmlPages.PageAsync(browser, $"/staff/cases/{reference}");

        var items = page.QuerySelectorAll("#history .moj-timeline__item").ToList();
        var noteItem = items.Single(i => i.Id == $"note-{note["id"]}");
        var contactItem = items.Single(i => i.Id == $"note-{contact["id"]}");
        var documentItem = items.Single(i => i.Id == $"document-{document["id"]}");
        Assert.Contains("Asked the police for their log.", noteItem.TextContent);
        Assert.StartsWith("Phone call with Applicant", contactItem.QuerySelector(".moj-timeline__title")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("Document added: noise diary.pdf", documentItem.QuerySelector(".moj-timeline__title")!.TextContent.Trim());
        Assert.Contains("October's diary", documentItem.TextContent);
        Assert.Contains("Not shared with the panel", documentItem.TextContent);
        var link = documentItem.QuerySelector("a")!;
        Assert.Equal($"/staff/cases/{reference}/documents/{document["id"]}", link.GetAttribute("href"));
        Assert.StartsWith("Download noise diary.pdf (PDF, ", link.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal($"/staff/cases/{reference}/documents", page.QuerySelector("#documents")!.GetAttribute("href"));
    }

    [Fact]
    public async Task AnOfficer_AddsADocumentWithTheForm_DownloadsIt_AndDeletesItAfterConfirming()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");
        var pdf = Files.Pdf(5_000);

        var added = await officer.SubmitFileAsync($"/staff/cases/{reference}/documents", $"/staff/cases/{reference}/documents", "Upload", pdf, "Letter from the housing officer.pdf",
            ("Description", "Letter about the hedge"), ("Shared", "true"));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var casePage = await HtmlPages.PageAsync(officer, $"/staff/cases/{reference}");
        Assert.Equal("Document added", casePage.QuerySelector("#done")!.TextContent.Trim());
        var list = await HtmlPages.PageAsync(officer, $"/staff/cases/{reference}/documents");
        var row = list.QuerySelector("#document-list tbody tr")!;
        Assert.Contains("Letter from the housing officer.pdf", row.TextContent);
        Assert.Contains("Shared with the panel", row.TextContent);
        var href = row.QuerySelector("a")!.GetAttribute("href")!;

        var download = await officer.GetAsync(href);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());

        var confirm = await HtmlPages.PageAsync(officer, $"{href}/delete");
        Assert.Contains("Letter from the housing officer.pdf", confirm.QuerySelector("#document")!.TextContent);
        var deleted = await officer.SubmitAsync($"{href}/delete");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal("Document deleted", (await HtmlPages.PageAsync(officer, $"/staff/cases/{reference}")).QuerySelector("#done")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync(href)).StatusCode);
        Assert.Equal(0, await StoredOn(reference));
    }

    [Fact]
    public async Task AProgramNamedPdf_IsShownBesideTheFileField_WithTheDescriptionKept_AndNothingIsStored()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");

        var response = await officer.SubmitFileAsync($"/staff/cases/{reference}/documents", $"/staff/cases/{reference}/documents", "Upload", Files.WindowsProgram(), "minutes.pdf",
            ("Description", "Minutes of the meeting"));
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error: The selected file is a program, not a document", page.QuerySelector("#file-error")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("#file", page.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
        Assert.Equal("Minutes of the meeting", page.QuerySelector("#description")!.TextContent);
        Assert.Equal(0, await StoredOn(reference));
    }

    [Fact]
    public async Task AFileOverTheLimit_IsShownBesideTheFileField()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");

        var response = await officer.SubmitFileAsync($"/staff/cases/{reference}/documents", $"/staff/cases/{reference}/documents", "Upload", Files.Pdf(SmallDocumentLimits.MaxFileBytes), "big.pdf");
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

        Assert.StartsWith("Error: The selected file must be 64 KB or smaller", page.QuerySelector("#file-error")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(0, await StoredOn(reference));
    }

    [Fact]
    public async Task APanelMember_SeesOnlyWhatTheyMay_AddsForTheirAgency_AndIsToldDeletingIsNotForThem()
    {
        var reference = await Cases.WithPanel(_app, "Police");
        var officer = await _app.AsNewStaff("CaseOfficer");
        var hidden = await officer.Uploaded(reference, Files.Pdf(500, 1), "internal note.pdf");
        var shared = await officer.Uploaded(reference, Files.Pdf(500, 2), "for the panel.pdf", shared: true);
        var police = await _app.SignedInBrowserAsync("PanelMember", "Police");

        var list = await HtmlPages.PageAsync(police, $"/staff/cases/{reference}/documents");
        var casePage = await HtmlPages.PageAsync(police, $"/staff/cases/{reference}");
        var added = await police.SubmitFileAsync($"/staff/cases/{reference}/documents", $"/staff/cases/{reference}/documents", "Upload", Files.Pdf(700, 3), "police log.pdf");
        var delete = await police.GetAsync($"/staff/cases/{reference}/documents/{shared["id"]}/delete");
        var hiddenDownload = await police.GetAsync($"/staff/cases/{reference}/documents/{hidden["id"]}");

        var rows = list.QuerySelector("#document-list")!.TextContent;
        Assert.Contains("for the panel.pdf", rows);
        Assert.DoesNotContain("internal note.pdf", rows);
        Assert.DoesNotContain("internal note.pdf", casePage.QuerySelector("#history")!.TextContent);
        Assert.Null(list.QuerySelector("a[href$='/delete']"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hiddenDownload.StatusCode);
        Assert.Contains("Police's document", (await HtmlPages.PageAsync(police, $"/staff/cases/{reference}/documents")).QuerySelector("#document-list")!.TextContent);
    }

    private Task<int> StoredOn(string reference) =>
        _app.QueryDatabaseAsync(db => db.CaseDocuments.CountAsync(d => db.Applications.Any(a => a.Id == d.ApplicationId && a.Reference == reference)));
}
