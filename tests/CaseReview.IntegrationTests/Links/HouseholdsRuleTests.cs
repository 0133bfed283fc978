using System.Net;
using System.Text.Json.Nodes;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Links;

/// <summary>With the local households rule on, linked applications from different households count towards it.</summary>
public sealed class HouseholdsRuleTests : IDisposable
{
    private readonly CaseReviewApp _app = new()
    {
        Settings = { ["Threshold:HouseholdsRule"] = "true", ["Threshold:HouseholdsRequired"] = "2" },
    };

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task TwoLinkedHouseholds_MeetTheHouseholdsRule_WhereOneAloneDoesNot()
    {
        var client = _app.CreateClient();
        var first = await OneComplaintFrom(client, "1 Elm Close");
        var second = await OneComplaintFrom(client, "7 Elm Close");
        var alone = await OneComplaintFrom(client, "9 Elm Close");
        var officer = await _app.AsNewStaff("CaseOfficer");
        foreach (var reference in new[] { first, alone })
        {
            await officer.ActOk(reference, "start-assessment");
        }

        await (await officer.PostAsync($"/api/cases/{first}/links", System.Net.Http.Json.JsonContent.Create(new { otherReference = second, reason = "Same motorbikes." }))).ReadJson(HttpStatusCode.OK);

        var linked = await officer.ActOk(first, "threshold-decision", new { met = true });
        var unlinked = await officer.Act(alone, "threshold-decision", new { met = true });

        Assert.Equal("Households", linked["threshold"]!["rule"].Str());
        Assert.Equal(HttpStatusCode.BadRequest, unlinked.StatusCode); // differs from the policy's suggestion without a reason
    }

    [Fact]
    public async Task LinkedApplications_CountOnlyWhenNotWithdrawnAndComplainedOfWithinTheWindow()
    {
        var client = _app.CreateClient();
        var first = await OneComplaintFrom(client, "1 Elm Close");
        var withdrawn = await OneComplaintFrom(client, "7 Elm Close");
        var longAgo = await OneComplaintFrom(client, "9 Elm Close", reported: "2026-03-03");
        var officer = await _app.AsNewStaff("CaseOfficer");
        await officer.ActOk(withdrawn, "withdraw", new { reason = "Moved away." });
        await officer.ActOk(first, "start-assessment");
        foreach (var other in new[] { withdrawn, longAgo })
        {
            await (await officer.PostAsync($"/api/cases/{first}/links", System.Net.Http.Json.JsonContent.Create(new { otherReference = other, reason = "Same motorbikes." }))).ReadJson(HttpStatusCode.OK);
        }

        var suggestion = await (await officer.GetAsync($"/api/cases/{first}/threshold-suggestion")).ReadJson(HttpStatusCode.OK);

        // A withdrawn application and one whose complaints are older than the six-month window are not households complaining now.
        Assert.False(suggestion["met"]!.GetValue<bool>());
        Assert.Equal("NotMet", suggestion["rule"].Str());
    }

    private static async Task<string> OneComplaintFrom(HttpClient client, string address, string reported = "2026-10-03")
    {
        var incident = DateOnly.Parse(reported, System.Globalization.CultureInfo.InvariantCulture).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Api.Application(Api.Complaint(incident, reported, "Police")), Api.Json))!.AsObject();
        body["applicant"]!["address"] = address;
        return (await client.Submit(body))["reference"].Str();
    }
}
