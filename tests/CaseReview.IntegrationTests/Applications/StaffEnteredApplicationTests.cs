using System.Net;
using System.Net.Http.Json;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.Applications;

/// <summary>Applications arrive by phone, on paper and in person too; staff enter them and record the channel.</summary>
// One host for the class: the tests that look only at the case they entered share it. The one that moves the clock
// into 2027, and those that count every application, start one of their own.
public sealed class StaffEnteredApplicationTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app = app;

    [Fact]
    public async Task Officer_EntersAPhoneApplication_AndTheHistoryNamesThem()
    {
        var officer = await _app.AsNewStaff("CaseOfficer");

        var submitted = await officer.Submit(WithChannel("Phone"));
        var detail = await (await officer.GetAsync($"/api/cases/{submitted["reference"].Str()}")).ReadJson(HttpStatusCode.OK);

        Assert.Equal("Phone", detail["channel"].Str());
        Assert.StartsWith("caseofficer-", detail["history"]![0]!["actor"].Str());
    }

    [Fact]
    public async Task ALetterReceivedOnFriday_AndEnteredOnMonday_HasItsClocksStartedOnFriday()
    {
        var officer = await _app.AsNewStaff("CaseOfficer");
        var body = WithChannel("Paper");
        body["receivedOn"] = "2026-10-30"; // Friday; the clock is Monday 2 November

        var submitted = await officer.Submit(body);
        var detail = await (await officer.GetAsync($"/api/cases/{submitted["reference"].Str()}")).ReadJson(HttpStatusCode.OK);

        var due = detail["deadlines"]!.AsArray().ToDictionary(d => d!["stage"].Str(), d => d!["dueDate"].Str());
        Assert.Equal("2026-11-03", due["Acknowledge"]);        // 2 working days after Friday 30 October
        Assert.Equal("2026-11-13", due["ThresholdDecision"]);  // 10 working days after it, not after the Monday it was typed in
        Assert.StartsWith("2026-10-30", detail["receivedAt"].Str());
        Assert.Equal("Received on 30 October 2026, entered on 2 November 2026", detail["history"]![0]!["reason"].Str());
    }

    [Fact]
    public async Task ALetterReceivedInDecember_AndEnteredInJanuary_HasAReferenceOfTheYearItWasReceived()
    {
        using var app = new CaseReviewApp();
        app.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.Zero)); // Monday 4 January 2027
        var officer = await app.AsNewStaff("CaseOfficer");
        var body = WithChannel("Paper");
        body["receivedOn"] = "2026-12-31";

        var submitted = await officer.Submit(body);

        Assert.StartsWith("CR-2026-", submitted["reference"].Str());
    }

    [Theory]
    [InlineData("2026-11-03", "The date the application was received must be today or in the past")]
    [InlineData("2025-10-30", "The date the application was received must be within the last year")]
    public async Task AReceivedDateInTheFutureOrLongAgo_IsRefused(string receivedOn, string message)
    {
        using var app = new CaseReviewApp();
        var officer = await app.AsNewStaff("CaseOfficer");
        var body = WithChannel("Paper");
        body["receivedOn"] = receivedOn;

        var problem = await (await officer.PostAsJsonAsync("/api/applications", body, Api.Json)).ReadJson(HttpStatusCode.BadRequest);

        Assert.Equal(message, problem["errors"]!["receivedOn"]![0].Str());
        Assert.Equal(0, await app.QueryDatabaseAsync(db => db.Applications.CountAsync()));
    }

    [Fact]
    public async Task Resident_CannotBackdateAnApplication()
    {
        using var app = new CaseReviewApp();
        var body = WithChannel("Online");
        body["receivedOn"] = "2026-10-01";

        var problem = await (await app.CreateClient().PostAsJsonAsync("/api/applications", body, Api.Json)).ReadJson(HttpStatusCode.BadRequest);

        Assert.Contains("receivedOn", problem["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal(0, await app.QueryDatabaseAsync(db => db.Applications.CountAsync()));
    }

    [Fact]
    public async Task Resident_CannotClaimAPhoneChannel()
    {
        using var app = new CaseReviewApp();
        var response = await app.CreateClient().PostAsJsonAsync("/api/applications", WithChannel("Phone"), Api.Json);
        var problem = await response.ReadJson(HttpStatusCode.BadRequest);

        Assert.Contains("channel", problem["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal(0, await app.QueryDatabaseAsync(db => db.Applications.CountAsync()));
    }

    [Fact]
    public async Task Officer_VerifiesAComplaint_BeforeTheThresholdDecision()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.AsNewStaff("CaseOfficer");
        var detail = await (await officer.GetAsync($"/api/cases/{reference}")).ReadJson(HttpStatusCode.OK);
        var complaintId = detail["complaints"]![0]!["id"]!.GetValue<int>();

        var verified = await (await officer.PostAsync($"/api/cases/{reference}/complaints/{complaintId}/verify", null)).ReadJson(HttpStatusCode.OK);

        Assert.True(verified["complaints"]![0]!["verifiedByOfficer"]!.GetValue<bool>());
        Assert.False(verified["complaints"]![1]!["verifiedByOfficer"]!.GetValue<bool>());
        var unknown = await officer.PostAsync($"/api/cases/{reference}/complaints/999999/verify", null);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    private static Dictionary<string, object?> WithChannel(string channel)
    {
        var json = System.Text.Json.JsonSerializer.Serialize(Api.Application(), Api.Json);
        var body = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, object?>>(json)!;
        body["channel"] = channel;
        return body;
    }
}
