using System.Net;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests;

/// <summary>One host for the class: none of these tests writes to the database, which one of them checks stays empty.</summary>
public sealed class HostTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app = app;

    [Fact]
    public async Task Health_ReportsHealthy_IncludingTheDatabase()
    {
        var response = await _app.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheContract()
    {
        var document = await (await _app.CreateClient().GetAsync("/openapi/v1.json")).ReadJson(HttpStatusCode.OK);
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();

        foreach (var path in new[]
        {
            "/api/applications", "/api/track/{trackingCode}", "/api/eligibility", "/api/auth/login", "/api/cases", "/api/cases/{reference}",
            "/api/cases/{reference}/start-assessment", "/api/cases/{reference}/threshold-decision", "/api/cases/{reference}/schedule-review",
            "/api/cases/{reference}/record-review", "/api/cases/{reference}/send-outcome", "/api/cases/{reference}/close",
            "/api/cases/{reference}/withdraw", "/api/cases/{reference}/appeal", "/api/cases/{reference}/appeal-decision",
            "/api/deadlines", "/api/admin/users", "/api/cases/{reference}/complaints/{complaintId}/verify", "/api/cases/{reference}/deadlines/{stage}/extend",
            "/api/statistics/annual", "/api/statistics/annual.csv", "/api/statistics/published", "/api/statistics/published.csv",
            "/api/cases/{reference}/assign", "/api/admin/emails", "/api/admin/emails/{id}/retry",
            "/api/agencies", "/api/admin/agencies", "/api/admin/agencies/{id}", "/api/admin/users/{id}", "/api/admin/users/{id}/disable",
            "/api/admin/users/{id}/enable", "/api/admin/audit", "/api/dashboard", "/api/cases/{reference}/panel-responses",
            "/api/cases/{reference}/recommendations/{recommendationId}/status", "/api/cases/{reference}/applicant-consultation",
            "/api/cases/{reference}/link-suggestions", "/api/cases/{reference}/links", "/api/cases/{reference}/links/{otherReference}",
            "/api/auth/forgotten-password", "/api/auth/set-password", "/api/auth/change-password", "/api/admin/users/{id}/password-link",
            "/api/admin/retention/run", "/api/admin/subject-access", "/api/cases/{reference}/erase",
        })
        {
            Assert.Contains(path, paths);
        }

        Assert.NotNull(document["components"]!["securitySchemes"]!["Bearer"]);
    }

    [Fact]
    public async Task ApiReference_IsBrowsable()
    {
        var response = await _app.CreateClient().GetAsync("/scalar/v1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("text/html", response.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task Eligibility_ExplainsEachComplaint_AndStoresNothing()
    {
        var client = _app.CreateClient();
        var body = new
        {
            hateMotivated = false,
            applicationDate = "2026-11-02",
            complaints = new[]
            {
                Api.Complaint("2026-10-02", "2026-10-03", "Police"),
                Api.Complaint("2026-10-02", "2026-10-04", "Council"),
                Api.Complaint("2026-03-01", "2026-04-20", "Police"),
            },
        };

        var verdict = await (await client.PostAsync("/api/eligibility", System.Net.Http.Json.JsonContent.Create(body))).ReadJson(HttpStatusCode.OK);

        Assert.False(verdict["met"]!.GetValue<bool>());
        Assert.Equal(1, verdict["qualifyingIncidents"]!.GetValue<int>());
        Assert.Equal(3, verdict["required"]!.GetValue<int>());
        var complaints = verdict["complaints"]!.AsArray();
        Assert.Equal([true, false, false], complaints.Select(c => c!["counted"]!.GetValue<bool>()));
        Assert.Equal(0, await _app.CountRowsAsync());
    }
}
