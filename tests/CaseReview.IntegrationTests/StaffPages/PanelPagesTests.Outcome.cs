using System.Net;
using CaseReview.Infrastructure.Persistence;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.StaffPages;

/// <summary>
/// After the panel: the chair records the outcome and its action plan (rows added and removed without
/// JavaScript), the applicant is consulted, the outcome is sent and the applicant's tracking page says so,
/// recommendations move on with their history kept, and an appeal is recorded and decided.
/// </summary>
// One host for the class: each test brings its own case to the panel and checks only that case.
public sealed class PanelOutcomePagesTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app = app;

    private Task<T> Db<T>(Func<CaseReviewDbContext, Task<T>> query) => _app.QueryDatabaseAsync(query);

    private Task<string> StatusAsync(string reference) =>
        Db(db => db.Applications.Where(a => a.Reference == reference).Select(a => a.Status.ToString()).SingleAsync());

    private Task<int> RecommendationCountAsync(string reference) =>
        Db(db => db.Applications.Where(a => a.Reference == reference).SelectMany(a => a.Recommendations).CountAsync());

    private static (string, string)[] Row(int index, string action, string owner, string lead, string day, string month, string year) =>
    [
        ($"Recommendations[{index}].Action", action), ($"Recommendations[{index}].OwnerAgency", owner), ($"Recommendations[{index}].Lead", lead),
        ($"Recommendations[{index}].DueDate.Day", day), ($"Recommendations[{index}].DueDate.Month", month), ($"Recommendations[{index}].DueDate.Year", year),
    ];

    [Fact]
    public async Task TheChairRecordsTheOutcome_WithTwoRecommendations_AfterAMissingDueDateIsPointedOut()
    {
        var reference = await Cases.WithPanel(_app, "Council", "Police");
        var chair = await _app.SignedInBrowserAsync("Chair", "Police");
        var url = $"/staff/cases/{reference}/record-review";

        var casePage = await (await chair.GetAsync($"/staff/cases/{reference}")).Content.ReadAsStringAsync();
        Assert.Contains($"href=\"{url}\"", casePage);

        var first = Row(0, "Council to fund CCTV on Elm Close", "Council", "Community safety lead", "15", "1", "2027");
        var added = await chair.SubmitAsync(url, [("Findings", "The agencies did not share what they knew."), ("ApplicantSummary", "The police will patrol the footpaths on Friday evenings."), .. first, ("Command", "add")]);
        var addedHtml = await added.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains("id=\"recommendation-2-action\"", addedHtml);
        Assert.Contains("Council to fund CCTV on Elm Close</textarea>", addedHtml);
        Assert.DoesNotContain("<title>Error: ", addedHtml);

        var second = Row(1, "Police to patrol on Friday evenings", "Police", "", "", "", "");
        var missing = await chair.SubmitAsync(url, [("Findings", "The agencies did not share what they knew."), ("ApplicantSummary", "The police will patrol the footpaths on Friday evenings."), .. first, .. second, ("Command", "")]);
        var missingHtml = await missing.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("<title>Error: ", missingHtml);
        Assert.Contains("<a href=\"#recommendation-2-due-day\">Enter the date this action is due</a>", missingHtml);
        Assert.Contains("id=\"recommendation-2-due-error\"", missingHtml);
        Assert.DoesNotContain("id=\"recommendation-1-due-error\"", missingHtml);
        Assert.Contains("Police to patrol on Friday evenings</textarea>", missingHtml);
        Assert.Equal("ReviewPending", await StatusAsync(reference));
        Assert.Equal(0, await RecommendationCountAsync(reference));

        var done = await chair.SubmitAsync(url, [("Findings", "The agencies did not share what they knew."), ("ApplicantSummary", "The police will patrol the footpaths on Friday evenings."), .. first, .. Row(1, "Police to patrol on Friday evenings", "Police", "", "29", "1", "2027"), ("Command", "")]);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal("ReviewHeld", await StatusAsync(reference));
        Assert.Equal(2, await RecommendationCountAsync(reference));

        var after = await (await chair.GetAsync($"/staff/cases/{reference}")).Content.ReadAsStringAsync();
        Assert.Contains("Review outcome recorded", after);
        Assert.Contains("29 January 2027", after);
        Assert.Contains("Not started</strong>", after);
    }

    [Fact]
    public async Task RemoveTakesOutThatRow_AndKeepsTheOthers()
    {
        var reference = await Cases.WithPanel(_app, "Police");
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");

        var response = await officer.SubmitAsync($"/staff/cases/{reference}/record-review",
            [("Findings", "Findings"), ("ApplicantSummary", "The police will patrol the footpaths on Friday evenings."), .. Row(0, "First action", "Police", "", "1", "2", "2027"), .. Row(1, "Second action", "Police", "", "2", "2", "2027"), ("Command", "remove-0")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("First action", html);
        Assert.Contains("Second action</textarea>", html);
        Assert.DoesNotContain("id=\"recommendation-2-action\"", html);
    }

    [Fact]
    public async Task APanelMemberWhoIsNotAChair_MayNotRecordTheOutcome()
    {
        var reference = await Cases.WithPanel(_app, "Police");
        var member = await _app.SignedInBrowserAsync("PanelMember", "Police");

        var response = await member.GetAsync($"/staff/cases/{reference}/record-review");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("id=\"not-allowed\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheApplicantIsConsulted_ThenTheOutcomeIsSent_AndTheirTrackingPageSaysSo()
    {
        var submitted = await _app.CreateClient().Submit();
        var reference = submitted["reference"].Str();
        var admin = await _app.AsAdmin();
        await admin.ActOk(reference, "start-assessment");
        await admin.ActOk(reference, "threshold-decision", new { met = true });
        await admin.ActOk(reference, "schedule-review", new { meetingAt = "2026-11-02T09:00:00Z", panel = new[] { new { agency = "Police" } } });
        await admin.ActOk(reference, "record-review", new { findings = "Findings", applicantSummary = "The police will patrol the footpaths on Friday evenings.", recommendations = new[] { new { action = "Patrols", ownerAgency = "Police", dueDate = "2027-01-15" } } });
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");

        var confirm = await (await officer.GetAsync($"/staff/cases/{reference}/send-outcome")).Content.ReadAsStringAsync();
        Assert.Contains("The applicant has not been consulted on the action plan", confirm);
        Assert.Contains("action plan of 1 recommendation.", confirm);

        var invalid = await officer.SubmitAsync($"/staff/cases/{reference}/applicant-consultation", ("How", "By phone"));
        Assert.Contains("<a href=\"#consulted-on-day\">Enter the date the applicant was consulted</a>", await invalid.Content.ReadAsStringAsync());

        var consulted = await officer.SubmitAsync($"/staff/cases/{reference}/applicant-consultation",
            ("ConsultedOn.Day", "2"), ("ConsultedOn.Month", "11"), ("ConsultedOn.Year", "2026"), ("How", "By phone"), ("Comments", "Happy with the plan."));
        Assert.Equal(HttpStatusCode.Redirect, consulted.StatusCode);
        var casePage = await (await officer.GetAsync($"/staff/cases/{reference}")).Content.ReadAsStringAsync();
        Assert.Contains("On 2 November 2026, By phone. They said: Happy with the plan.", casePage);

        confirm = await (await officer.GetAsync($"/staff/cases/{reference}/send-outcome")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("has not been consulted", confirm);
        var sent = await officer.SubmitAsync($"/staff/cases/{reference}/send-outcome");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("OutcomeSent", await StatusAsync(reference));

        var resident = new ResidentBrowser(_app);
        var tracking = await (await resident.GetAsync($"/track/{submitted["trackingCode"].Str()}")).Content.ReadAsStringAsync();
        Assert.Contains("We have sent you the outcome of the case review", tracking);

        // Consultation is for before the outcome is final.
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"/staff/cases/{reference}/applicant-consultation")).StatusCode);
    }

    [Fact]
    public async Task ARecommendationMovesOn_AndEveryUpdateIsKept()
    {
        var reference = await Cases.ReviewHeld(_app, ["Police"], "Police");
        var id = await Db(db => db.Applications.Where(a => a.Reference == reference).SelectMany(a => a.Recommendations).Select(r => r.Id).SingleAsync());
        var police = await _app.SignedInBrowserAsync("PanelMember", "Police");
        var url = $"/staff/cases/{reference}/recommendations/{id}";

        var casePage = await (await police.GetAsync($"/staff/cases/{reference}")).Content.ReadAsStringAsync();
        Assert.Contains($"href=\"{url}\"", casePage);

        var invalid = await police.SubmitAsync(url, ("Note", "Nothing chosen"));
        Assert.Contains("<a href=\"#status\">Choose a status", await invalid.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await police.SubmitAsync(url, ("Status", "InProgress"), ("Note", "Patrols started on 6 November."))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await police.SubmitAsync(url, ("Status", "Completed"), ("Note", "Six patrols done."))).StatusCode);

        var page = await (await police.GetAsync(url)).Content.ReadAsStringAsync();
        Assert.Contains("Not started to In progress", page);
        Assert.Contains("Patrols started on 6 November.", page);
        Assert.Contains("In progress to Completed", page);
        Assert.Contains("Completed</strong>", page);
        Assert.Equal("Completed", await Db(db => db.Applications.Where(a => a.Reference == reference).SelectMany(a => a.Recommendations).Select(r => r.Status.ToString()).SingleAsync()));

        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync($"/staff/cases/{reference}/recommendations/{id + 1000}")).StatusCode);
    }

    [Fact]
    public async Task AnAppealByPhoneIsRecorded_ThenDecided()
    {
        var reference = await Cases.ReviewHeld(_app, ["Police"], "Police");
        await (await _app.AsAdmin()).ActOk(reference, "send-outcome");
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");

        var noGrounds = await officer.SubmitAsync($"/staff/cases/{reference}/appeal", ("Grounds", ""));
        Assert.Contains("<a href=\"#grounds\">Enter the grounds for the appeal</a>", await noGrounds.Content.ReadAsStringAsync());
        Assert.Equal("OutcomeSent", await StatusAsync(reference));

        Assert.Equal(HttpStatusCode.Redirect, (await officer.SubmitAsync($"/staff/cases/{reference}/appeal", ("Grounds", "The police were not asked about the March incident."))).StatusCode);
        Assert.Equal("AppealRequested", await StatusAsync(reference));

        var reviewer = await _app.AppealReviewerBrowserAsync();
        var noChoice = await reviewer.SubmitAsync($"/staff/cases/{reference}/appeal-decision", ("Reason", "Considered"));
        var noChoiceHtml = await noChoice.Content.ReadAsStringAsync();
        Assert.Contains("<a href=\"#upheld\">Say whether the appeal is upheld</a>", noChoiceHtml);
        Assert.Contains("The police were not asked about the March incident.", noChoiceHtml);

        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.SubmitAsync($"/staff/cases/{reference}/appeal-decision", ("Upheld", "false"), ("Reason", "The March incident was considered."))).StatusCode);
        var casePage = await (await officer.GetAsync($"/staff/cases/{reference}")).Content.ReadAsStringAsync();
        Assert.Contains("Not upheld: The March incident was considered.", casePage);
        Assert.NotEqual("AppealRequested", await StatusAsync(reference));
    }
}
