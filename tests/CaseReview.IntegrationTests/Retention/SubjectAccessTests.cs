using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using CaseReview.IntegrationTests.Letters;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.Retention;

/// <summary>Subject access (issue 14, part 3): everything held about one person, and nothing of anyone else's case.</summary>
public sealed class SubjectAccessTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    [Fact]
    public async Task AnApplicantWithTwoCases_GetsBoth_AndNothingOfAThirdPersonsCase()
    {
        var resident = app.CreateClient();
        var email = $"sam.{Guid.NewGuid():N}@example.org";
        var first = (await resident.Submit(Application("Sam Applicant", email, "07700900555", "2 Mill Lane, Redditch", "B97 6AA")))["reference"].Str();
        var second = (await resident.Submit(Application("Sam Applicant", email.ToUpperInvariant(), null, null, null)))["reference"].Str();
        var other = (await resident.Submit(Application("Jo Neighbour", $"jo.{Guid.NewGuid():N}@example.org", "07700900666", "4 Mill Lane, Redditch", "B97 6AB")))["reference"].Str();
        var admin = await app.AsAdmin();

        var response = await admin.GetAsync($"/api/admin/subject-access?email={Uri.EscapeDataString(email)}");
        var body = await response.Content.ReadAsStringAsync();
        var export = JsonNode.Parse(body)!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cases = export["cases"]!.AsArray();
        Assert.Equal([first, second], cases.Select(c => c!["case"]!["reference"].Str()));
        Assert.All(cases, c => Assert.Equal(["email"], c!["matchedBy"]!.AsArray().Select(m => m.Str())));
        Assert.Equal("2 Mill Lane, Redditch", cases[0]!["case"]!["applicant"]!["address"].Str());
        Assert.Contains(cases[0]!["emails"]!.AsArray(), e => e!["template"].Str() == "acknowledgement" && e["recipient"].Str() == email);
        Assert.Contains(cases[0]!["auditEntries"]!.AsArray(), a => a!["action"].Str() == "application.submitted");
        Assert.NotEmpty(export["forRedactionReview"]!.AsArray());
        Assert.DoesNotContain(other, body, StringComparison.Ordinal);
        Assert.DoesNotContain("Jo Neighbour", body, StringComparison.Ordinal);
        Assert.DoesNotContain("4 Mill Lane", body, StringComparison.Ordinal);

        // The export is audited, by what was searched and how much was found, never the address searched for.
        var audit = await (await admin.GetAsync("/api/admin/audit?pageSize=200")).ReadJson(HttpStatusCode.OK);
        var lines = audit["items"]!.AsArray();
        Assert.Contains(lines, l => l!["action"].Str() == "subject-access.export" && l["detail"].Str() == "by=email;cases=2");
        string[] mine = [first, second, other];
        Assert.Equal([first, second], lines.Where(l => l!["action"].Str() == "subject-access.case" && mine.Contains(l["caseReference"].Str())).Select(l => l!["caseReference"].Str()).Order());
        Assert.DoesNotContain(email, audit.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ByPhoneOrPostcode_FindsTheCase_ThatMatches()
    {
        var phone = "07700 9" + Random.Shared.Next(10000, 99999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var reference = (await app.CreateClient().Submit(Application("Ali Caller", null, phone, "9 Oak Road", "WR1 2ZZ")))["reference"].Str();
        var admin = await app.AsAdmin();

        var byPhone = await (await admin.GetAsync($"/api/admin/subject-access?phone={Uri.EscapeDataString("+44" + phone.Replace(" ", string.Empty, StringComparison.Ordinal)[1..])}")).ReadJson(HttpStatusCode.OK);
        var byPostcode = await (await admin.GetAsync("/api/admin/subject-access?postcode=wr12zz")).ReadJson(HttpStatusCode.OK);

        Assert.Equal([reference], byPhone["cases"]!.AsArray().Select(c => c!["case"]!["reference"].Str()));
        Assert.Contains(reference, byPostcode["cases"]!.AsArray().Select(c => c!["case"]!["reference"].Str()));
    }

    [Fact]
    public async Task TheReadableBundle_IsLinkedFromTheExport_AndShowsTheCases()
    {
        var email = $"robin.{Guid.NewGuid():N}@example.org";
        var reference = (await app.CreateClient().Submit(Application("Robin Applicant", email, null, "7 Elm Close", "B98 8AH")))["reference"].Str();
        var response = await (await app.AsAdmin()).GetAsync($"/api/admin/subject-access?email={Uri.EscapeDataString(email)}");
        var link = response.Headers.GetValues("Link").Single();
        var bundle = link[(link.IndexOf('<', StringComparison.Ordinal) + 1)..link.IndexOf('>', StringComparison.Ordinal)];
        var browser = await app.SignedInBrowserAsync("Administrator");

        var page = await new HtmlParser().ParseDocumentAsync(await (await browser.GetAsync(bundle)).Content.ReadAsStringAsync());

        Assert.StartsWith("/staff/subject-access?email=", bundle, StringComparison.Ordinal);
        Assert.Equal("1 case found", page.QuerySelector("#found")!.TextContent);
        var found = page.QuerySelector($"#case-{reference}")!.TextContent;
        Assert.Contains("Robin Applicant", found, StringComparison.Ordinal);
        Assert.Contains("found by email", found, StringComparison.Ordinal);
        Assert.Contains("application.submitted", found, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll("#redaction-review li"));
    }

    [Fact]
    public async Task TheExport_HoldsTheCasesNotesAndContacts_AndNamesThePanelsAgencies()
    {
        var email = $"robin.{Guid.NewGuid():N}@example.org";
        var reference = (await app.CreateClient().Submit(Application("Robin Applicant", email, null, "7 Elm Close", "B98 8AH")))["reference"].Str();
        var admin = await app.AsAdmin();
        await (await admin.PostAsJsonAsync($"/api/cases/{reference}/notes", new { kind = "visit", text = "Visited Robin at home.", with = "Robin Applicant" }, Api.Json)).ReadJson(HttpStatusCode.Created);
        await admin.ActOk(reference, "start-assessment");
        await admin.ActOk(reference, "threshold-decision", new { met = true });
        await admin.ActOk(reference, "schedule-review", new { meetingAt = app.Clock.GetUtcNow().AddDays(3).ToString("O", System.Globalization.CultureInfo.InvariantCulture), panel = new[] { new { agency = "Police" } } });

        var export = await (await admin.GetAsync($"/api/admin/subject-access?email={Uri.EscapeDataString(email)}")).ReadJson(HttpStatusCode.OK);

        var found = Assert.Single(export["cases"]!.AsArray())!;
        Assert.Equal("Visited Robin at home.", Assert.Single(found["notes"]!.AsArray())!["text"].Str());
        Assert.Equal(["Police"], found["case"]!["review"]!["panel"]!.AsArray().Select(a => a.Str()));
    }

    [Fact]
    public async Task WithNothingToSearchBy_IsABadRequest()
    {
        var response = await (await app.AsAdmin()).GetAsync("/api/admin/subject-access");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("email", (await response.ReadJson(HttpStatusCode.BadRequest))["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task ThePdfBundle_HoldsBothCasesAndTheirComplaints_AndNothingOfAThirdPersonsCase()
    {
        var resident = app.CreateClient();
        var email = $"kim.{Guid.NewGuid():N}@example.org";
        var first = (await resident.Submit(Application("Kim Applicant", email, "07700900777", "3 Mill Lane, Redditch", "B97 6AA", "Fireworks thrown at the back door.")))["reference"].Str();
        var second = (await resident.Submit(Application("Kim Applicant", email, null, null, null, "Bins set alight in the alley.")))["reference"].Str();
        var other = (await resident.Submit(Application("Lee Neighbour", $"lee.{Guid.NewGuid():N}@example.org", "07700900888", "5 Mill Lane, Redditch", "B97 6AB", "Shouting outside number five.")))["reference"].Str();
        var admin = await app.AsAdmin();
        var link = (await admin.GetAsync($"/api/admin/subject-access?email={Uri.EscapeDataString(email)}")).Headers.GetValues("Link").Single();
        var pdfLink = link.Split(", ").Single(l => l.Contains("type=\"application/pdf\"", StringComparison.Ordinal));
        var download = pdfLink[(pdfLink.IndexOf('<', StringComparison.Ordinal) + 1)..pdfLink.IndexOf('>', StringComparison.Ordinal)];
        var browser = await app.SignedInBrowserAsync("Administrator");
        var before = await app.QueryDatabaseAsync(db => db.AuditEntries.MaxAsync(e => e.Id));

        var response = await browser.GetAsync(download);
        var text = await LetterPdf.TextAsync(response);

        Assert.StartsWith("/staff/subject-access?handler=Pdf&email=", download, StringComparison.Ordinal);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Matches(@"^subject-access-\d{4}-\d{2}-\d{2}\.pdf$", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains($"Case {first}", text, StringComparison.Ordinal);
        Assert.Contains($"Case {second}", text, StringComparison.Ordinal);
        Assert.Contains("Fireworks thrown at the back door.", text, StringComparison.Ordinal);
        Assert.Contains("Bins set alight in the alley.", text, StringComparison.Ordinal);
        Assert.Contains("Kim Applicant", text, StringComparison.Ordinal);
        Assert.Contains("3 Mill Lane, Redditch", text, StringComparison.Ordinal);
        Assert.DoesNotContain(other, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Lee Neighbour", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Shouting outside", text, StringComparison.Ordinal);
        Assert.DoesNotContain("5 Mill Lane", text, StringComparison.Ordinal);
        // The review for other people's data comes before any case, so it is read before anything is sent.
        var review = text.IndexOf("For redaction review: check before sending", StringComparison.Ordinal);
        Assert.InRange(review, 0, text.IndexOf($"Case {first}", StringComparison.Ordinal));
        Assert.Contains("staff members' data", text, StringComparison.Ordinal);

        // The download is audited like the export: what was searched by and how much was found, never the address.
        var audit = await app.QueryDatabaseAsync(db => db.AuditEntries.Where(e => e.Id > before && e.Action.StartsWith("subject-access")).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal("by=email;cases=2", Assert.Single(audit, e => e.Action == "subject-access.downloaded").Detail);
        Assert.Equal([first, second], audit.Where(e => e.Action == "subject-access.case").Select(e => e.CaseReference).Order());
        Assert.DoesNotContain(audit, e => (e.Detail ?? string.Empty).Contains(email, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ThePage_OffersThePdf_AfterASearch()
    {
        var email = $"ash.{Guid.NewGuid():N}@example.org";
        var reference = (await app.CreateClient().Submit(Application("Ash Applicant", email, null, "1 Elm Close", "B98 8AH")))["reference"].Str();
        var browser = await app.SignedInBrowserAsync("Administrator");

        var page = await HtmlPages.PageAsync(browser, $"/staff/subject-access?email={Uri.EscapeDataString(email)}");
        var download = page.QuerySelector("a#download-pdf")!;
        var text = await LetterPdf.TextAsync(await browser.GetAsync(download.GetAttribute("href")!));

        Assert.Equal("Download as PDF", download.TextContent.Trim());
        Assert.Contains($"Case {reference}", text, StringComparison.Ordinal);
        Assert.Contains("Ash Applicant", text, StringComparison.Ordinal);
        Assert.Null((await HtmlPages.PageAsync(browser, "/staff/subject-access")).QuerySelector("a#download-pdf"));
    }

    [Fact]
    public async Task ThePdf_WithNothingToSearchBy_ShowsTheFormsError()
    {
        var browser = await app.SignedInBrowserAsync("Administrator");
        var before = await app.QueryDatabaseAsync(db => db.AuditEntries.MaxAsync(e => e.Id));

        var response = await browser.GetAsync("/staff/subject-access?handler=Pdf&email=&name=");
        var page = await HtmlPages.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains("Give the person's email, phone, name or postcode", page.QuerySelector("#email-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Give the person's email, phone, name or postcode", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.False(await app.QueryDatabaseAsync(db => db.AuditEntries.AnyAsync(e => e.Id > before && e.Action == "subject-access.downloaded")));
    }

    [Theory]
    [InlineData("CaseOfficer", null)]
    [InlineData("PanelMember", "Police")]
    public async Task ThePdf_IsForAdministratorsOnly(string role, string? agency)
    {
        var email = $"jay.{Guid.NewGuid():N}@example.org";
        await app.CreateClient().Submit(Application("Jay Applicant", email, null, null, null));
        var browser = await app.SignedInBrowserAsync(role, agency);

        var response = await browser.GetAsync($"/staff/subject-access?handler=Pdf&email={Uri.EscapeDataString(email)}");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("You cannot answer subject access requests", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Jay Applicant", body, StringComparison.Ordinal);
    }

    private static JsonObject Application(string name, string? email, string? phone, string? address, string? postcode, string? complaint = null)
    {
        var complaints = complaint is null ? Api.ThreeQualifyingComplaints()
            : [new { incidentDate = "2026-10-20", reportedDate = "2026-10-21", agency = "Police", agencyReference = (string?)null, summary = complaint }];
        var json = JsonNode.Parse(JsonSerializer.Serialize(Api.Application(complaints), Api.Json))!.AsObject();
        json["applicant"] = new JsonObject
        {
            ["name"] = name,
            ["email"] = email,
            ["phone"] = phone,
            ["address"] = address,
            ["postcode"] = postcode,
            ["preferredContact"] = email is null ? "Phone" : "Email",
        };
        return json;
    }
}
