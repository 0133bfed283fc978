using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Workflow;

/// <summary>
/// Independent appeals (issue 17, part 5): an appeal is decided only by an appeal reviewer, never by the person whose
/// decision it is against; who decided is recorded and shown to staff; the reviewer sees the appeals awaiting them
/// and those they decided, and nothing else of the council's cases.
/// </summary>
public sealed class IndependentAppealTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    [Fact]
    public async Task AThresholdAppeal_IsRefusedToTheOfficerWhoDecidedTheThreshold_AndToCaseworkers_AndDecidedByAnAppealReviewer()
    {
        // The officer who decides the threshold also holds the appeal reviewer role: still not theirs to decide.
        var (decider, deciderEmail) = await SignedInWithRolesAsync("CaseOfficer", "AppealReviewer");
        var reference = (await app.CreateClient().Submit(Api.Application(Api.Complaint("2026-10-02", "2026-10-03", "Police"))))["reference"].Str();
        await decider.ActOk(reference, "start-assessment");
        await decider.ActOk(reference, "threshold-decision", new { met = false });
        await decider.ActOk(reference, "appeal", new { grounds = "Two more incidents were reported to the housing association." });

        var byDecider = await decider.Act(reference, "appeal-decision", new { upheld = true, reason = "Relevant facts were not considered." });
        var problem = await byDecider.ReadJson(HttpStatusCode.Forbidden);
        Assert.Contains("You made the decision this appeal is about", problem["detail"].Str(), StringComparison.Ordinal);
        var officer = await app.AsNewStaff("CaseOfficer");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.Act(reference, "appeal-decision", new { upheld = true, reason = "x" })).StatusCode);
        var admin = await app.AsAdmin();
        var refused = await (await admin.Act(reference, "appeal-decision", new { upheld = true, reason = "x" })).ReadJson(HttpStatusCode.Forbidden);
        Assert.Contains("Only appeal reviewers decide appeals", refused["detail"].Str(), StringComparison.Ordinal);
        Assert.Equal("AppealRequested", (await CaseAsync(admin, reference))["status"].Str());

        // The case tells each caller whether they may decide, and why not.
        var asDecider = await CaseAsync(decider, reference);
        Assert.DoesNotContain("appeal-decision", Actions(asDecider));
        Assert.Contains("You made the decision", asDecider["permissions"]!["appealDecisionRefusal"].Str(), StringComparison.Ordinal);
        var asAdmin = await CaseAsync(admin, reference);
        Assert.DoesNotContain("appeal-decision", Actions(asAdmin));
        Assert.Equal([deciderEmail], asAdmin["appeal"]!["decisionUnderAppealBy"]!.AsArray().Select(n => n.Str()));

        var (reviewer, reviewerEmail) = await SignedInWithRolesAsync("AppealReviewer");
        var asReviewer = await CaseAsync(reviewer, reference);
        Assert.Equal(["appeal-decision"], Actions(asReviewer));
        Assert.Null(asReviewer["permissions"]!["appealDecisionRefusal"]);
        var decided = await reviewer.ActOk(reference, "appeal-decision", new { upheld = true, reason = "Relevant facts were not considered." });
        Assert.Equal("InAssessment", decided["status"].Str());

        var seenByAdmin = await CaseAsync(admin, reference);
        Assert.Equal(reviewerEmail, seenByAdmin["appeal"]!["decidedBy"].Str());
        Assert.NotNull(seenByAdmin["appeal"]!["decidedAt"]);
        var decision = seenByAdmin["history"]!.AsArray().Last(h => h!["action"].Str() == "appeal-decision")!;
        Assert.Equal(reviewerEmail, Actor(decision));
    }

    [Fact]
    public async Task AReviewAppeal_IsRefusedToTheChairWhoRecordedTheOutcome_AndToWhoeverSentIt()
    {
        var reference = await Cases.WithPanel(app, "Police");
        var (chair, _) = await SignedInWithRolesAsync(["Chair", "AppealReviewer"], "Police");
        await chair.ActOk(reference, "record-review", new { findings = "The agencies did not share reports.", applicantSummary = "The police will patrol on Friday evenings." });
        var (sender, _) = await SignedInWithRolesAsync("CaseOfficer", "AppealReviewer");
        await sender.ActOk(reference, "send-outcome");
        await sender.ActOk(reference, "appeal", new { grounds = "The panel did not read the housing reports." });

        Assert.Equal(HttpStatusCode.Forbidden, (await chair.Act(reference, "appeal-decision", new { upheld = false, reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await sender.Act(reference, "appeal-decision", new { upheld = false, reason = "x" })).StatusCode);

        var reviewer = await app.AsAppealReviewer();
        var decided = await reviewer.ActOk(reference, "appeal-decision", new { upheld = false, reason = "The panel read every housing report before it met." });
        Assert.Equal("Closed", decided["status"].Str());
    }

    [Fact]
    public async Task AnAppealReviewer_SeesTheAppealsAwaitingADecision_AndThoseTheyDecided_AndNothingElse()
    {
        var (reviewer, reviewerEmail) = await SignedInWithRolesAsync("AppealReviewer");
        var underReview = await Cases.WithPanel(app, "Police");
        var awaiting = await Cases.AppealRequested(app, "Police");
        var decidedByThem = await Cases.AppealRequested(app, "Police");
        await reviewer.ActOk(decidedByThem, "appeal-decision", new { upheld = true, reason = "The housing reports were missed." });
        var decidedByAnother = await Cases.AppealRequested(app, "Police");
        await (await app.AsAppealReviewer()).ActOk(decidedByAnother, "appeal-decision", new { upheld = false, reason = "The review was sound." });

        var queue = (await (await reviewer.GetAsync("/api/cases?pageSize=100")).ReadJson(HttpStatusCode.OK))["items"]!.AsArray().Select(c => c!["reference"].Str()).ToList();
        Assert.Contains(awaiting, queue);
        Assert.Contains(decidedByThem, queue);
        Assert.DoesNotContain(underReview, queue);
        Assert.DoesNotContain(decidedByAnother, queue);
        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync($"/api/cases/{underReview}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync($"/api/cases/{decidedByAnother}")).StatusCode);
        Assert.Contains((await reviewer.GetArray("/api/deadlines")), d => d!["reference"].Str() == awaiting && d["stage"].Str() == "AppealDecision");

        // What the appeal is decided on, without the panel's contact log, the applicant's contact details or other cases.
        var detail = await CaseAsync(reviewer, awaiting);
        Assert.Equal("The panel did not consider the housing reports.", detail["appeal"]!["grounds"].Str());
        Assert.Equal("The agencies did not share what they knew.", detail["review"]!["findings"].Str());
        Assert.True(detail["applicantContactHidden"]!.GetValue<bool>());
        Assert.Null(detail["applicant"]!["email"]);
        await (await app.AsAdmin()).PostAsJsonAsync($"/api/cases/{awaiting}/notes", new { kind = "note", text = "Shared with the panel.", sharedWithPanel = true }, Api.Json);
        Assert.Empty(await reviewer.GetArray($"/api/cases/{awaiting}/notes"));
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync($"/api/cases/{awaiting}/link-suggestions")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync("/api/dashboard")).StatusCode);
        Assert.Equal(reviewerEmail, (await CaseAsync(reviewer, decidedByThem))["appeal"]!["decidedBy"].Str());
    }

    /// <summary>The tracking page promises "Someone who was not involved will look at it": the applicant appeals there, and it holds.</summary>
    [Fact]
    public async Task TheTrackingPagesPromise_SomeoneWhoWasNotInvolvedLooksAtTheAppeal_HoldsTrue()
    {
        var (officer, officerEmail) = await SignedInWithRolesAsync("CaseOfficer", "AppealReviewer");
        var submitted = await app.CreateClient().Submit(Api.Application(Api.Complaint("2026-10-02", "2026-10-03", "Police")));
        var (reference, code) = (submitted["reference"].Str(), submitted["trackingCode"].Str());
        await officer.ActOk(reference, "start-assessment");
        await officer.ActOk(reference, "threshold-decision", new { met = false });

        var page = await new ResidentBrowser(app).GetAsync($"/track/{code}");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Someone who was not involved will look at it.", html, StringComparison.Ordinal);
        (await app.CreateClient().PostAsJsonAsync($"/api/track/{code}/appeal", new { grounds = "The police have more reports than were counted." })).EnsureSuccessStatusCode();

        // The one who made the decision cannot decide the appeal, whatever roles they hold...
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.Act(reference, "appeal-decision", new { upheld = false, reason = "I was right." })).StatusCode);
        // ...and whoever decides it had no part in the decision appealed against.
        var (reviewer, reviewerEmail) = await SignedInWithRolesAsync("AppealReviewer");
        await reviewer.ActOk(reference, "appeal-decision", new { upheld = true, reason = "The police reports were not counted." });
        var history = (await CaseAsync(await app.AsAdmin(), reference))["history"]!.AsArray();
        var involved = history.Where(h => h!["action"].Str() is "threshold-decision").Select(h => Actor(h!)).ToHashSet();
        Assert.Equal([officerEmail], involved);
        var decidedBy = Actor(history.Single(h => h!["action"].Str() == "appeal-decision")!);
        Assert.Equal(reviewerEmail, decidedBy);
        Assert.DoesNotContain(decidedBy, involved);
        var tracked = await (await app.CreateClient().GetAsync($"/api/track/{code}")).ReadJson(HttpStatusCode.OK);
        Assert.True(tracked["appealDecision"]!["upheld"]!.GetValue<bool>());
    }

    [Fact]
    public async Task TheStaffPages_OfferTheAppealDecisionToTheAppealReviewerOnly_AndShowWhoDecided()
    {
        var reference = await Cases.AppealRequested(app, "Police");
        var officer = await app.SignedInBrowserAsync("CaseOfficer");
        var refused = await officer.GetAsync($"/staff/cases/{reference}/appeal-decision");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Only an appeal reviewer decides an appeal", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var casePage = await (await officer.GetAsync($"/staff/cases/{reference}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain($"/staff/cases/{reference}/appeal-decision\"", casePage, StringComparison.Ordinal);
        Assert.Contains("Only an appeal reviewer decides an appeal", casePage, StringComparison.Ordinal);

        var reviewerEmail = await app.NewStaffAsync("AppealReviewer");
        var reviewer = new ResidentBrowser(app);
        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.SignInAsync(reviewerEmail)).StatusCode);
        var home = await reviewer.GetAsync("/staff");
        Assert.Equal("/staff/cases", home.Headers.Location!.OriginalString);
        var queue = await (await reviewer.GetAsync("/staff/cases")).Content.ReadAsStringAsync();
        Assert.Contains(reference, queue, StringComparison.Ordinal);
        Assert.Contains($"/staff/cases/{reference}/appeal-decision", await (await reviewer.GetAsync($"/staff/cases/{reference}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.SubmitAsync($"/staff/cases/{reference}/appeal-decision", ("Upheld", "false"), ("Reason", "The review was carried out properly."))).StatusCode);

        var decidedPage = await (await officer.GetAsync($"/staff/cases/{reference}")).Content.ReadAsStringAsync();
        Assert.Contains($"{reviewerEmail}, appeal reviewer, on", decidedPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAppealReviewerAccount_NeedsNoAgency()
    {
        var admin = await app.AsAdmin();
        var email = $"pcc-{Guid.NewGuid():N}@pcc.example";
        var created = await (await admin.PostAsJsonAsync("/api/admin/users", new { email, password = Api.StaffPassword, roles = new[] { "AppealReviewer" } }, Api.Json)).ReadJson(HttpStatusCode.Created);
        Assert.Equal(["AppealReviewer"], created["roles"]!.AsArray().Select(r => r.Str()));
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignedIn(email, Api.StaffPassword)).GetAsync("/api/cases")).StatusCode);
    }

    private Task<(HttpClient Client, string Email)> SignedInWithRolesAsync(params string[] roles) => SignedInWithRolesAsync(roles, null);

    private async Task<(HttpClient Client, string Email)> SignedInWithRolesAsync(string[] roles, string? agency)
    {
        var admin = await app.AsAdmin();
        var email = $"{string.Join('-', roles).ToLowerInvariant()}-{Guid.NewGuid():N}@council.example";
        await (await admin.PostAsJsonAsync("/api/admin/users", new { email, password = Api.StaffPassword, roles, agency }, Api.Json)).ReadJson(HttpStatusCode.Created);
        return (await app.SignedIn(email, Api.StaffPassword), email);
    }

    private static async Task<JsonObject> CaseAsync(HttpClient client, string reference) =>
        await (await client.GetAsync($"/api/cases/{reference}")).ReadJson(HttpStatusCode.OK);

    private static List<string> Actions(JsonObject detail) => [.. detail["allowedActions"]!.AsArray().Select(a => a.Str())];

    private static string Actor(JsonNode history) => history["actor"].Str();
}
