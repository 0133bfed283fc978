using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.Applications;

/// <summary>
/// Third parties done right (issue 17, part 3): the person applying for a victim is written to by their own name at
/// their own address; the victim's postcode and address are where the problem is (figures, link suggestions, the
/// households rule); the victim's consent (how, when) is on the case; without it the application is refused on the field.
/// </summary>
public sealed class ThirdPartyApplicationTests
{
    private const string ThirdPartyName = "Sam Helper";
    private const string ThirdPartyEmail = "sam.helper@example.org";
    private const string VictimName = "Vera Victim";

    /// <summary>Sam Helper, of 20 Oak Road WR1 1AA, applies for Vera Victim of 3 Elm Close B97 4QR, who agreed in writing on 20 October.</summary>
    public static JsonNode ThirdPartyApplication(string victimAddress = "3 Elm Close, Redditch", string victimPostcode = "B97 4QR", string preferredContact = "Email")
    {
        var json = JsonNode.Parse(JsonSerializer.Serialize(Api.Application(), Api.Json))!;
        json["applicant"] = new JsonObject
        {
            ["name"] = ThirdPartyName,
            ["email"] = ThirdPartyEmail,
            ["phone"] = "07700900555",
            ["address"] = "20 Oak Road, Worcester",
            ["postcode"] = "WR1 1AA",
            ["preferredContact"] = preferredContact,
        };
        json["isThirdParty"] = true;
        json["thirdParty"] = new JsonObject { ["relationship"] = "Neighbour", ["victimConsent"] = true, ["consentHow"] = "InWriting", ["consentGivenOn"] = "2026-10-20" };
        json["victim"] = new JsonObject { ["name"] = VictimName, ["address"] = victimAddress, ["postcode"] = victimPostcode, ["agreesToContact"] = true, ["phone"] = "07700900777" };
        return json;
    }

