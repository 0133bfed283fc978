using System.Net;
using System.Net.Http.Json;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.Risk;

/// <summary>
/// The victim risk assessment through the API: officers record it, reassessments are kept newest first, the officer may
/// raise but never lower the level, mistakes are 400 on the field with nothing stored, the panel sees only the current
/// level and why, high risk shows on the queue and the dashboard, and it is audited and anonymised with the case.
/// </summary>
// One host for the class: each test works on a case of its own.
public sealed class RiskAssessmentApiTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app = app;

    [Fact]
    public async Task Officer_RecordsAnAssessmentAndAReassessment_HistoryNewestFirst_WithTheQuestions()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.AsNewStaff("CaseOfficer");

        var first = await (await officer.PostAsJsonAsync($"/api/cases/{reference}/risk-assessments", new { answers = RiskAnswers.Low(("health", "yes")) }, Api.Json)).ReadJson(HttpStatusCode.Created);
        var second = await (await officer.PostAsJsonAsync($"/api/cases/{reference}/risk-assessments", new { answers = RiskAnswers.High() }, Api.Json)).ReadJson(HttpStatusCode.Created);
        var history = await (await officer.GetAsync($"/api/cases/{reference}/risk-assessments")).ReadJson(HttpStatusCode.OK);

        Assert.Equal("Low", first["level"].Str());
        Assert.Equal(1, first["score"]!.GetValue<int>());
        Assert.Equal("High", second["level"].Str());
        Assert.Equal("High", history["current"]!["level"].Str());
        Assert.Equal([second["id"]!.GetValue<long>(), first["id"]!.GetValue<long>()], history["assessments"]!.AsArray().Select(a => a!["id"]!.GetValue<long>()));
        Assert.Equal("built-in-1", history["assessments"]![1]!["questionnaireVersion"].Str());
        Assert.Contains(history["assessments"]![1]!["answers"]!.AsArray(), a => a!["questionId"].Str() == "health" && a["option"].Str() == "Yes");
        Assert.Equal(14, history["questionnaire"]!["questions"]!.AsArray().Count);
        Assert.Equal(20, history["questionnaire"]!["highFrom"]!.GetValue<int>());
    }

    [Fact]
    public async Task TheOfficer_RaisesTheLevel_WithAReason_AndACriticalAnswerMakesItHigh()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.AsNewStaff("CaseOfficer");

        var raised = await (await officer.PostAsJsonAsync($"/api/cases/{reference}/risk-assessments",
            new { answers = RiskAnswers.Low(), raiseTo = "medium", raiseReason = "She is frightened to go out alone." }, Api.Json)).ReadJson(HttpStatusCode.Created);
        var critical = await (await officer.PostAsJsonAsync($"/api/cases/{reference}/risk-assessments",
            new { answers = RiskAnswers.Low(("self-harm", "yes")) }, Api.Json)).ReadJson(HttpStatusCode.Created);

        Assert.Equal("Medium", raised["level"].Str());
        Assert.Equal("Low", raised["computedLevel"].Str());
        Assert.True(raised["raised"]!.GetValue<bool>());
        Assert.Equal("She is frightened to go out alone.", raised["raiseReason"].Str());
        Assert.Equal("High", critical["level"].Str());
        Assert.Equal(3, critical["score"]!.GetValue<int>());
    }

    public static TheoryData<string, string> BadAssessments() => new()
    {
        { """{ "answers": {} }""", "answers.repeat-targeting" },
        { """{ }""", "answers.self-harm" },
        { Body(("hate", "perhaps")), "answers.hate" },
        { Body(("shoe-size", "nine")), "answers.shoe-size" },
        { Body() + "X", "body" },
        { Body(raise: "\"raiseTo\": \"High\""), "raiseReason" },
        { Body(raise: "\"raiseTo\": \"Extreme\", \"raiseReason\": \"Very bad.\""), "raiseTo" },
        { Body(raise: "\"raiseTo\": \"Medium\", \"raiseReason\": \"Lower it.\"", high: true), "raiseTo" },
    };

    [Theory]
    [MemberData(nameof(BadAssessments))]
    public async Task BadInput_IsA400OnTheField_AndStoresNothing(string body, string field)
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.AsNewStaff("CaseOfficer");

        var response = await officer.PostAsync($"/api/cases/{reference}/risk-assessments", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.ReadJson(HttpStatusCode.BadRequest);
        Assert.Contains(field, problem["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal(0, await AssessmentsOn(reference));
    }

    [Fact]
    public async Task PanelMember_SeesOnlyTheCurrentLevelAndWhy_AndCannotRecord()
    {
        var reference = await Cases.WithPanel(_app, "Police");
        var officer = await _app.AsNewStaff("CaseOfficer");
        await (await officer.PostAsJsonAsync($"/api/cases/{reference}/risk-assessments",
            new { answers = RiskAnswers.Low(("threats", "threat-to-life"), ("health", "yes")) }, Api.Json)).ReadJson(HttpStatusCode.Created);
        var police = await _app.AsNewStaff("PanelMember", "Police");

        var seen = await (await police.GetAsync($"/api/cases/{reference}/risk-assessments")).ReadJson(HttpStatusCode.OK);
        var recording = await police.PostAsJsonAsync($"/api/cases/{reference}/risk-assessments", new { answers = RiskAnswers.Low() }, Api.Json);

        Assert.Equal("High", seen["current"]!["level"].Str());
        Assert.Equal(["Have they been threatened, or their home or things damaged? Someone threatened to kill them or a member of their family."], seen["current"]!["reasons"]!.AsArray().Select(r => r.Str()));
        Assert.Empty(seen["assessments"]!.AsArray());
        Assert.Null(seen["questionnaire"]);
        Assert.DoesNotContain("health", seen.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, recording.StatusCode);
        Assert.Equal(1, await AssessmentsOn(reference));
    }

    [Fact]
    public async Task AnUnknownCase_Is404()
    {
        var officer = await _app.AsNewStaff("CaseOfficer");

        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/api/cases/CR-2026-999999/risk-assessments")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.PostAsJsonAsync("/api/cases/CR-2026-999999/risk-assessments", new { answers = RiskAnswers.Low() }, Api.Json)).StatusCode);
    }

    [Fact]
    public async Task AHighRiskAssessment_ShowsOnTheQueueAndTheDashboard()
    {
        var high = (await _app.CreateClient().Submit())["reference"].Str();
        var low = (await _app.CreateClient().Submit())["reference"].Str();
        var notAssessed = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.AsNewStaff("CaseOfficer");
        await (await officer.PostAsJsonAsync($"/api/cases/{high}/risk-assessments", new { answers = RiskAnswers.High() }, Api.Json)).ReadJson(HttpStatusCode.Created);
        await (await officer.PostAsJsonAsync($"/api/cases/{low}/risk-assessments", new { answers = RiskAnswers.Low() }, Api.Json)).ReadJson(HttpStatusCode.Created);

        var queue = await (await officer.GetAsync("/api/cases?pageSize=100")).ReadJson(HttpStatusCode.OK);
        var highOnly = await (await officer.GetAsync("/api/cases?risk=High&pageSize=100")).ReadJson(HttpStatusCode.OK);
        var dashboard = await (await officer.GetAsync("/api/dashboard")).ReadJson(HttpStatusCode.OK);

        var items = queue["items"]!.AsArray().ToDictionary(i => i!["reference"].Str(), i => i!["riskLevel"]?.GetValue<string>());
        Assert.Equal("High", items[high]);
        Assert.Equal("Low", items[low]);
        Assert.Null(items[notAssessed]);
        Assert.Contains(high, highOnly["items"]!.AsArray().Select(i => i!["reference"].Str()));
        Assert.All(highOnly["items"]!.AsArray(), i => Assert.Equal("High", i!["riskLevel"].Str()));
        Assert.Contains(high, dashboard["highRisk"]!.AsArray().Select(h => h!["reference"].Str()));
        Assert.DoesNotContain(low, dashboard["highRisk"]!.AsArray().Select(h => h!["reference"].Str()));
    }

    [Fact]
    public async Task AReassessmentToLow_TakesTheCaseOffTheHighRiskList()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.AsNewStaff("CaseOfficer");
        await (await officer.PostAsJsonAsync($"/api/cases/{reference}/risk-assessments", new { answers = RiskAnswers.High() }, Api.Json)).ReadJson(HttpStatusCode.Created);
        await (await officer.PostAsJsonAsync($"/api/cases/{reference}/risk-assessments", new { answers = RiskAnswers.Low() }, Api.Json)).ReadJson(HttpStatusCode.Created);

        var dashboard = await (await officer.GetAsync("/api/dashboard")).ReadJson(HttpStatusCode.OK);

        Assert.DoesNotContain(reference, dashboard["highRisk"]!.AsArray().Select(h => h!["reference"].Str()));
    }

    [Fact]
    public async Task RecordingAndReading_AreInTheAuditTrail_WithoutTheAnswers()
    {
        var reference = await Cases.WithPanel(_app, "Police");
        var officer = await _app.AsNewStaff("CaseOfficer");
        var recorded = await (await officer.PostAsJsonAsync($"/api/cases/{reference}/risk-assessments",
            new { answers = RiskAnswers.Low(), raiseTo = "High", raiseReason = "Her son was assaulted last week." }, Api.Json)).ReadJson(HttpStatusCode.Created);
        await (await officer.GetAsync($"/api/cases/{reference}/risk-assessments")).ReadJson(HttpStatusCode.OK);
        await (await (await _app.AsNewStaff("PanelMember", "Police")).GetAsync($"/api/cases/{reference}/risk-assessments")).ReadJson(HttpStatusCode.OK);

        var trail = await (await (await _app.AsAdmin()).GetAsync($"/api/admin/audit?reference={reference}")).ReadJson(HttpStatusCode.OK);
        var lines = trail["items"]!.AsArray().Select(i => i!.AsObject()).ToList();

        Assert.Equal(["case.risk-viewed", "case.risk-viewed", "risk.assessed"], lines.Take(3).Select(i => i["action"].Str()));
        Assert.Contains($"assessment={recorded["id"]!.GetValue<long>()}", lines[2]["detail"].Str());
        Assert.DoesNotContain("assaulted", string.Join(' ', lines.Select(l => l["detail"]?.ToString())), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ErasingTheCase_RemovesTheAnswersAndTheReason_AndKeepsTheLevel_AndSubjectAccessShowsThemBefore()
    {
        var admin = await _app.AsAdmin();
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        await (await admin.PostAsJsonAsync($"/api/cases/{reference}/risk-assessments",
            new { answers = RiskAnswers.Low(("health", "yes-worse")), raiseTo = "High", raiseReason = "Lives alone with no heating." }, Api.Json)).ReadJson(HttpStatusCode.Created);

        var export = await (await admin.GetAsync("/api/admin/subject-access?email=alex@example.org")).ReadJson(HttpStatusCode.OK);
        var exported = export["cases"]!.AsArray().Single(c => c!["case"]!["reference"].Str() == reference)!;
        Assert.Equal("Lives alone with no heating.", exported["riskAssessments"]![0]!["raiseReason"].Str());

        await admin.ActOk(reference, "withdraw", new { reason = "Moved away." });
        await (await admin.PostAsJsonAsync($"/api/cases/{reference}/erase", new { reason = "Article 17(1)(a), approved by the DPO." }, Api.Json)).ReadJson(HttpStatusCode.OK);

        var history = await (await admin.GetAsync($"/api/cases/{reference}/risk-assessments")).ReadJson(HttpStatusCode.OK);
        var stored = await _app.QueryDatabaseAsync(db => db.RiskAssessments.Where(r => db.Applications.Any(a => a.Id == r.ApplicationId && a.Reference == reference)).SingleAsync());
        Assert.Equal("High", history["current"]!["level"].Str());
        Assert.Empty(history["assessments"]![0]!["answers"]!.AsArray());
        Assert.Equal("[anonymised]", history["assessments"]![0]!["raiseReason"].Str());
        Assert.Equal("[]", stored.AnswersJson);
        Assert.DoesNotContain("heating", history.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync($"/api/cases/{reference}/risk-assessments", new { answers = RiskAnswers.Low() }, Api.Json)).StatusCode);
    }

    private static string Body(params (string Question, string Option)[] given) => Body(given, null, false);

    private static string Body(string raise, bool high = false) => Body([], raise, high);

    private static string Body((string Question, string Option)[] given, string? raise, bool high)
    {
        var answers = high ? RiskAnswers.High() : RiskAnswers.Low();
        foreach (var (question, option) in given)
        {
            answers[question] = option;
        }

        var json = System.Text.Json.JsonSerializer.Serialize(new { answers });
        return raise is null ? json : json[..^1] + ", " + raise + "}";
    }

    private Task<int> AssessmentsOn(string reference) =>
        _app.QueryDatabaseAsync(db => db.RiskAssessments.CountAsync(r => db.Applications.Any(a => a.Id == r.ApplicationId && a.Reference == reference)));
}
