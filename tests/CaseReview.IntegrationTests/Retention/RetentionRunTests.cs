using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using CaseReview.IntegrationTests.Statistics;
using CaseReview.IntegrationTests.Support;
using CaseReview.UseCases.Email;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.Retention;

/// <summary>
/// The retention schedule on a real database with the clock moved on: with one year's retention, the cases of
/// <see cref="StraddlingYearCases"/> that ended (A closed, B closed after its threshold was not met, E withdrawn) are
/// anonymised; C (review held) and D (threshold not met, still open) are not; the published figures do not move.
/// </summary>
public sealed class RetentionRunTests : IDisposable
{
    private readonly CaseReviewApp _app = new()
    {
        Settings = { ["Retention:ClosedCaseYears"] = "1", ["Retention:ThresholdNotMetYears"] = "1" },
    };

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task EndedCasesPastTheirDate_AreAnonymised_OpenCasesUntouched_PastFiguresUnchanged_AndTheRunAudited()
    {
        var admin = await _app.AsAdmin();
        var (a, b, c, d, e) = await EndedAndOpenCasesAsync(admin);
        _app.SetClockUtc(2028, 7, 3);
        admin = await _app.AsAdmin(); // a token from 2026 has run out by now
        var figuresBefore = await FiguresAsync(admin);

        var dryRun = await Run(admin, dryRun: true);
        Assert.Contains("Alex Example", await CaseJson(admin, e)); // the dry run changed nothing
        var run = await Run(admin, dryRun: false);

        Assert.Equal([e, a, b], References(dryRun));
        Assert.Equal(dryRun["cases"]!.ToJsonString(), run["cases"]!.ToJsonString());
        Assert.Equal(dryRun["emailBodies"]!.ToJsonString(), run["emailBodies"]!.ToJsonString());
        Assert.True(dryRun["dryRun"]!.GetValue<bool>());
        Assert.False(run["dryRun"]!.GetValue<bool>());
        var rules = run["cases"]!.AsArray().ToDictionary(x => x!["reference"].Str(), x => x!["rule"].Str());
        Assert.Equal("ThresholdNotMetYears", rules[b]);
        Assert.Equal("ClosedCaseYears", rules[a]);
        Assert.Equal("Withdrawn", run["cases"]![0]!["status"].Str());

        foreach (var reference in new[] { a, b, e })
        {
            var json = await CaseJson(admin, reference);
            foreach (var personal in StraddlingYearCases.PersonalData.Concat(["Moved away.", "Not linked.", "Patrols", "The police will patrol", "Closed once the appeal window ended."]))
            {
                Assert.DoesNotContain(personal, json);
            }

            var detail = JsonNode.Parse(json)!;
            Assert.NotNull(detail["anonymisedAt"]);
            Assert.Equal("[anonymised]", detail["applicant"]!["name"].Str());
            // The district kept is the victim's: b was made by a third party, so it is on the victim, not the applicant.
            Assert.Equal(reference == b ? "B97" : "B98", detail[reference == b ? "victim" : "applicant"]!["postcode"].Str());
        }

        foreach (var reference in new[] { c, d })
        {
            var detail = JsonNode.Parse(await CaseJson(admin, reference))!;
            Assert.Null(detail["anonymisedAt"]);
            Assert.Equal("Alex Example", detail["applicant"]!["name"].Str());
            Assert.Equal("alex@example.org", detail["applicant"]!["email"].Str());
        }

        Assert.Equal(figuresBefore, await FiguresAsync(admin));

        // The emails of the anonymised cases keep their row, template and dates, not their text or the applicant's address.
        var emails = await _app.QueryDatabaseAsync(db => db.OutboxEmails.AsNoTracking().ToListAsync());
        Assert.All(emails.Where(x => x.CaseReference == a || x.CaseReference == e), x =>
        {
            Assert.Equal(OutboxEmail.BodyRemoved, x.TextBody);
            Assert.Equal(OutboxEmail.BodyRemoved, x.HtmlBody);
            Assert.NotEqual("alex@example.org", x.Recipient);
            Assert.NotEqual("alex@example.org", x.RecipientKey);
        });
        Assert.Contains(emails, x => x.CaseReference == c && x.Recipient == "alex@example.org" && x.TextBody != OutboxEmail.BodyRemoved);

        var audit = (await (await admin.GetAsync("/api/admin/audit?pageSize=100")).ReadJson(HttpStatusCode.OK))["items"]!.AsArray();
        Assert.Contains(audit, x => x!["action"].Str() == "retention.dry-run" && x["detail"].Str().StartsWith("cases 3,", StringComparison.Ordinal));
        Assert.Contains(audit, x => x!["action"].Str() == "retention.run" && x["detail"].Str().StartsWith("cases 3,", StringComparison.Ordinal));
        Assert.Equal([a, b, e], audit.Where(x => x!["action"].Str() == "case.anonymised").Select(x => x!["caseReference"].Str()).Order().ToArray());
    }

