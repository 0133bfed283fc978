using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.Links;

// One host for the class: the tests that look only at their own cases' links share it. Suggestions look across
// every case (and the audit of links across every link), so the three that check suggestions or that audit start one
// of their own.
public sealed class CaseLinkTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app = app;

    [Fact]
    public async Task Suggestions_FindTheSamePostcodeAddressOrApplicant_WrittenDifferently_WithTheReason()
    {
        using var app = new CaseReviewApp();
        var client = app.CreateClient();
        var first = await Submit(client, "Alex Example", "alex@example.org", "07700900123", "1 High Street, Redditch", "B98 8AH");
        var samePlace = await Submit(client, "Jo Neighbour", "jo@example.org", "07700900999", "1 HIGH STREET REDDITCH", "b98 8ah");
        var samePerson = await Submit(client, "Alex Example", " Alex@Example.org ", "+44 7700 900123", "Flat 2, Elm Close", "B97 4AA");
        await Submit(client, "Unrelated", "someone@example.org", "07700900000", "9 Other Road", "WR1 1AA");
        var officer = await app.AsNewStaff("CaseOfficer");

        var suggestions = await officer.GetArray($"/api/cases/{first}/link-suggestions");

        Assert.Equal(
            [(samePerson, "same applicant email,same applicant phone"), (samePlace, "same postcode,same address")],
            suggestions.Select(s => (s!["reference"].Str(), string.Join(',', s["reasons"]!.AsArray().Select(r => r.Str())))).OrderBy(s => s.Item1 == samePerson ? 0 : 1));
    }

    [Fact]
    public async Task Linking_ShowsOnBothCases_IsAudited_AndLeavesTheSuggestions()
    {
        using var app = new CaseReviewApp();
        var client = app.CreateClient();
        var first = await Submit(client, "Alex Example", "alex@example.org", null, "1 High Street", "B98 8AH");
        var second = await Submit(client, "Jo Neighbour", "jo@example.org", null, "3 High Street", "B98 8AH");
        var officer = await app.AsNewStaff("CaseOfficer");

        var linked = await (await officer.PostAsJsonAsync($"/api/cases/{first}/links", new { otherReference = second, reason = "Same motorbikes, same footpath." }, Api.Json)).ReadJson(HttpStatusCode.OK);
        var other = await (await officer.GetAsync($"/api/cases/{second}")).ReadJson(HttpStatusCode.OK);
        var suggestions = await officer.GetArray($"/api/cases/{first}/link-suggestions");

        Assert.Equal([second], linked["links"]!.AsArray().Select(l => l!["reference"].Str()));
        Assert.Equal([first], other["links"]!.AsArray().Select(l => l!["reference"].Str()));
        Assert.Equal("Same motorbikes, same footpath.", other["links"]![0]!["reason"].Str());
        Assert.Empty(suggestions);
        var audit = await app.QueryDatabaseAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Action == "case.linked").Select(e => e.CaseReference).ToListAsync());
        Assert.Equal([first, second], audit.Order());
    }

    [Fact]
    public async Task Unlinking_RemovesTheLinkFromBothCases_AndASecondUnlinkIsNotFound()
    {
        var client = _app.CreateClient();
        var first = await Submit(client, "A", "a@example.org", null, null, "B98 8AH");
        var second = await Submit(client, "B", "b@example.org", null, null, "B98 8AH");
        var officer = await _app.AsNewStaff("CaseOfficer");
        await (await officer.PostAsJsonAsync($"/api/cases/{first}/links", new { otherReference = second, reason = "Same street." }, Api.Json)).ReadJson(HttpStatusCode.OK);

        var unlinked = await (await officer.DeleteAsync($"/api/cases/{second}/links/{first}")).ReadJson(HttpStatusCode.OK);
        var again = await officer.DeleteAsync($"/api/cases/{second}/links/{first}");

        Assert.Empty(unlinked["links"]!.AsArray());
        Assert.Empty((await (await officer.GetAsync($"/api/cases/{first}")).ReadJson(HttpStatusCode.OK))["links"]!.AsArray());
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task LinkingToItselfOrAnUnknownCase_IsAFieldError_AndTwiceIsAConflict()
    {
        var client = _app.CreateClient();
        var first = await Submit(client, "A", "a@example.org", null, null, null);
        var second = await Submit(client, "B", "b@example.org", null, null, null);
        var officer = await _app.AsNewStaff("CaseOfficer");

        var self = await officer.PostAsJsonAsync($"/api/cases/{first}/links", new { otherReference = first, reason = "x" }, Api.Json);
        var unknown = await officer.PostAsJsonAsync($"/api/cases/{first}/links", new { otherReference = "CR-2026-999999", reason = "x" }, Api.Json);
        await officer.PostAsJsonAsync($"/api/cases/{first}/links", new { otherReference = second, reason = "x" }, Api.Json);
        var twice = await officer.PostAsJsonAsync($"/api/cases/{second}/links", new { otherReference = first, reason = "x" }, Api.Json);

        Assert.NotNull((await self.ReadJson(HttpStatusCode.BadRequest))["errors"]!["otherReference"]);
        Assert.NotNull((await unknown.ReadJson(HttpStatusCode.BadRequest))["errors"]!["otherReference"]);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
    }

    [Fact]
    public async Task PanelMember_IsNeverSuggestedACaseOutsideTheirPanels_NorSeesLinks()
    {
        using var app = new CaseReviewApp();
        var onPanel = await Cases.WithPanel(app, "Police");
        var elsewhere = (await app.CreateClient().Submit())["reference"].Str(); // same applicant, no panel yet
        var officer = await app.AsNewStaff("CaseOfficer");
        await (await officer.PostAsJsonAsync($"/api/cases/{onPanel}/links", new { otherReference = elsewhere, reason = "Same applicant." }, Api.Json)).ReadJson(HttpStatusCode.OK);
        var police = await app.AsNewStaff("PanelMember", "Police");

        var suggestions = await police.GetArray($"/api/cases/{onPanel}/link-suggestions");
        var detail = await (await police.GetAsync($"/api/cases/{onPanel}")).ReadJson(HttpStatusCode.OK);
        var link = await police.PostAsJsonAsync($"/api/cases/{onPanel}/links", new { otherReference = elsewhere, reason = "x" }, Api.Json);

        Assert.Empty(suggestions);
        Assert.Empty(detail["links"]!.AsArray());
        Assert.Equal(HttpStatusCode.Forbidden, link.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync($"/api/cases/{elsewhere}/link-suggestions")).StatusCode);
    }

    [Fact]
    public async Task PanelMember_ViewOfALinkedCase_ShowsNeitherTheOtherReferenceNorTheReason_InTheApiOrThePage()
    {
        var onPanel = await Cases.WithPanel(_app, "Police");
        var elsewhere = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.AsNewStaff("CaseOfficer");
        const string reason = "Neighbour reported the same youths from number 7.";
        await (await officer.PostAsJsonAsync($"/api/cases/{onPanel}/links", new { otherReference = elsewhere, reason }, Api.Json)).ReadJson(HttpStatusCode.OK);
        await (await officer.DeleteAsync($"/api/cases/{onPanel}/links/{elsewhere}")).ReadJson(HttpStatusCode.OK);
        await (await officer.PostAsJsonAsync($"/api/cases/{onPanel}/links", new { otherReference = elsewhere, reason }, Api.Json)).ReadJson(HttpStatusCode.OK);
        var police = await _app.AsNewStaff("PanelMember", "Police");
        var page = await _app.SignedInBrowserAsync("PanelMember", "Police");

        var api = await (await police.GetAsync($"/api/cases/{onPanel}")).Content.ReadAsStringAsync();
        var html = await (await page.GetAsync($"/staff/cases/{onPanel}")).Content.ReadAsStringAsync();
        var officersView = await (await officer.GetAsync($"/api/cases/{onPanel}")).ReadJson(HttpStatusCode.OK);

        Assert.Contains(onPanel, api);
        Assert.Contains(onPanel, html);
        foreach (var seen in new[] { api, html })
        {
            Assert.DoesNotContain(elsewhere, seen);
            Assert.DoesNotContain(reason, seen);
            Assert.DoesNotContain("Neighbour reported", System.Net.WebUtility.HtmlDecode(seen));
        }

        // Caseworkers still see the link, its reason and the history of linking.
        Assert.Equal(reason, officersView["links"]![0]!["reason"].Str());
        Assert.Contains(officersView["history"]!.AsArray(), h => h!["action"].Str() == "linked");
    }

    private static async Task<string> Submit(HttpClient client, string name, string? email, string? phone, string? address, string? postcode)
    {
        var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Api.Application(), Api.Json))!.AsObject();
        body["applicant"] = new JsonObject { ["name"] = name, ["email"] = email, ["phone"] = phone, ["address"] = address, ["postcode"] = postcode, ["preferredContact"] = "Email" };
        return (await client.Submit(body))["reference"].Str();
    }
}
