using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.Retention;

/// <summary>
/// Correction (issue 14, part 4; UK GDPR Article 16): an officer corrects the applicant's, the victim's, the problem's
/// or a complaint's details with a reason; the old value is kept for caseworkers, never shown to panel members; the
/// case is found by the new value; an anonymised case keeps no old value.
/// </summary>
public sealed class CorrectionTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    [Fact]
    public async Task AnOfficer_CorrectsTheApplicantsEmail_AndTheOldValueIsKeptWithTheReason()
    {
        var officer = await app.AsNewStaff("CaseOfficer");
        var reference = (await app.CreateClient().Submit())["reference"].Str();
        var version = (await (await officer.GetAsync($"/api/cases/{reference}")).ReadJson(HttpStatusCode.OK))["version"]!.GetValue<int>();

        var corrected = await (await Correct(officer, reference, new { field = "applicant.email", value = "alex.example@example.org", reason = "Alex rang: the old address had a typing slip.", version })).ReadJson(HttpStatusCode.OK);

        Assert.Equal("alex.example@example.org", corrected["applicant"]!["email"].Str());
        var correction = Assert.Single(corrected["corrections"]!.AsArray())!;
        Assert.Equal(("applicant.email", "Applicant's email address", "alex@example.org", "alex.example@example.org", "Alex rang: the old address had a typing slip."),
            (correction["field"].Str(), correction["label"].Str(), correction["oldValue"].Str(), correction["newValue"].Str(), correction["reason"].Str()));
        // Found by the new address, not the old one; audited by the detail's name, never its values.
        Assert.Contains(reference, await ReferencesAsync(officer, "alex.example@example.org"));
        Assert.DoesNotContain(reference, await ReferencesAsync(officer, "alex@example.org"));
        var audit = await app.QueryDatabaseAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.CaseReference == reference && a.Action == "case.detail-corrected").ToListAsync());
        Assert.Equal("field=applicant.email", Assert.Single(audit).Detail);
        // Acting on an older version is refused, not overwritten.
        await (await Correct(officer, reference, new { field = "applicant.name", value = "Alexandra Example", reason = "Spelling.", version })).ReadJson(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task AComplaintsSummary_AndWhereItHappens_AreCorrected_OnePerCorrection()
    {
        var officer = await app.AsAdmin();
        var reference = (await app.CreateClient().Submit())["reference"].Str();

        await (await Correct(officer, reference, new { field = "complaints[1].summary", value = "Motorbikes on the footpath at 11pm.", reason = "The applicant sent the right time." })).ReadJson(HttpStatusCode.OK);
        var detail = await (await Correct(officer, reference, new { field = "location", value = "Elm Close, by the garages", reason = "Clearer." })).ReadJson(HttpStatusCode.OK);

        Assert.Equal("Motorbikes on the footpath at 11pm.", detail["complaints"]!.AsArray()[1]!["summary"].Str());
        Assert.Equal("Elm Close, by the garages", detail["location"].Str());
        Assert.Equal(["Complaint 2: what happened", "Where the anti-social behaviour happens"], detail["corrections"]!.AsArray().Select(c => c!["label"].Str()));
    }

    [Fact]
    public async Task BadCorrections_AreRefusedBesideTheirField_AndNothingChanges()
    {
        var officer = await app.AsAdmin();
        var reference = (await app.CreateClient().Submit())["reference"].Str();

        async Task<JsonNode> Refused(object body) => (await (await Correct(officer, reference, body)).ReadJson(HttpStatusCode.BadRequest))["errors"]!;

        Assert.Equal("Enter why the detail is being corrected, for example who asked and how", (await Refused(new { field = "location", value = "Elm Close" }))["reason"]![0].Str());
        Assert.Equal("Choose the detail to correct", (await Refused(new { value = "x", reason = "y" }))["field"]![0].Str());
        Assert.Equal("Choose a detail this case holds", (await Refused(new { field = "victim.name", value = "Vera", reason = "y" }))["field"]![0].Str());
        Assert.Equal("Choose a detail this case holds", (await Refused(new { field = "complaints[9].summary", value = "x", reason = "y" }))["field"]![0].Str());
        Assert.Equal("Enter an email address in the correct format, like name@example.com", (await Refused(new { field = "applicant.email", value = "not an email", reason = "y" }))["value"]![0].Str());
        Assert.Equal("Enter a real postcode, like B98 8AH", (await Refused(new { field = "applicant.postcode", value = "12345", reason = "y" }))["value"]![0].Str());
        Assert.StartsWith("Enter the correct value", (await Refused(new { field = "applicant.name", value = " ", reason = "y" }))["value"]![0].Str(), StringComparison.Ordinal);
        Assert.Equal("The applicant asked to be contacted by email, so this cannot be left empty", (await Refused(new { field = "applicant.email", value = "", reason = "y" }))["value"]![0].Str());
        Assert.Equal("This is the value the case already holds. Enter the correct value", (await Refused(new { field = "applicant.name", value = "Alex Example", reason = "y" }))["value"]![0].Str());

        var detail = await (await officer.GetAsync($"/api/cases/{reference}")).ReadJson(HttpStatusCode.OK);
        Assert.Empty(detail["corrections"]!.AsArray());
        Assert.Equal("alex@example.org", detail["applicant"]!["email"].Str());
    }

    [Fact]
    public async Task PanelMembers_NeitherCorrect_NorSeeTheCorrections()
    {
        var officer = await app.AsAdmin();
        var reference = await Cases.WithPanel(app, "Police");
        await (await Correct(officer, reference, new { field = "applicant.phone", value = "07700 900 999", reason = "New number, from Alex." })).ReadJson(HttpStatusCode.OK);
        var police = await app.AsNewStaff("PanelMember", "Police");

        await (await Correct(police, reference, new { field = "location", value = "Somewhere else", reason = "y" })).ReadJson(HttpStatusCode.Forbidden);
        var json = await (await police.GetAsync($"/api/cases/{reference}")).Content.ReadAsStringAsync();
        Assert.Empty(JsonNode.Parse(json)!["corrections"]!.AsArray());
        Assert.DoesNotContain("07700", json, StringComparison.Ordinal);
        Assert.DoesNotContain("New number", json, StringComparison.Ordinal);

        var browser = await app.SignedInBrowserAsync("PanelMember", "Police");
        var page = await new HtmlParser().ParseDocumentAsync(await (await browser.GetAsync($"/staff/cases/{reference}")).Content.ReadAsStringAsync());
        Assert.Null(page.QuerySelector("#corrections"));
        Assert.Null(page.QuerySelector("#correct-detail"));
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync($"/staff/cases/{reference}/correct")).StatusCode);
    }

    [Fact]
    public async Task OnceTheCaseIsAnonymised_TheOldValuesGo_AndNothingMoreIsCorrected()
    {
        var admin = await app.AsAdmin();
        var reference = (await app.CreateClient().Submit())["reference"].Str();
        await (await Correct(admin, reference, new { field = "applicant.address", value = "2 High Street, Redditch", reason = "Moved next door." })).ReadJson(HttpStatusCode.OK);
        await admin.ActOk(reference, "withdraw", new { reason = "Moved away." });

        var erased = await (await admin.PostAsJsonAsync($"/api/cases/{reference}/erase", new { reason = "Article 17(1)(a), approved by the DPO." }, Api.Json)).ReadJson(HttpStatusCode.OK);

        var correction = Assert.Single(erased["corrections"]!.AsArray())!;
        Assert.Equal(("applicant.address", "[anonymised]", "[anonymised]", "[anonymised]"), (correction["field"].Str(), correction["oldValue"].Str(), correction["newValue"].Str(), correction["reason"].Str()));
        Assert.DoesNotContain("High Street", erased.ToJsonString(), StringComparison.Ordinal);
        await (await Correct(admin, reference, new { field = "location", value = "Elm Close", reason = "y" })).ReadJson(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task APostApplicantsLetterStillToSend_GoesWithTheirDetails()
    {
        var admin = await app.AsAdmin();
        var application = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Api.Application(), Api.Json))!.AsObject();
        application["applicant"]!["preferredContact"] = "Post";
        var reference = (await app.CreateClient().Submit(application))["reference"].Str();
        await admin.ActOk(reference, "withdraw", new { reason = "Moved away." });
        Assert.NotEmpty(await app.QueryDatabaseAsync(db => db.LetterTasks.Where(t => t.CaseReference == reference).ToListAsync()));

        await (await admin.PostAsJsonAsync($"/api/cases/{reference}/erase", new { reason = "Article 17(1)(a), approved by the DPO." }, Api.Json)).ReadJson(HttpStatusCode.OK);

        Assert.Empty(await app.QueryDatabaseAsync(db => db.LetterTasks.Where(t => t.CaseReference == reference).ToListAsync()));
    }

    [Fact]
    public async Task TheStaffPage_ShowsTheDetailsNow_ErrorsBesideTheirFields_AndCorrects()
    {
        var reference = (await app.CreateClient().Submit())["reference"].Str();
        var officer = await app.SignedInBrowserAsync("CaseOfficer");
        var form = await HtmlPages.ParseAsync(await officer.GetAsync($"/staff/cases/{reference}/correct?field=applicant.phone"));
        Assert.Equal("applicant.phone", form.QuerySelector("#field option[selected]")!.GetAttribute("value"));
        var rows = form.QuerySelectorAll("#correctable-details .govuk-summary-list__row")
            .ToDictionary(r => r.QuerySelector("dt")!.TextContent.Trim(), r => r.QuerySelector("dd")!.TextContent.Trim());
        Assert.Equal("07700900123", rows["Applicant's phone number"]);
        Assert.False(rows.ContainsKey("Victim's name"));
        // One look at the form is one view of the case in the audit trail.
        Assert.Equal(1, await app.QueryDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.CaseReference == reference && e.Action == "case.viewed")));

        var refused = await HtmlPages.ParseAsync(await officer.SubmitAsync($"/staff/cases/{reference}/correct", ("Field", "applicant.phone"), ("Value", "not a number"), ("Reason", "")));
        Assert.StartsWith("Error:", refused.Title, StringComparison.Ordinal);
        Assert.Contains("Enter a telephone number", refused.QuerySelector("#value-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Enter why the detail is being corrected", refused.QuerySelector("#reason-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("not a number", refused.QuerySelector("#value")!.TextContent);

        var done = await officer.SubmitAsync($"/staff/cases/{reference}/correct", ("Field", "applicant.phone"), ("Value", "07700 900 777"), ("Reason", "Alex gave a new number on the phone."));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var casePage = await HtmlPages.ParseAsync(await officer.GetAsync($"/staff/cases/{reference}"));
        var cells = casePage.QuerySelectorAll("#corrections tbody td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["Applicant's phone number", "07700900123", "07700 900 777", "Alex gave a new number on the phone."], cells.Take(4));
    }

    private static Task<HttpResponseMessage> Correct(HttpClient client, string reference, object body) =>
        client.PostAsJsonAsync($"/api/cases/{reference}/corrections", body, Api.Json);

    private static async Task<List<string>> ReferencesAsync(HttpClient client, string q) =>
        [.. (await (await client.GetAsync($"/api/cases?q={Uri.EscapeDataString(q)}")).ReadJson(HttpStatusCode.OK))["items"]!.AsArray().Select(i => i!["reference"].Str())];
}
