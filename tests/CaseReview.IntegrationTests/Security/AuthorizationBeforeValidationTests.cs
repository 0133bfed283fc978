using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Security;

/// <summary>
/// Issue 12, finding 10: whether the caller may send a request at all is settled before its validation reads the
/// database, so someone who may not act learns nothing from the answer; and a list over its size is refused as a
/// whole, without checking each item.
/// </summary>
// One host for the class: each test works on cases and accounts of its own.
public sealed class AuthorizationBeforeValidationTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app = app;

    [Fact]
    public async Task APanelMember_LearnsNothingAboutWhichStaffEmailsExist_FromTheNewAccountPage()
    {
        var member = await _app.SignedInBrowserAsync("PanelMember", "Police");
        var token = await member.TokenAsync("/staff/cases");

        var existing = await member.PostAsync("/staff/accounts/new", new Dictionary<string, string>(member.Cookies),
            ("__RequestVerificationToken", token), ("Email", CaseReviewApp.AdminEmail), ("Roles", "CaseOfficer"));
        var unknown = await member.PostAsync("/staff/accounts/new", new Dictionary<string, string>(member.Cookies),
            ("__RequestVerificationToken", token), ("Email", "nobody-here@council.example"), ("Roles", "CaseOfficer"));

        Assert.Equal(HttpStatusCode.Forbidden, existing.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, unknown.StatusCode);
        Assert.DoesNotContain("already exists", await existing.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task APanelMember_LearnsNothingAboutWhichChairAccountsExist_FromScheduleReview()
    {
        var reference = await Cases.WithPanel(_app, "Police");
        var (chairId, _) = await _app.NewStaffAccount("Chair", "Council");
        var member = await _app.AsNewStaff("PanelMember", "Police");
        var meetingAt = _app.Clock.GetUtcNow().AddDays(7).ToString("O", System.Globalization.CultureInfo.InvariantCulture);

        var real = await member.Act(reference, "schedule-review", new { meetingAt, panel = new[] { new { agency = "Police" } }, chair = new { userId = chairId } });
        var made = await member.Act(reference, "schedule-review", new { meetingAt, panel = new[] { new { agency = "Police" } }, chair = new { userId = "no-such-account" } });

        Assert.Equal(HttpStatusCode.Forbidden, real.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, made.StatusCode);
    }

    [Fact]
    public async Task APanelMember_LearnsNothingAboutWhichOfficersExist_FromAssign()
    {
        var reference = await Cases.WithPanel(_app, "Police");
        var officer = await _app.NewStaffAsync("CaseOfficer");
        var member = await _app.AsNewStaff("PanelMember", "Police");

        Assert.Equal(HttpStatusCode.Forbidden, (await member.Act(reference, "assign", new { officerEmail = officer })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.Act(reference, "assign", new { officerEmail = "nobody-here@council.example" })).StatusCode);
    }

    [Fact]
    public async Task AnApplicationWithThousandsOfComplaints_IsRefusedOnTheList_WithoutAnAnswerForEachItem()
    {
        var complaints = Enumerable.Range(0, 5_000).Select(_ => new { }).ToArray();

        var problem = await (await _app.CreateClient().PostAsJsonAsync("/api/applications", Api.Application(complaints), Api.Json)).ReadJson(HttpStatusCode.BadRequest);

        var fields = problem["errors"]!.AsObject().Select(e => e.Key).ToList();
        Assert.Contains("complaints", fields);
        Assert.DoesNotContain(fields, f => f.StartsWith("complaints[", StringComparison.Ordinal));
    }

    [Fact]
    public async Task APanelOfThousandsOfAgencies_IsRefusedOnThePanel_WithoutLookingUpEachOne()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var admin = await _app.AsAdmin();
        await admin.ActOk(reference, "start-assessment");
        await admin.ActOk(reference, "threshold-decision", new { met = true });
        var meetingAt = _app.Clock.GetUtcNow().AddDays(7).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        var panel = Enumerable.Range(0, 5_000).Select(i => new { agency = $"Agency {i}" }).ToArray();

        var problem = await (await admin.Act(reference, "schedule-review", new { meetingAt, panel })).ReadJson(HttpStatusCode.BadRequest);

        var fields = problem["errors"]!.AsObject().Select(e => e.Key).ToList();
        Assert.Equal(["panel"], fields);
    }

    [Fact]
    public async Task AReviewWithThousandsOfRecommendations_IsRefusedOnTheList_WithoutAnAnswerForEachItem()
    {
        var reference = await Cases.WithPanel(_app, "Police");
        var admin = await _app.AsAdmin();
        var recommendations = Enumerable.Range(0, 2_000).Select(i => new { action = "", ownerAgency = $"Agency {i}" }).ToArray();

        var problem = await (await admin.Act(reference, "record-review", new { findings = "Found.", applicantSummary = "The police will patrol the footpaths on Friday evenings.", recommendations })).ReadJson(HttpStatusCode.BadRequest);

        var fields = problem["errors"]!.AsObject().Select(e => e.Key).ToList();
        Assert.Equal(["recommendations"], fields);
        Assert.IsType<JsonArray>(problem["errors"]!["recommendations"]);
    }
}
