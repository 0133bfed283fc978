using System.Net;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.Errors;

/// <summary>Every view and change of a case is in the audit trail, by reference and never with the personal data itself.</summary>
// One host for the class. The test that locks the administrator's account starts one of its own.
public sealed class AuditTrailTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app = app;

    [Fact]
    public async Task ViewsAndChanges_AreAudited_WithActorTimeAndAddress()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.AsNewStaff("CaseOfficer");
        await officer.GetAsync($"/api/cases/{reference}");
        await officer.ActOk(reference, "start-assessment");
        await officer.GetAsync("/api/cases");

        var entries = await _app.QueryDatabaseAsync(db => db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync());

        Assert.Equal(
            ["application.submitted", "case.viewed", "case.start-assessment"],
            entries.Where(e => e.CaseReference == reference).Select(e => e.Action));
        Assert.Contains(entries, e => e.Action == "cases.listed");
        Assert.Contains(entries, e => e.Action == "auth.login");
        Assert.All(entries.Where(e => e.Action.StartsWith("case.", StringComparison.Ordinal)), e =>
        {
            Assert.StartsWith("caseofficer-", e.ActorName);
            Assert.Equal(_app.Clock.GetUtcNow().UtcDateTime, e.OccurredAt);
        });
        var everything = string.Join("|", entries.Select(e => $"{e.Detail}{e.ActorName}{e.CaseReference}"));
        Assert.DoesNotContain("Alex", everything);
        Assert.DoesNotContain("alex@example.org", everything);
        Assert.DoesNotContain("Elm Close", everything);
    }

    [Fact]
    public async Task FailedSignIn_IsAudited_WithoutTheEmailTyped()
    {
        var client = _app.CreateClient();
        await client.PostAsync("/api/auth/login", System.Net.Http.Json.JsonContent.Create(new { email = "someone@example.org", password = "wrong password!" }));

        var entries = await _app.QueryDatabaseAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Action == "auth.login-failed").ToListAsync());

        var entry = Assert.Single(entries);
        Assert.DoesNotContain("someone@example.org", $"{entry.ActorName}{entry.Detail}");
    }

    [Fact]
    public async Task RepeatedWrongPasswords_LockTheAccount()
    {
        using var app = new CaseReviewApp();
        var client = app.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsync("/api/auth/login", System.Net.Http.Json.JsonContent.Create(new { email = CaseReviewApp.AdminEmail, password = "wrong password!" }));
        }

        var right = await client.PostAsync("/api/auth/login", System.Net.Http.Json.JsonContent.Create(new { email = CaseReviewApp.AdminEmail, password = CaseReviewApp.AdminPassword }));

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
    }
}