    [Fact]
    public async Task TheAcknowledgement_GoesToTheThirdParty_ByTheirOwnName_AndTheLetterIsAddressedToThem()
    {
        using var smtp = SmtpSink.Started();
        using var app = EmailSteps.WithSmtp(smtp);
        var reference = (await app.CreateClient().Submit(ThirdPartyApplication()))["reference"].Str();

        await app.DispatchAllAsync();

        var acknowledgement = Assert.Single(smtp.Messages(), m => m.Subject.StartsWith("We have received your application", StringComparison.Ordinal));
        Assert.Equal(ThirdPartyEmail, acknowledgement.Recipient);
        Assert.Contains($"Dear {ThirdPartyName},", acknowledgement.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(VictimName, acknowledgement.Text, StringComparison.Ordinal);
        var officer = await app.SignedInBrowserAsync("CaseOfficer");
        var letter = await HtmlPages.ParseAsync(await officer.GetAsync($"/staff/cases/{reference}/letters/acknowledgement"));
        Assert.Equal([ThirdPartyName, "20 Oak Road", "Worcester", "WR1 1AA"], letter.QuerySelector("#recipient")!.InnerHtml.Split("<br>").Select(l => l.Trim()));
        Assert.Contains($"Dear {ThirdPartyName},", letter.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCase_ShowsBothPeopleAndTheConsentRecord_InTheApiAndOnItsPage()
    {
        using var app = new CaseReviewApp();
        var reference = (await app.CreateClient().Submit(ThirdPartyApplication()))["reference"].Str();
        var officer = await app.AsNewStaff("CaseOfficer");

        var detail = await (await officer.GetAsync($"/api/cases/{reference}")).ReadJson(HttpStatusCode.OK);
        var page = await HtmlPages.ParseAsync(await (await app.SignedInBrowserAsync("CaseOfficer")).GetAsync($"/staff/cases/{reference}"));

        Assert.Equal(ThirdPartyName, detail["applicant"]!["name"].Str());
        Assert.Equal(VictimName, detail["victim"]!["name"].Str());
        Assert.Equal("B97 4QR", detail["victim"]!["postcode"].Str());
        Assert.True(detail["victim"]!["agreesToContact"]!.GetValue<bool>());
        Assert.Equal(("Neighbour", true, "InWriting", "2026-10-20"), (detail["thirdParty"]!["relationship"].Str(), detail["thirdParty"]!["victimConsent"]!.GetValue<bool>(),
            detail["thirdParty"]!["consentHow"].Str(), detail["thirdParty"]!["consentGivenOn"].Str()));
        Assert.Equal("Applicant (applying for the victim)", page.QuerySelector("#applicant-name")!.PreviousElementSibling!.TextContent);
        Assert.Equal($"{ThirdPartyName}, Neighbour", page.QuerySelector("#applicant-name")!.TextContent.Trim());
        Assert.Contains(VictimName, page.QuerySelector("#victim")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("3 Elm Close, Redditch, B97 4QR", page.QuerySelector("#victim")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Given, in writing, on 20 October 2026", page.QuerySelector("#victim-consent")!.TextContent.Trim());
    }

    [Fact]
    public async Task PanelMembers_SeeNeitherPersonsContactDetails_UnlessTheCouncilSaysSo()
    {
        foreach (var sees in new[] { false, true })
        {
            using var app = new CaseReviewApp { Settings = { ["Privacy:PanelSeesApplicantContact"] = sees ? "true" : "false" } };
            var reference = (await app.CreateClient().Submit(ThirdPartyApplication()))["reference"].Str();
            var admin = await app.AsAdmin();
            await admin.ActOk(reference, "start-assessment");
            await admin.ActOk(reference, "threshold-decision", new { met = true });
            await admin.ActOk(reference, "schedule-review", new { meetingAt = "2026-12-01T10:00:00Z", panel = new[] { new { agency = "Police" } } });
            var police = await app.AsNewStaff("PanelMember", "Police");

            var json = await (await police.GetAsync($"/api/cases/{reference}")).Content.ReadAsStringAsync();

            Assert.Contains(VictimName, json, StringComparison.Ordinal);
            foreach (var detail in new[] { "3 Elm Close", "B97 4QR", "07700900777", ThirdPartyEmail, "20 Oak Road" })
            {
                Assert.Equal(sees, json.Contains(detail, StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public async Task WithoutTheConsentRecord_TheApplicationIsRefused_OnEachField_AndNothingIsStored()
    {
        using var app = new CaseReviewApp();
        var application = ThirdPartyApplication();
        application["thirdParty"] = new JsonObject { ["relationship"] = "Neighbour", ["victimConsent"] = false };
        application.AsObject().Remove("victim");

        var problem = await (await app.CreateClient().PostAsJsonAsync("/api/applications", application)).ReadJson(HttpStatusCode.BadRequest);

        var errors = problem["errors"]!.AsObject();
        Assert.Equal("You can only apply for someone else if they agree. Confirm that they agree", errors["thirdParty.victimConsent"]![0].Str());
        Assert.Equal("Select how they told you they agree", errors["thirdParty.consentHow"]![0].Str());
        Assert.Equal("Enter the date they told you they agree", errors["thirdParty.consentGivenOn"]![0].Str());
        Assert.Equal("Tell us the name and address of the person you are applying for", errors["victim"]![0].Str());
        Assert.Equal(0, await app.QueryDatabaseAsync(db => db.Applications.CountAsync()));
    }

    [Fact]
    public async Task AnApplicationInTheOldShape_ForYourself_StillWorks_AndHasNoVictimApart()
    {
        using var app = new CaseReviewApp();
        var reference = (await app.CreateClient().Submit())["reference"].Str();

        var detail = await (await (await app.AsAdmin()).GetAsync($"/api/cases/{reference}")).ReadJson(HttpStatusCode.OK);

        Assert.Equal("Alex Example", detail["applicant"]!["name"].Str());
        Assert.Null(detail["victim"]);
        Assert.Null(detail["thirdParty"]);
    }

    [Fact]
    public async Task TheFiguresByDistrict_AndLinkSuggestions_UseTheVictimsPostcode_NotTheThirdPartys()
    {
        using var app = new CaseReviewApp();
        var resident = app.CreateClient();
        var thirdParty = (await resident.Submit(ThirdPartyApplication()))["reference"].Str();
        // The victim's neighbour applies for herself from the same postcode; someone else applies from the third party's postcode.
        var neighbour = JsonNode.Parse(JsonSerializer.Serialize(Api.Application(), Api.Json))!;
        neighbour["applicant"] = new JsonObject { ["name"] = "Nina Neighbour", ["email"] = "nina@example.org", ["address"] = "5 Elm Close, Redditch", ["postcode"] = "b974qr", ["preferredContact"] = "Email" };
        var samePlace = (await resident.Submit(neighbour))["reference"].Str();
        var worcester = JsonNode.Parse(JsonSerializer.Serialize(Api.Application(), Api.Json))!;
        worcester["applicant"] = new JsonObject { ["name"] = "Walt Worcester", ["email"] = "walt@example.org", ["address"] = "22 Oak Road, Worcester", ["postcode"] = "WR1 1AA", ["preferredContact"] = "Email" };
        await resident.Submit(worcester);
        var officer = await app.AsNewStaff("CaseOfficer");

        var suggestions = await officer.GetArray($"/api/cases/{thirdParty}/link-suggestions");
        var figures = await (await officer.GetAsync("/api/statistics/annual?year=2026")).ReadJson(HttpStatusCode.OK);

        var suggestion = Assert.Single(suggestions);
        Assert.Equal((samePlace, "same postcode"), (suggestion!["reference"].Str(), string.Join(',', suggestion["reasons"]!.AsArray().Select(r => r.Str()))));
        var districts = figures["breakdowns"]!["byPostcodeDistrict"]!.AsArray().Select(r => (r!["key"].Str(), r["count"]!.GetValue<int>())).OrderBy(r => r.Item1);
        Assert.Equal([("B97", 2), ("WR1", 1)], districts);
    }

    [Fact]
    public async Task TheHouseholdsRule_CountsTheVictimsHouseholds_NotTheThirdPartysAddress()
    {
        using var app = new CaseReviewApp { Settings = { ["Threshold:HouseholdsRule"] = "true", ["Threshold:HouseholdsRequired"] = "2" } };
        var resident = app.CreateClient();
        // One councillor applies for two households on Elm Close, from their own address both times.
        var first = (await resident.Submit(OneComplaint(ThirdPartyApplication("1 Elm Close, Redditch", "B97 4QR"))))["reference"].Str();
        var second = (await resident.Submit(OneComplaint(ThirdPartyApplication("7 Elm Close, Redditch", "B97 4QR"))))["reference"].Str();
        var officer = await app.AsNewStaff("CaseOfficer");
        await officer.ActOk(first, "start-assessment");
        await (await officer.PostAsJsonAsync($"/api/cases/{first}/links", new { otherReference = second, reason = "Same motorbikes." })).ReadJson(HttpStatusCode.OK);

        var decided = await officer.ActOk(first, "threshold-decision", new { met = true });

        Assert.Equal("Households", decided["threshold"]!["rule"].Str());
    }

    [Fact]
    public async Task SubjectAccess_FindsTheVictim_AndTheThirdParty()
    {
        using var app = new CaseReviewApp();
        var reference = (await app.CreateClient().Submit(ThirdPartyApplication()))["reference"].Str();
        var admin = await app.AsAdmin();

        async Task<string[]> MatchedBy(string query)
        {
            var export = await (await admin.GetAsync($"/api/admin/subject-access?{query}")).ReadJson(HttpStatusCode.OK);
            var found = Assert.Single(export["cases"]!.AsArray());
            Assert.Equal(reference, found!["case"]!["reference"].Str());
            return [.. found["matchedBy"]!.AsArray().Select(m => m.Str())];
        }

        Assert.Equal(["victimName"], await MatchedBy("name=vera%20victim"));
        Assert.Equal(["victimPhone"], await MatchedBy("phone=07700%20900%20777"));
        Assert.Equal(["thirdPartyName"], await MatchedBy("name=Sam%20Helper"));
        Assert.Equal(["email"], await MatchedBy("email=SAM.HELPER@example.org"));
        Assert.Equal(["postcode"], await MatchedBy("postcode=B974QR"));
        Assert.Equal(["applicantPostcode"], await MatchedBy("postcode=WR1%201AA"));
    }

    [Fact]
    public async Task TheOpenApiDocument_DescribesTheVictimAndTheConsentRecord()
    {
        using var app = new CaseReviewApp();

        var document = await app.CreateClient().GetStringAsync("/openapi/v1.json");

        foreach (var field in new[] { "\"victim\"", "\"agreesToContact\"", "\"consentHow\"", "\"consentGivenOn\"", "\"InWriting\"" })
        {
            Assert.Contains(field, document, StringComparison.Ordinal);
        }
    }

    private static JsonNode OneComplaint(JsonNode application)
    {
        application["complaints"] = new JsonArray(JsonNode.Parse(JsonSerializer.Serialize(Api.Complaint("2026-10-02", "2026-10-03", "Police"), Api.Json)));
        return application;
    }
}
