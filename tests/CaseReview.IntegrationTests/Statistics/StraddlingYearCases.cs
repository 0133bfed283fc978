using System.Text.Json;
using System.Text.Json.Nodes;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Statistics;

/// <summary>
/// Cases straddling 31 March / 1 April 2027, with the figures worked out by hand:
/// FY 2026-27: applications A, B, C, E = 4; not met: B = 1; reviews: A (with a recommendation) = 1.
/// FY 2027-28: application D = 1 (submitted 23:30 UTC on 31 March, already 1 April in London); not met: D = 1;
/// reviews: C (received in 2026-27, reviewed in 2027-28, no recommendations) = 1.
/// Breakdowns of 2026-27: Nuisance 2, Environmental 1, Personal 1; B98 2, B97 1, WR1 1; Online 4; third party 1; hate-motivated 0.
/// Every applicant is "Alex Example" (alex@example.org, 07700900123, 1 High Street, B98 8AH) unless changed below.
/// The clock ends at 6 April 2027, 10:00 UTC.
/// </summary>
public static class StraddlingYearCases
{
    public static async Task SeedAsync(CaseReviewApp app, HttpClient officer)
    {
        app.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 10, 10, 0, 0, TimeSpan.Zero));
        var resident = app.CreateClient();
        var a = (await resident.Submit(Application(_ => { })))["reference"].Str();
        var b = (await resident.Submit(Application(j =>
        {
            j["asbType"] = "Personal";
            j["issueTypes"] = new JsonArray("ThreatsOrHarassment");
            j["isThirdParty"] = true;
            j["thirdParty"] = new JsonObject { ["relationship"] = "Son", ["victimConsent"] = true, ["consentHow"] = "InWriting", ["consentGivenOn"] = "2027-03-01" };
            j["victim"] = new JsonObject { ["name"] = "Sam Example", ["address"] = "4 Elm Close, Redditch", ["postcode"] = "B97 4AA", ["agreesToContact"] = false };
            j["complaints"] = new JsonArray(Complaint("2027-02-01", "2027-02-02"));
        })))["reference"].Str();
        var c = (await resident.Submit(Application(j =>
        {
            j["asbType"] = "Environmental";
            j["issueTypes"] = new JsonArray("LitteringOrFlyTipping");
            j["applicant"]!["postcode"] = "WR1 1AA";
        })))["reference"].Str();
        foreach (var reference in new[] { a, b, c })
        {
            await officer.ActOk(reference, "start-assessment");
        }

        await officer.ActOk(a, "threshold-decision", new { met = true });
        await officer.ActOk(b, "threshold-decision", new { met = false });
        await officer.ActOk(c, "threshold-decision", new { met = true });

        app.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 20, 10, 0, 0, TimeSpan.Zero));
        await officer.ActOk(a, "schedule-review", new { meetingAt = "2027-03-20T10:00:00Z", panel = new[] { new { agency = "Police" } } });
        await officer.ActOk(a, "record-review", new { findings = "Not linked.", applicantSummary = "The police will patrol the footpaths on Friday evenings.", recommendations = new[] { new { action = "Patrols", ownerAgency = "Police", dueDate = "2027-05-01" } } });

        app.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 31, 22, 30, 0, TimeSpan.Zero)); // 23:30 on 31 March in London
        var e = (await resident.Submit(Application(_ => { })))["reference"].Str();
        app.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 31, 23, 30, 0, TimeSpan.Zero)); // 00:30 on 1 April in London
        var d = (await resident.Submit(Application(j => j["complaints"] = new JsonArray(Complaint("2027-03-01", "2027-03-02")))))["reference"].Str();

        app.Clock.SetUtcNow(new DateTimeOffset(2027, 4, 6, 10, 0, 0, TimeSpan.Zero));
        await officer.ActOk(c, "schedule-review", new { meetingAt = "2027-04-06T10:00:00Z", panel = new[] { new { agency = "Police" } } });
        await officer.ActOk(c, "record-review", new { findings = "Response was adequate.", applicantSummary = "The police will patrol the footpaths on Friday evenings." });
        await officer.ActOk(d, "start-assessment");
        await officer.ActOk(d, "threshold-decision", new { met = false });
        await officer.ActOk(e, "withdraw", new { reason = "Moved away." });
    }

    /// <summary>What the seeded applications say about people: none of it may reach a published figure.</summary>
    public static readonly string[] PersonalData =
        ["Alex Example", "alex@example.org", "07700900123", "1 High Street", "B98 8AH", "B98 8A", "Elm Close", "Motorbikes racing", "We cannot sleep", "Sam Example"];

    private static JsonObject Complaint(string incident, string reported) =>
        new() { ["incidentDate"] = incident, ["reportedDate"] = reported, ["agency"] = "Police" };

    private static JsonObject Application(Action<JsonObject> change)
    {
        var json = JsonNode.Parse(JsonSerializer.Serialize(Api.Application(), Api.Json))!.AsObject();
        json["complaints"] = new JsonArray(Complaint("2027-01-10", "2027-01-11"), Complaint("2027-02-01", "2027-02-02"), Complaint("2027-02-20", "2027-02-21"));
        change(json);
        return json;
    }
}
