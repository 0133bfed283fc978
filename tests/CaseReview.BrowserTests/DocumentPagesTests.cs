using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using CaseReview.BrowserTests.Support;
using Microsoft.Playwright;

namespace CaseReview.BrowserTests;

/// <summary>
/// Documents in a real browser: an officer opens the case's documents, is told to choose a file, then adds a PDF that
/// shows in the case's timeline, downloads it and deletes it after confirming; a panel member sees the page with what
/// they may; the applicant sends a document from the tracking page (a program refused beside the field first). Every
/// page, with and without errors, passes axe-core.
/// </summary>
[Collection(ResidentSiteCollection.Name)]
public sealed class DocumentPagesTests(ResidentSite site)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

    [Fact]
    public async Task Officer_AddsDownloadsAndDeletesADocument_PanelMemberSeesIt_WithNoAccessibilityViolations()
    {
        var (reference, _) = await BeforeThePanelAsync();
        var memberEmail = await site.NewStaffAsync("PanelMember", "Police");
        var officer = await site.SignedInPageAsync(ResidentSite.AdminEmail, ResidentSite.AdminPassword);

        await officer.GotoAsync($"/staff/cases/{reference}");
        await officer.GetByRole(AriaRole.Link, new() { Name = "See or add documents" }).ClickAsync();
        await Assertions.Expect(officer.Locator("h1")).ToHaveTextAsync("Documents");
        await officer.ScanAsync("documents-none");

        await officer.GetByRole(AriaRole.Button, new() { Name = "Add the document" }).ClickAsync();
        await Assertions.Expect(officer.Locator(".govuk-error-summary")).ToContainTextAsync("Select a file to upload");
        await Assertions.Expect(officer.Locator("#file-error")).ToContainTextAsync("Select a file to upload");
        await officer.ScanAsync("documents-errors");

        await officer.GetByLabel("Choose the file").SetInputFilesAsync(new FilePayload { Name = "Noise diary.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await officer.GetByLabel("What is it? (optional)").FillAsync("The applicant's noise diary for October");
        await officer.GetByLabel("Share this document with the panel").CheckAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Add the document" }).ClickAsync();
        await Assertions.Expect(officer.Locator("#done")).ToHaveTextAsync("Document added");
        await Assertions.Expect(officer.Locator("#history")).ToContainTextAsync("Document added: Noise diary.pdf");
        await officer.ScanAsync("documents-case-timeline");

        await officer.GetByRole(AriaRole.Link, new() { Name = "See or add documents" }).ClickAsync();
        await Assertions.Expect(officer.Locator("#document-list")).ToContainTextAsync("Noise diary.pdf");
        await officer.ScanAsync("documents-list");
        var download = await officer.RunAndWaitForDownloadAsync(() => officer.Locator("#document-list").GetByRole(AriaRole.Link, new() { Name = "Noise diary.pdf", Exact = true }).ClickAsync());
        Assert.Equal("Noise diary.pdf", download.SuggestedFilename);
        Assert.Equal(Pdf, await File.ReadAllBytesAsync((await download.PathAsync())!));

        var member = await site.SignedInPageAsync(memberEmail);
        await member.GotoAsync($"/staff/cases/{reference}/documents");
        await Assertions.Expect(member.Locator("#document-list")).ToContainTextAsync("Noise diary.pdf");
        await Assertions.Expect(member.GetByRole(AriaRole.Link, new() { Name = "Delete Noise diary.pdf" })).ToHaveCountAsync(0);
        await member.ScanAsync("documents-panel-member");

        await officer.GetByRole(AriaRole.Link, new() { Name = "Delete Noise diary.pdf" }).ClickAsync();
        await Assertions.Expect(officer.Locator("h1")).ToHaveTextAsync("Delete a document");
        await officer.ScanAsync("documents-delete");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Delete the document" }).ClickAsync();
        await Assertions.Expect(officer.Locator("#done")).ToHaveTextAsync("Document deleted");
    }

    [Fact]
    public async Task TheApplicant_SendsADocumentFromTheTrackingPage_AfterAProgramIsRefused_WithNoAccessibilityViolations()
    {
        var (_, code) = await BeforeThePanelAsync();
        var resident = await site.NewPageAsync();

        await resident.GotoAsync($"/track/{code}");
        await Assertions.Expect(resident.Locator("#documents")).ToHaveTextAsync("Documents for the panel");
        await resident.ScanAsync("track-documents");

        await resident.GetByLabel("Choose a file").SetInputFilesAsync(new FilePayload { Name = "photos.pdf", MimeType = "application/pdf", Buffer = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0] });
        await resident.GetByRole(AriaRole.Button, new() { Name = "Send the document" }).ClickAsync();
        await Assertions.Expect(resident.Locator(".govuk-error-summary")).ToContainTextAsync("The selected file is a program");
        await Assertions.Expect(resident.Locator("#file-error")).ToContainTextAsync("The selected file is a program");
        await resident.ScanAsync("track-documents-errors");

        await resident.GetByLabel("Choose a file").SetInputFilesAsync(new FilePayload { Name = "My diary.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await resident.GetByLabel("What is it? (optional)").FillAsync("My diary for October");
        await resident.GetByRole(AriaRole.Button, new() { Name = "Send the document" }).ClickAsync();
        await Assertions.Expect(resident.Locator(".govuk-notification-banner")).ToContainTextAsync("We have received your document.");
        await Assertions.Expect(resident.Locator("#documents-sent")).ToContainTextAsync("My diary.pdf");
        await resident.ScanAsync("track-documents-sent");
    }

    /// <summary>A case whose review is arranged with Police on the panel: its reference and tracking code.</summary>
    private async Task<(string Reference, string Code)> BeforeThePanelAsync()
    {
        static object Complaint(int daysAgo) => new
        {
            incidentDate = DateTime.UtcNow.AddDays(-daysAgo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            reportedDate = DateTime.UtcNow.AddDays(1 - daysAgo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            agency = "Police",
            summary = "Shouting and loud music at night.",
        };
        var submitted = await site.SubmitApplicationAsync(postcode: "B98 8AH", complaints: [Complaint(60), Complaint(40), Complaint(20)]);
        var reference = submitted["reference"]!.GetValue<string>();
        using var admin = await site.AdminApiAsync();
        await admin.DecideThresholdAsync(reference, met: true);
        (await admin.PostAsJsonAsync($"/api/cases/{reference}/schedule-review", new { meetingAt = DateTimeOffset.UtcNow.AddDays(14), panel = new[] { new { agency = "Police" } } })).EnsureSuccessStatusCode();
        return (reference, submitted["trackingCode"]!.GetValue<string>());
    }
}
