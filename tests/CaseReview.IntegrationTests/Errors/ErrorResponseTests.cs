using System.Net;
using System.Net.Http.Json;
using System.Text;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Errors;

/// <summary>Every failure is a clear problem-details answer, and leaves the database exactly as it was.</summary>
// One host for the class: each test brings its own cases and staff. The three that count every row, or every case
// a panel member sees, start one of their own.
public sealed class ErrorResponseTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app = app;

    [Fact]
    public async Task ActionNotAllowedInCurrentStatus_Is409_NamingTheAllowedActions()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.AsNewStaff("CaseOfficer");
        var before = await _app.CountRowsAsync();

        var problem = await (await officer.Act(reference, "send-outcome")).ReadJson(HttpStatusCode.Conflict);

        Assert.Equal(["start-assessment", "withdraw"], problem["allowedActions"]!.AsArray().Select(a => a.Str()));
        Assert.Contains("start-assessment", problem["detail"].Str());
        Assert.Equal(before, await _app.CountRowsAsync());
    }

    [Fact]
    public async Task StaleVersion_Is409_AndChangesNothing()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.AsNewStaff("CaseOfficer");
        var current = await (await officer.GetAsync($"/api/cases/{reference}")).ReadJson(HttpStatusCode.OK);
        var version = current["version"]!.GetValue<int>();
        await officer.ActOk(reference, "start-assessment", new { version });
        var before = await _app.CountRowsAsync();

        var problem = await (await officer.Act(reference, "withdraw", new { reason = "Applicant asked to stop.", version })).ReadJson(HttpStatusCode.Conflict);

        Assert.Equal(version + 1, problem["currentVersion"]!.GetValue<int>());
        var after = await (await officer.GetAsync($"/api/cases/{reference}")).ReadJson(HttpStatusCode.OK);
        Assert.Equal("InAssessment", after["status"].Str());
        Assert.Equal(before, await _app.CountRowsAsync());
    }

    [Fact]
    public async Task IncompleteApplication_Is400_WithAMessagePerField_AndStoresNothing()
    {
        using var app = new CaseReviewApp();
        var client = app.CreateClient();
        var incomplete = new
        {
            applicant = new { name = "", preferredContact = "Email" },
            isThirdParty = true,
            thirdParty = new { relationship = "Son", victimConsent = false, consentHow = "ByPhone", consentGivenOn = "2026-10-01" },
            victim = new { name = "Sam Example", address = "4 Elm Close", postcode = "B97 4AA", agreesToContact = false },
            complaints = new[] { new { reportedDate = "2026-10-01", agency = "Police" } },
        };

        var problem = await (await client.PostAsJsonAsync("/api/applications", incomplete)).ReadJson(HttpStatusCode.BadRequest);

        var errors = problem["errors"]!.AsObject();
        Assert.Contains("applicant.name", errors.Select(e => e.Key));
        Assert.Contains("applicant.email", errors.Select(e => e.Key));
        Assert.Contains("thirdParty.victimConsent", errors.Select(e => e.Key));
        Assert.Contains("complaints[0].incidentDate", errors.Select(e => e.Key));
        Assert.Contains("victimType", errors.Select(e => e.Key));
        Assert.Contains("location", errors.Select(e => e.Key));
        Assert.Contains("impact", errors.Select(e => e.Key));
        Assert.Equal("Enter your full name", errors["applicant.name"]![0].Str());
        Assert.Equal(0, await app.CountRowsAsync());
    }

    [Fact]
    public async Task MalformedJson_Is400_NamingTheField()
    {
        using var app = new CaseReviewApp();
        var client = app.CreateClient();
        var json = """{ "applicant": { "name": "Alex", "preferredContact": "Pigeon" }, "isThirdParty": false }""";

        var response = await client.PostAsync("/api/applications", new StringContent(json, Encoding.UTF8, "application/json"));
        var problem = await response.ReadJson(HttpStatusCode.BadRequest);

        Assert.Contains("applicant.preferredContact", problem["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal(0, await app.CountRowsAsync());
    }

    [Fact]
    public async Task NotJsonAtAll_Is400()
    {
        var response = await _app.CreateClient().PostAsync("/api/applications", new StringContent("{ not json", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task DecisionAgainstThePolicyWithoutReason_Is400_OnTheReasonField()
    {
        var reference = (await _app.CreateClient().Submit(Api.Application(Api.Complaint("2026-10-02", "2026-10-03", "Police"))))["reference"].Str();
        var officer = await _app.AsNewStaff("CaseOfficer");
        await officer.ActOk(reference, "start-assessment");

        var problem = await (await officer.Act(reference, "threshold-decision", new { met = true })).ReadJson(HttpStatusCode.BadRequest);

        Assert.Contains("reason", problem["errors"]!.AsObject().Select(e => e.Key));
        var accepted = await officer.ActOk(reference, "threshold-decision", new { met = true, reason = "Vulnerable victim; senior officer's discretion." });
        Assert.Equal("Discretion", accepted["threshold"]!["rule"].Str());
    }

    [Fact]
    public async Task UnknownReference_Is404()
    {
        var officer = await _app.AsNewStaff("CaseOfficer");

        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/api/cases/CR-2026-999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.Act("CR-2026-999999", "start-assessment")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.CreateClient().GetAsync("/api/track/NOSUCHCODE")).StatusCode);
    }

    [Fact]
    public async Task NoToken_Is401()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var anonymous = _app.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/cases/{reference}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.Act(reference, "start-assessment")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/deadlines")).StatusCode);
    }

    [Fact]
    public async Task WrongPassword_Is401()
    {
        var response = await _app.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = CaseReviewApp.AdminEmail, password = "not the password" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task WrongRole_Is403_AndChangesNothing()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.AsNewStaff("CaseOfficer");
        await officer.ActOk(reference, "start-assessment");
        await officer.ActOk(reference, "threshold-decision", new { met = true });
        await officer.ActOk(reference, "schedule-review", new { meetingAt = "2026-11-20T10:00:00Z", panel = new[] { new { agency = "Police" } } });
        var chair = await _app.AsNewStaff("Chair", "Police");
        var before = await _app.CountRowsAsync();

        var chairView = await (await chair.GetAsync($"/api/cases/{reference}")).ReadJson(HttpStatusCode.OK);
        Assert.Equal(["record-review"], chairView["allowedActions"]!.AsArray().Select(a => a.Str()));
        Assert.Equal(HttpStatusCode.Forbidden, (await chair.Act(reference, "withdraw", new { reason = "Chair tries to withdraw." })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync("/api/admin/users", new { email = "x@council.example", password = "a long enough passphrase", roles = new[] { "Administrator" } })).StatusCode);
        Assert.Equal(before, await _app.CountRowsAsync());
    }

    [Fact]
    public async Task PanelMember_SeesOnlyCasesWhosePanelIncludesTheirAgency()
    {
        using var app = new CaseReviewApp();
        var onPanel = (await app.CreateClient().Submit())["reference"].Str();
        var notOnPanel = (await app.CreateClient().Submit())["reference"].Str();
        var officer = await app.AsNewStaff("CaseOfficer");
        await officer.ActOk(onPanel, "start-assessment");
        await officer.ActOk(onPanel, "threshold-decision", new { met = true });
        await officer.ActOk(onPanel, "schedule-review", new { meetingAt = "2026-11-20T10:00:00Z", panel = new[] { new { agency = "Police" } } });
        var police = await app.AsNewStaff("PanelMember", "Police");
        var health = await app.AsNewStaff("PanelMember", "Integrated Care Board");

        var policeView = await (await police.GetAsync($"/api/cases/{onPanel}")).ReadJson(HttpStatusCode.OK);
        Assert.Empty(policeView["allowedActions"]!.AsArray());
        var policeList = await (await police.GetAsync("/api/cases")).ReadJson(HttpStatusCode.OK);
        Assert.Equal([onPanel], policeList["items"]!.AsArray().Select(i => i!["reference"].Str()));
        Assert.Equal(1, policeList["total"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, (await police.GetAsync($"/api/cases/{onPanel}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync($"/api/cases/{notOnPanel}")).StatusCode);

        var healthList = await (await health.GetAsync("/api/cases")).ReadJson(HttpStatusCode.OK);
        Assert.Equal(0, healthList["total"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NotFound, (await health.GetAsync($"/api/cases/{onPanel}")).StatusCode);
    }

    /// <summary>Found by the hostile-input suite: a JSON body in a charset no encoding is known by was a 500.</summary>
    [Fact]
    public async Task AJsonBodyInAnUnknownCharset_Is415_NotAServerError()
    {
        using var content = new StringContent("{\"email\":\"a@b.example\",\"password\":\"x\"}", Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("application/json; charset=nonsense");

        var response = await _app.CreateClient().PostAsync("/api/auth/login", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    /// <summary>Found by the hostile-input suite: a form value holding a NUL character was a 500.</summary>
    [Fact]
    public async Task AFormValueThatWillNotDecode_Is400_NotAServerError()
    {
        const string body = "Email=a%00b%40council.example&Password=x";
        var browser = new ResidentBrowser(_app);
        var token = await browser.TokenAsync("/staff/sign-in");
        using var content = new StringContent($"__RequestVerificationToken={Uri.EscapeDataString(token)}&{body}", Encoding.ASCII, "application/x-www-form-urlencoded");

        var response = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/staff/sign-in") { Content = content });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
