using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Retention;

/// <summary>
/// Restriction of processing (UK GDPR Article 18, issue 14 part 4): an administrator restricts a case on a ground with a
/// reason; its data is then kept but not processed (every action 409, nothing sent, panel members do not see it, the
/// retention schedule holds it) until the restriction is lifted, and the applicant is told both times.
/// </summary>
public sealed class RestrictionTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private const string Restricted = "Processing of this case is restricted";

    [Fact]
    public async Task ARestrictedCase_RefusesEveryAction_UntilTheRestrictionIsLifted()
    {
        var admin = await app.AsAdmin();
        var submitted = await app.CreateClient().Submit();
        var (reference, code) = (submitted["reference"].Str(), submitted["trackingCode"].Str());

        string[] offered = ["verifyComplaints", "assignOfficer", "extendDeadlines", "addNotes", "addDocuments", "deleteDocuments", "correctDetails"];
        var before = (await (await admin.GetAsync($"/api/cases/{reference}")).ReadJson(HttpStatusCode.OK))["permissions"]!;
        Assert.All(offered, name => Assert.True(before[name]!.GetValue<bool>(), name));

        var restricted = await Restrict(admin, reference, "accuracy-contested", "Alex says the complaint dates are wrong.");

        Assert.Equal("accuracy-contested", restricted["restriction"]!["ground"].Str());
        Assert.Empty(restricted["allowedActions"]!.AsArray());
        // Nothing that was offered before is offered on it.
        var permissions = restricted["permissions"]!;
        Assert.All(offered, name => Assert.False(permissions[name]!.GetValue<bool>(), name));
        Assert.Contains(restricted["history"]!.AsArray(), h => h!["action"].Str() == "restrict-processing"
            && h["reason"].Str().Contains("Alex says the complaint dates are wrong.", StringComparison.Ordinal));
        var refusals = new[]
        {
            await admin.Act(reference, "start-assessment"),
            await admin.Act(reference, "withdraw", new { reason = "Asked to." }),
            await admin.PostAsJsonAsync($"/api/cases/{reference}/corrections", new { field = "applicant.name", value = "Alex Other", reason = "Asked." }, Api.Json),
            await admin.PostAsJsonAsync($"/api/cases/{reference}/notes", new { kind = "note", text = "Called." }, Api.Json),
            await admin.Upload(reference, Files.Pdf()),
            await admin.GetAsync($"/api/cases/{reference}/letters/acknowledgement"),
            await admin.PostAsJsonAsync($"/api/cases/{reference}/erase", new { reason = "Asked to." }, Api.Json),
            await app.CreateClient().PostAsJsonAsync($"/api/track/{code}/withdraw", new { reason = "Stop." }, Api.Json),
        };
        foreach (var refused in refusals)
        {
            var problem = await refused.ReadJson(HttpStatusCode.Conflict);
            Assert.StartsWith(Restricted, problem["detail"].Str(), StringComparison.Ordinal);
        }

        Assert.Empty(await admin.GetArray($"/api/cases/{reference}/notes"));
        var lifted = await (await admin.PostAsJsonAsync($"/api/cases/{reference}/restriction/lift", new { reason = "The dates were checked." }, Api.Json)).ReadJson(HttpStatusCode.OK);
        Assert.Null(lifted["restriction"]);
        Assert.Equal("InAssessment", (await admin.ActOk(reference, "start-assessment"))["status"].Str());
        var audit = (await (await admin.GetAsync($"/api/admin/audit?reference={reference}")).ReadJson(HttpStatusCode.OK))["items"]!.AsArray();
        Assert.Contains(audit, l => l!["action"].Str() == "case.processing-restricted" && l["detail"].Str() == "ground=accuracy-contested");
        Assert.Contains(audit, l => l!["action"].Str() == "case.restriction-lifted" && l["detail"].Str() == "ground=accuracy-contested");
        Assert.DoesNotContain(audit, l => l!["detail"]?.ToString().Contains("dates", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task APanelMember_NoLongerSeesARestrictedCase_AnywhereButAnOfficerSeesItTagged()
    {
        var reference = await Cases.WithPanel(app, "Police");
        var admin = await app.AsAdmin();
        var police = await app.AsNewStaff("PanelMember", "Police");
        Assert.Equal(HttpStatusCode.OK, (await police.GetAsync($"/api/cases/{reference}")).StatusCode);

        await Restrict(admin, reference, "objection-pending", "Alex objected to the sharing.");

        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync($"/api/cases/{reference}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await police.PostAsJsonAsync($"/api/cases/{reference}/panel-responses", new { agency = "Police", knew = "Reports.", did = "Patrols." }, Api.Json)).StatusCode);
        Assert.DoesNotContain(reference, await (await police.GetAsync("/api/cases?pageSize=100")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(reference, await (await police.GetAsync("/api/cases?q=elm+close&pageSize=100")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var queue = (await (await admin.GetAsync("/api/cases?pageSize=100")).ReadJson(HttpStatusCode.OK))["items"]!.AsArray();
        Assert.True(queue.Single(c => c!["reference"].Str() == reference)!["restricted"]!.GetValue<bool>());
    }

    [Fact]
    public async Task SubjectAccess_StillIncludesARestrictedCase_WithItsRestriction()
    {
        var email = $"sar.{Guid.NewGuid():N}@example.org";
        var application = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Api.Application(), Api.Json))!.AsObject();
        application["applicant"]!["email"] = email;
        var reference = (await app.CreateClient().Submit(application))["reference"].Str();
        var admin = await app.AsAdmin();
        await Restrict(admin, reference, "legal-claims", "Alex's solicitor asked us to keep it.");

        var export = await (await admin.GetAsync($"/api/admin/subject-access?email={Uri.EscapeDataString(email)}")).ReadJson(HttpStatusCode.OK);

        var found = Assert.Single(export["cases"]!.AsArray())!;
        Assert.Equal(reference, found["case"]!["reference"].Str());
        Assert.Equal("legal-claims", found["case"]!["restriction"]!["ground"].Str());
    }

    [Fact]
    public async Task BadInput_Is400ByField_AndConflictsAre409()
    {
        var admin = await app.AsAdmin();
        var reference = (await app.CreateClient().Submit())["reference"].Str();

        var noGround = await (await admin.PostAsJsonAsync($"/api/cases/{reference}/restriction", new { ground = "because", reason = "" }, Api.Json)).ReadJson(HttpStatusCode.BadRequest);
        Assert.Contains("accuracy-contested", noGround["errors"]!["ground"]![0].Str(), StringComparison.Ordinal);
        Assert.NotNull(noGround["errors"]!["reason"]);
        Assert.NotNull((await (await admin.PostAsJsonAsync($"/api/cases/{reference}/restriction/lift", new { }, Api.Json)).ReadJson(HttpStatusCode.BadRequest))["errors"]!["reason"]);

        var notRestricted = await (await admin.PostAsJsonAsync($"/api/cases/{reference}/restriction/lift", new { reason = "Checked." }, Api.Json)).ReadJson(HttpStatusCode.Conflict);
        Assert.Contains("not restricted", notRestricted["detail"].Str(), StringComparison.Ordinal);
        var version = (await (await admin.GetAsync($"/api/cases/{reference}")).ReadJson(HttpStatusCode.OK))["version"]!.GetValue<int>();
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync($"/api/cases/{reference}/restriction", new { ground = "legal-claims", reason = "Kept.", version = version - 1 }, Api.Json)).StatusCode);
        await Restrict(admin, reference, "legal-claims", "Kept.");
        var twice = await (await admin.PostAsJsonAsync($"/api/cases/{reference}/restriction", new { ground = "unlawful-processing", reason = "Again." }, Api.Json)).ReadJson(HttpStatusCode.Conflict);
        Assert.Contains("already restricted", twice["detail"].Str(), StringComparison.Ordinal);

        var erased = (await app.CreateClient().Submit())["reference"].Str();
        await admin.ActOk(erased, "withdraw", new { reason = "Moved away." });
        await (await admin.PostAsJsonAsync($"/api/cases/{erased}/erase", new { reason = "Article 17." }, Api.Json)).ReadJson(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync($"/api/cases/{erased}/restriction", new { ground = "legal-claims", reason = "Kept." }, Api.Json)).StatusCode);
    }

    [Fact]
    public async Task OnlyAdministrators_RestrictOrLift()
    {
        var reference = (await app.CreateClient().Submit())["reference"].Str();
        var body = new { ground = "legal-claims", reason = "Kept." };

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().PostAsJsonAsync($"/api/cases/{reference}/restriction", body, Api.Json)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.AsNewStaff("CaseOfficer")).PostAsJsonAsync($"/api/cases/{reference}/restriction", body, Api.Json)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.AsNewStaff("CaseOfficer")).PostAsJsonAsync($"/api/cases/{reference}/restriction/lift", new { reason = "Done." }, Api.Json)).StatusCode);
        Assert.Null((await (await (await app.AsAdmin()).GetAsync($"/api/cases/{reference}")).ReadJson(HttpStatusCode.OK))["restriction"]);
    }

    [Fact]
    public async Task TheCasePage_ShowsTheBanner_AndTheRestrictionPage_TakesTheGroundAndReason_WithErrorsBesideThem()
    {
        var reference = (await app.CreateClient().Submit())["reference"].Str();
        var browser = await app.SignedInBrowserAsync("Administrator");

        var form = await ParseAsync(await browser.GetAsync($"/staff/cases/{reference}/restriction"));
        Assert.Equal(4, form.QuerySelectorAll("input[name=Ground]").Length);
        var refused = await ParseAsync(await browser.SubmitAsync($"/staff/cases/{reference}/restriction", ("Ground", ""), ("Reason", "")));
        Assert.NotNull(refused.QuerySelector("#ground-error"));
        Assert.NotNull(refused.QuerySelector("#reason-error"));
        Assert.NotNull(refused.QuerySelector(".govuk-error-summary"));

        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitAsync($"/staff/cases/{reference}/restriction", ("Ground", "legal-claims"), ("Reason", "The solicitor asked us to keep it."))).StatusCode);
        var page = await ParseAsync(await browser.GetAsync($"/staff/cases/{reference}"));
        var banner = page.QuerySelector("#restriction")!;
        Assert.Contains("Processing restricted", banner.TextContent, StringComparison.Ordinal);
        Assert.Contains("legal claims", banner.TextContent, StringComparison.Ordinal);
        Assert.Contains("Nothing while processing is restricted.", page.Body!.TextContent, StringComparison.Ordinal);
        var queue = await ParseAsync(await browser.GetAsync("/staff/cases"));
        Assert.NotNull(queue.QuerySelector($"a[href='/staff/cases/{reference}'] ~ [data-restricted]"));

        var liftForm = await ParseAsync(await browser.GetAsync($"/staff/cases/{reference}/restriction"));
        Assert.Empty(liftForm.QuerySelectorAll("input[name=Ground]"));
        // The lift form posts to its own handler, with its antiforgery token (the browser test found it without one).
        Assert.NotNull(liftForm.QuerySelector("#case-action input[name=__RequestVerificationToken]"));
        Assert.EndsWith("handler=lift", liftForm.QuerySelector("#case-action")!.GetAttribute("action"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitAsync($"/staff/cases/{reference}/restriction?handler=lift", ("Reason", "The claim is settled."))).StatusCode);
        var lifted = await ParseAsync(await browser.GetAsync($"/staff/cases/{reference}"));
        Assert.Null(lifted.QuerySelector("#restriction"));
        Assert.NotNull(lifted.QuerySelector("#restrict-processing"));
    }

    internal static async Task<JsonObject> Restrict(HttpClient admin, string reference, string ground, string reason) =>
        await (await admin.PostAsJsonAsync($"/api/cases/{reference}/restriction", new { ground, reason }, Api.Json)).ReadJson(HttpStatusCode.OK);

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
}
