using System.Net;
using System.Text.Json.Nodes;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Letters;

/// <summary>
/// Every notice the applicant is given is also a letter (issue 17, part 2): a PDF that opens and reads back with the
/// case's reference, the applicant's name and the date that matters, made from the case when asked for; a notice not
/// given yet is a conflict in words; every letter made is audited.
/// </summary>
public sealed class LetterTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private const string Name = "Alex Example";

    [Fact]
    public async Task EachNotice_IsAPdf_WithTheReference_TheApplicantsName_AndItsKeyDate()
    {
        var officer = await app.AsAdmin();
        var submitted = await app.CreateClient().Submit();
        var reference = submitted["reference"].Str();

        var acknowledgement = await PdfAsync(officer, reference, "acknowledgement");
        AssertLetter(acknowledgement, reference, DueDate(submitted, "ThresholdDecision"));
        Assert.Contains("1 High Street", acknowledgement, StringComparison.Ordinal);
        Assert.Contains("B98 8AH", acknowledgement, StringComparison.Ordinal);

        await officer.ActOk(reference, "start-assessment");
        var decided = await officer.ActOk(reference, "threshold-decision", new { met = true });
        var thresholdLetter = await PdfAsync(officer, reference, "threshold-decision");
        AssertLetter(thresholdLetter, reference, DueDate(decided, "ReviewMeeting"));
        Assert.Contains("There will be a case review", thresholdLetter, StringComparison.Ordinal);

        var meetingAt = app.Clock.GetUtcNow();
        await officer.ActOk(reference, "schedule-review", new { meetingAt = meetingAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture), panel = new[] { new { agency = "Police" } } });
        AssertLetter(await PdfAsync(officer, reference, "meeting-invitation"), reference, LetterPdf.Date(meetingAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));

        await officer.ActOk(reference, "record-review", new
        {
            findings = "Internal: the agencies did not share reports.",
            applicantSummary = "The police will patrol the footpaths on Friday evenings.",
            recommendations = new[] { new { action = "Patrol the footpaths on Friday evenings", ownerAgency = "Police", lead = "Sgt Patel", dueDate = "2027-01-15" } },
        });
        var outcomeSent = await officer.ActOk(reference, "send-outcome");
        var outcome = await PdfAsync(officer, reference, "outcome");
        AssertLetter(outcome, reference, DueDate(outcomeSent, "AppealWindow"));
        Assert.Contains("The police will patrol the footpaths on Friday evenings.", outcome, StringComparison.Ordinal);
        Assert.Contains("Patrol the footpaths on Friday evenings (Police, by Friday 15 January 2027)", outcome, StringComparison.Ordinal);
        Assert.DoesNotContain("Internal", outcome, StringComparison.Ordinal);

        await officer.ActOk(reference, "appeal", new { grounds = "The panel did not read the housing reports." });
        await (await app.AsAppealReviewer()).ActOk(reference, "appeal-decision", new { upheld = false, reason = "The panel read every housing report before it met." });
        var today = LetterPdf.Date(app.Clock.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var appealLetter = await PdfAsync(officer, reference, "appeal-decision");
        AssertLetter(appealLetter, reference, today);
        Assert.Contains("The panel read every housing report before it met.", appealLetter, StringComparison.Ordinal);
        var closure = await PdfAsync(officer, reference, "closure");
        AssertLetter(closure, reference, $"We closed it on {today}");

        var audit = (await (await officer.GetAsync($"/api/admin/audit?reference={reference}&pageSize=100")).ReadJson(HttpStatusCode.OK)).ToJsonString();
        foreach (var notice in new[] { "acknowledgement", "threshold-decision", "meeting-invitation", "outcome", "appeal-decision", "closure" })
        {
            Assert.Contains($"notice={notice}", audit, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AWithdrawnApplication_HasAClosureLetter_SayingItWasWithdrawn()
    {
        var officer = await app.AsAdmin();
        var reference = (await app.CreateClient().Submit())["reference"].Str();
        await officer.ActOk(reference, "withdraw", new { reason = "The applicant rang to stop." });

        var text = await PdfAsync(officer, reference, "closure");

        AssertLetter(text, reference, "withdrawn on Monday 2 November 2026");
    }

    [Fact]
    public async Task ANoticeNotGivenYet_IsAConflictInWords_AndAnUnknownNoticeIsABadRequest()
    {
        var officer = await app.AsAdmin();
        var reference = (await app.CreateClient().Submit())["reference"].Str();

        var early = await (await officer.GetAsync($"/api/cases/{reference}/letters/outcome")).ReadJson(HttpStatusCode.Conflict);
        Assert.Equal($"There is no outcome and action plan letter for {reference} yet: the outcome has not been sent.", early["detail"].Str());

        var unknown = await (await officer.GetAsync($"/api/cases/{reference}/letters/nonsense")).ReadJson(HttpStatusCode.BadRequest);
        Assert.Contains("acknowledgement, threshold-decision, meeting-invitation, outcome, appeal-decision, closure", unknown["errors"]!["notice"]![0].Str(), StringComparison.Ordinal);

        var missing = await officer.GetAsync("/api/cases/CR-2026-999999/letters/acknowledgement");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Letters_AreRefusedToTheAnonymous_AndToPanelMembers()
    {
        var reference = await Cases.WithPanel(app, "Police");
        var panelMember = await app.AsNewStaff("PanelMember", "Police");

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync($"/api/cases/{reference}/letters/acknowledgement")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await panelMember.GetAsync($"/api/cases/{reference}/letters/acknowledgement")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await panelMember.GetAsync("/api/letters/to-send")).StatusCode);
    }

    [Fact]
    public async Task ThePrintPage_ShowsTheLetter_WithTheApplicantsAddressForTheWindow_AndItsPdf()
    {
        var reference = (await app.CreateClient().Submit())["reference"].Str();
        var officer = await app.SignedInBrowserAsync("CaseOfficer");

        var casePage = await HtmlPages.ParseAsync(await officer.GetAsync($"/staff/cases/{reference}"));
        Assert.Equal(["acknowledgement"], casePage.QuerySelectorAll("#case-letters a").Select(a => a.GetAttribute("data-notice")));

        var response = await officer.GetAsync($"/staff/cases/{reference}/letters/acknowledgement");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlPages.ParseAsync(response);
        var recipient = page.QuerySelector("#recipient")!.InnerHtml.Split("<br>").Select(l => l.Trim()).ToArray();
        Assert.Equal([Name, "1 High Street", "Redditch", "B98 8AH"], recipient);
        Assert.Equal(reference, page.QuerySelector("#letter-reference")!.TextContent);
        Assert.Equal("Monday 2 November 2026", page.QuerySelector("#letter-date")!.TextContent);
        Assert.Equal("We have your application for an ASB case review", page.QuerySelector("#letter-subject")!.TextContent);
        Assert.Contains("/css/letter.css", page.QuerySelector("link[href*='letter.css']")!.GetAttribute("href"), StringComparison.Ordinal);

        var pdf = await officer.GetAsync(page.QuerySelector("#download-pdf")!.GetAttribute("href")!);
        AssertLetter(await LetterPdf.TextAsync(pdf), reference, "Monday 16 November 2026");

        var notYet = await officer.GetAsync($"/staff/cases/{reference}/letters/outcome");
        Assert.Equal(HttpStatusCode.Conflict, notYet.StatusCode);
        Assert.Contains("the outcome has not been sent", (await HtmlPages.ParseAsync(notYet)).QuerySelector("#unavailable")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/staff/cases/{reference}/letters/nonsense")).StatusCode);
    }

    [Fact]
    public async Task ThePdf_IsA4_WithTheApplicantsNameAndAddressInTheWindowOfADlEnvelope()
    {
        var officer = await app.AsAdmin();
        var reference = (await app.CreateClient().Submit())["reference"].Str();

        var response = await officer.GetAsync($"/api/cases/{reference}/letters/acknowledgement");
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var page = pdf.GetPage(1);

        Assert.Equal(210, Millimetres(page.Width), 0);
        Assert.Equal(297, Millimetres(page.Height), 0);
        // The window: 20 mm from the left, 50 mm from the top, 85 by 30 mm (PDF measures up from the bottom).
        var window = page.GetWords().Where(w => Millimetres(w.BoundingBox.Left) < 110 && Millimetres(page.Height - w.BoundingBox.Top) is > 45 and < 85).ToList();
        Assert.Equal("Alex Example 1 High Street Redditch B98 8AH", string.Join(' ', window.Select(w => w.Text)));
        Assert.All(window, w =>
        {
            Assert.InRange(Millimetres(w.BoundingBox.Left), 19.9, 105);
            Assert.InRange(Millimetres(page.Height - w.BoundingBox.Top), 49.9, 80);
        });
        Assert.Equal(20, Millimetres(window[0].BoundingBox.Left), 0);
    }

    [Fact]
    public async Task ACouncilsEditedTemplate_ChangesTheLetter()
    {
        var folder = Path.Combine(Path.GetTempPath(), "casereview-letter-templates", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            using var edited = new CaseReviewApp { Settings = { ["Letters:TemplatesFolder"] = folder } };
            var officer = await edited.AsAdmin();
            var reference = (await edited.CreateClient().Submit())["reference"].Str();
            Assert.Contains("We got your application", await PdfAsync(officer, reference, "acknowledgement"), StringComparison.Ordinal);

            await File.WriteAllTextAsync(Path.Combine(folder, "acknowledgement.txt"), "Subject: Anytown has your application\n\nDear {{ApplicantName}},\n\nAnytown thanks you. Your reference is {{Reference}}.\n");
            var text = await PdfAsync(officer, reference, "acknowledgement");

            Assert.Contains("Anytown has your application", text, StringComparison.Ordinal);
            Assert.Contains($"Anytown thanks you. Your reference is {reference}.", text, StringComparison.Ordinal);
            Assert.DoesNotContain("We got your application", text, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task TheOpenApiDocument_DescribesTheLetters_AndTheLetterIsAPdf()
    {
        var document = await (await app.CreateClient().GetAsync("/openapi/v1.json")).ReadJson(HttpStatusCode.OK);
        var paths = document["paths"]!.AsObject();

        var letter = paths["/api/cases/{reference}/letters/{notice}"]!["get"]!;
        var schema = letter["responses"]!["200"]!["content"]!["application/pdf"]!["schema"]!;
        if (schema["$ref"] is { } reference)
        {
            schema = document["components"]!["schemas"]![reference.Str()["#/components/schemas/".Length..]]!;
        }

        Assert.Equal("binary", schema["format"].Str());
        Assert.NotNull(letter["responses"]!["409"]);
        Assert.NotNull(paths["/api/letters/to-send"]!["get"]);
        Assert.NotNull(paths["/api/letters/{id}/posted"]!["post"]);
        Assert.NotNull(paths["/api/letters/{id}/called"]!["post"]);
    }

    private static void AssertLetter(string text, string reference, string keyDate)
    {
        Assert.Contains(reference, text, StringComparison.Ordinal);
        Assert.Contains(Name, text, StringComparison.Ordinal);
        Assert.Contains(keyDate, text, StringComparison.Ordinal);
    }

    private static double Millimetres(double points) => points * 25.4 / 72;

    private static async Task<string> PdfAsync(HttpClient client, string reference, string notice) =>
        await LetterPdf.TextAsync(await client.GetAsync($"/api/cases/{reference}/letters/{notice}"));

    private static string DueDate(JsonObject caseOrSubmission, string stage) =>
        LetterPdf.Date(caseOrSubmission["deadlines"]!.AsArray().Single(d => d!["stage"].Str() == stage)!["dueDate"].Str());
}