    [Fact]
    public async Task RunningTwice_ChangesNothingTheSecondTime()
    {
        var admin = await _app.AsAdmin();
        var (a, _, _, _, e) = await EndedAndOpenCasesAsync(admin);
        _app.SetClockUtc(2028, 7, 3);
        admin = await _app.AsAdmin(); // a token from 2026 has run out by now
        await Run(admin, dryRun: false);
        var afterFirst = await CaseJson(admin, a);
        var rowsAfterFirst = await _app.CountRowsAsync();

        var second = await Run(admin, dryRun: false);

        Assert.Empty(second["cases"]!.AsArray());
        Assert.Empty(second["emailBodies"]!.AsArray());
        Assert.Equal(0, second["expiredDrafts"]!.GetValue<int>());
        Assert.Equal(0, second["idempotencyRecords"]!.GetValue<int>());
        Assert.Equal(afterFirst, await CaseJson(admin, a));
        Assert.Equal(rowsAfterFirst, await _app.CountRowsAsync());
        Assert.Empty((await Run(admin, dryRun: true))["cases"]!.AsArray());
        Assert.Contains("[anonymised]", await CaseJson(admin, e));
    }

    [Fact]
    public async Task BeforeTheirDate_EndedCasesAreKept()
    {
        var admin = await _app.AsAdmin();
        var (_, _, _, _, e) = await EndedAndOpenCasesAsync(admin);
        _app.SetClockUtc(2028, 4, 5); // E was withdrawn on 6 April 2027: one year is not over yet
        admin = await _app.AsAdmin(); // a token from 2026 has run out by now

        var run = await Run(admin, dryRun: false);

        Assert.Empty(run["cases"]!.AsArray());
        Assert.Contains("Alex Example", await CaseJson(admin, e));
    }

    [Fact]
    public async Task AnAnonymisedCase_SaysSoOnItsStaffPage()
    {
        var admin = await _app.AsAdmin();
        var (a, _, c, _, _) = await EndedAndOpenCasesAsync(admin);
        _app.SetClockUtc(2028, 7, 3);
        admin = await _app.AsAdmin(); // a token from 2026 has run out by now
        await Run(admin, dryRun: false);
        var browser = await _app.SignedInBrowserAsync("Administrator");

        var anonymised = await new HtmlParser().ParseDocumentAsync(await (await browser.GetAsync($"/staff/cases/{a}")).Content.ReadAsStringAsync());
        var open = await new HtmlParser().ParseDocumentAsync(await (await browser.GetAsync($"/staff/cases/{c}")).Content.ReadAsStringAsync());

        Assert.Contains("Anonymised on 3 July 2028", anonymised.QuerySelector("#anonymised")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Alex Example", anonymised.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Personal data removed (retention schedule)", anonymised.QuerySelector("#history .moj-timeline__title")!.TextContent);
        Assert.Null(open.QuerySelector("#anonymised"));
        Assert.Contains("Alex Example", open.QuerySelector("#application")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>
    /// <see cref="StraddlingYearCases"/>, then A's outcome sent and A and B closed once their appeal windows ended (1 June
    /// 2027). Ended: A and B (closed), E (withdrawn 6 April 2027). Open: C (review held), D (threshold not met).
    /// </summary>
    private async Task<(string A, string B, string C, string D, string E)> EndedAndOpenCasesAsync(HttpClient admin)
    {
        await StraddlingYearCases.SeedAsync(_app, admin);
        var cases = await _app.QueryDatabaseAsync(db => db.Applications.OrderBy(x => x.Reference).Select(x => x.Reference).ToArrayAsync());
        // Seeded in this order: A, B, C, then E (31 March), then D (1 April).
        var (a, b, c, e, d) = (cases[0], cases[1], cases[2], cases[3], cases[4]);
        await admin.ActOk(a, "send-outcome");
        _app.SetClockUtc(2027, 6, 1);
        await admin.ActOk(a, "close", new { reason = "Closed once the appeal window ended." });
        await admin.ActOk(b, "close", new { reason = "Closed once the appeal window ended." });
        return (a, b, c, d, e);
    }

    private static async Task<JsonObject> Run(HttpClient admin, bool dryRun) =>
        await (await admin.PostAsync($"/api/admin/retention/run{(dryRun ? "?dryRun=true" : string.Empty)}", null)).ReadJson(HttpStatusCode.OK);

    private static string[] References(JsonObject report) => [.. report["cases"]!.AsArray().Select(x => x!["reference"].Str())];

    private static async Task<string> CaseJson(HttpClient admin, string reference)
    {
        var response = await admin.GetAsync($"/api/cases/{reference}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Every past year's figures as the statistics API answers them, byte for byte.</summary>
    private static async Task<string> FiguresAsync(HttpClient admin)
    {
        var figures = new List<string>();
        foreach (var path in new[] { "/api/statistics/annual?year=2026", "/api/statistics/annual?year=2027", "/api/statistics/published", "/api/statistics/annual.csv?year=2026" })
        {
            var response = await admin.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            figures.Add(await response.Content.ReadAsStringAsync());
        }

        return string.Join("\n", figures);
    }
}
