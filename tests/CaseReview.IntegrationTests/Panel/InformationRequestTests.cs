using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Panel;

/// <summary>
/// Each agency on the panel is asked for its chronology and response when the meeting is arranged, by 5 working days
/// before it (Panel:InformationDueWorkingDaysBeforeMeeting). The test clock starts on Monday 2 November 2026.
/// </summary>
public sealed class InformationRequestTests
{
    [Fact]
    public async Task SchedulingTheMeeting_AsksEachPanelAgency_FiveWorkingDaysBeforeIt()
    {
        using var app = new CaseReviewApp();
        var reference = await PanelCases.MeetingOn(app, "2026-11-20T10:00:00Z", "Police", "Council");
        var admin = await app.AsAdmin();

        var requests = await Requests(admin, reference);

        Assert.Equal(["Police", "Council"], requests.Select(r => r!["agency"].Str()));
        Assert.All(requests, r => Assert.Equal("2026-11-13", r!["dueDate"].Str()));
        Assert.All(requests, r => Assert.Equal("Waiting", r!["state"].Str()));
        Assert.All(requests, r => Assert.False(r!["shortNotice"]!.GetValue<bool>()));
        var detail = await (await admin.GetAsync($"/api/cases/{reference}")).ReadJson(HttpStatusCode.OK);
        Assert.Contains(detail["history"]!.AsArray(), h => h!["action"].Str() == "information-requested" && h["reason"].Str() == "Information requested from Police, Council by 2026-11-13");
    }

    [Fact]
    public async Task AMeetingTooCloseForTheUsualNotice_GetsTheNextWorkingDay_AndSaysSo()
    {
        using var app = new CaseReviewApp();
        var reference = await PanelCases.MeetingOn(app, "2026-11-05T10:00:00Z", "Police");

        var request = Assert.Single(await Requests(await app.AsAdmin(), reference))!;

        Assert.Equal("2026-11-03", request["dueDate"].Str());
        Assert.True(request["shortNotice"]!.GetValue<bool>());
        var officer = await app.SignedInBrowserAsync("CaseOfficer");
        var page = await (await officer.GetAsync($"/staff/cases/{reference}")).Content.ReadAsStringAsync();
        var row = new HtmlParser().ParseDocument(page).QuerySelector("#case-information-requests tr[data-agency='Police']");
        Assert.Contains("short notice: the meeting is close", row!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAgencyAddedLater_IsAsked_AndOneTakenOff_IsNoLongerAsked()
    {
        using var app = new CaseReviewApp();
        var reference = await PanelCases.MeetingOn(app, "2026-11-20T10:00:00Z", "Police");
        var admin = await app.AsAdmin();

        await admin.ActOk(reference, "schedule-review", new { meetingAt = "2026-11-27T10:00:00Z", panel = new[] { new { agency = "Council" } } });

        var request = Assert.Single(await Requests(admin, reference))!;
        Assert.Equal("Council", request["agency"].Str());
        Assert.Equal("2026-11-20", request["dueDate"].Str());
    }

    [Fact]
    public async Task TheAgencysResponse_AnswersIts_Request_AndAPanelMemberSeesOnlyTheirOwnAgencys()
    {
        using var app = new CaseReviewApp();
        var reference = await PanelCases.MeetingOn(app, "2026-11-20T10:00:00Z", "Police", "Council");
        var police = await app.AsNewStaff("PanelMember", "Police");

        await police.ActOk(reference, "panel-responses", new { knew = "Four calls since August.", did = "Two patrols." });

        var own = Assert.Single(await Requests(police, reference))!;
        Assert.Equal("Police", own["agency"].Str());
        Assert.Equal("Answered", own["state"].Str());
        Assert.Null(own["rag"]);
        var all = await Requests(await app.AsAdmin(), reference);
        Assert.Equal(["Answered", "Waiting"], all.Select(r => r!["state"].Str()));
        var list = await (await police.GetAsync("/api/information-requests")).Content.ReadFromJsonAsync<JsonArray>(Api.Json);
        Assert.DoesNotContain(list!, r => r!["reference"].Str() == reference);
    }

    [Fact]
    public async Task AMissedRequest_IsRemindedToTheAgencysPanelMembers_AndRedOnTheDashboard_UntilAnswered()
    {
        using var smtp = SmtpSink.Started();
        using var app = EmailSteps.WithSmtp(smtp);
        var (_, policeEmail) = await app.NewStaffAccount("PanelMember", "Police");
        var (_, councilEmail) = await app.NewStaffAccount("PanelMember", "Council");
        var reference = await PanelCases.MeetingOn(app, "2026-11-20T10:00:00Z", "Police", "Council");
        var council = await app.SignedIn(councilEmail, Api.StaffPassword);
        await council.ActOk(reference, "panel-responses", new { knew = "Two noise complaints.", did = "A warning letter." });

        app.SetClockUtc(2026, 11, 11);
        await app.RunRemindersAsync();
        app.SetClockUtc(2026, 11, 16);
        await app.RunRemindersAsync();
        await app.DispatchAllAsync();

        var toPolice = smtp.Messages().Where(m => m.Recipient == policeEmail && m.Subject.Contains("send its part", StringComparison.Ordinal)).Select(m => m.Subject).ToList();
        Assert.Equal(
            [$"{reference}: Police must send its part for the panel on Friday 13 November 2026", $"{reference}: Police must send its part for the panel already (it is overdue)"],
            toPolice);
        Assert.DoesNotContain(smtp.Messages(), m => m.Recipient == councilEmail && m.Subject.Contains("send its part", StringComparison.Ordinal));
        Assert.Contains("Do it by Friday 13 November 2026", smtp.Messages().First(m => m.Recipient == policeEmail && m.Subject.StartsWith("Case review panel invitation", StringComparison.Ordinal)).Text);

        var admin = await app.AsAdmin();
        var dashboard = await (await admin.GetAsync("/api/dashboard")).ReadJson(HttpStatusCode.OK);
        var missed = Assert.Single(dashboard["informationRequests"]!.AsArray(), r => r!["reference"].Str() == reference)!;
        Assert.Equal("Police", missed["agency"].Str());
        Assert.Equal("Red", missed["rag"].Str());
        Assert.Equal(1, dashboard["informationRequestCounts"]!["red"]!.GetValue<int>());
        var page = await (await (await app.SignedInBrowserAsync("CaseOfficer")).GetAsync("/staff/dashboard")).Content.ReadAsStringAsync();
        var row = new HtmlParser().ParseDocument(page).QuerySelector($"#information-requests tr[data-reference='{reference}']");
        Assert.NotNull(row);
        Assert.Contains("Red", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Missed", row.TextContent, StringComparison.Ordinal);

        var police = await app.SignedIn(policeEmail, Api.StaffPassword);
        await police.ActOk(reference, "panel-responses", new { knew = "Four calls since August.", did = "Two patrols." });
        dashboard = await (await admin.GetAsync("/api/dashboard")).ReadJson(HttpStatusCode.OK);
        Assert.Empty(dashboard["informationRequests"]!.AsArray());
        var answered = (await Requests(admin, reference)).First()!;
        Assert.True(answered["answeredLate"]!.GetValue<bool>());
        app.SetClockUtc(2026, 11, 17);
        Assert.Equal(0, await app.RunRemindersAsync());
    }

    private static async Task<JsonArray> Requests(HttpClient client, string reference)
    {
        var response = await client.GetAsync($"/api/cases/{reference}/information-requests");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonArray>(Api.Json))!;
    }
}
