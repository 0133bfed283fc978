using System.Net;
using System.Text.Json.Nodes;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Operations;

/// <summary>
/// The load balancer's two questions: is the process alive (<c>/health/live</c>), and should it get traffic
/// (<c>/health/ready</c>: the database decides; a mail server that is down only degrades it, since the outbox keeps
/// the emails). The answers name each check and its status, and nothing else: no error text, host or address.
/// </summary>
public sealed class HealthEndpointTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app = app;

    [Fact]
    public async Task Live_IsHealthy_WithoutCheckingAnything()
    {
        var response = await _app.CreateClient().GetAsync("/health/live");

        var body = await response.ReadJson(HttpStatusCode.OK);
        Assert.Equal("Healthy", body["status"].Str());
        Assert.Empty(body["checks"]!.AsObject());
    }

    [Fact]
    public async Task Ready_WithTheDatabaseUp_AndNoMailServer_IsDegraded_AndStillReady()
    {
        // The test host's mail server is port 9, where nothing listens.
        var response = await _app.CreateClient().GetAsync("/health/ready");

        var text = await response.Content.ReadAsStringAsync();
        var body = await response.ReadJson(HttpStatusCode.OK);
        Assert.Equal("Degraded", body["status"].Str());
        Assert.Equal("Healthy", body["checks"]!["database"].Str());
        Assert.Equal("Degraded", body["checks"]!["smtp"].Str());
        Assert.StartsWith("application/json", response.Content.Headers.ContentType!.ToString());
        AssertSaysNothingMore(text);
    }

    [Fact]
    public async Task Health_KeepsItsPlainAnswer_TheAppAndItsDatabase()
    {
        var response = await _app.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_WithTheMailServerUp_IsHealthy()
    {
        using var sink = SmtpSink.Started();
        using var app = EmailSteps.WithSmtp(sink);

        var body = await (await app.CreateClient().GetAsync("/health/ready")).ReadJson(HttpStatusCode.OK);

        Assert.Equal("Healthy", body["status"].Str());
        Assert.Equal("Healthy", body["checks"]!["database"].Str());
        Assert.Equal("Healthy", body["checks"]!["smtp"].Str());
    }

    [SqliteOnlyFact("the outage moves the SQLite file away; on PostgreSQL the two-instance fault run stops the server")]
    public async Task Ready_WhenTheDatabaseIsUnreachable_Answers503_WhileLiveStaysHealthy_AndRecovers()
    {
        using var app = new CaseReviewApp();
        var client = app.CreateClient();
        await (await client.GetAsync("/health/ready")).ReadJson(HttpStatusCode.OK);
        using (DatabaseOutage.Of(app))
        {
            var response = await client.GetAsync("/health/ready");
            var text = await response.Content.ReadAsStringAsync();
            var body = await response.ReadJson(HttpStatusCode.ServiceUnavailable);
            Assert.Equal("Unhealthy", body["status"].Str());
            Assert.Equal("Unhealthy", body["checks"]!["database"].Str());
            Assert.Equal("Degraded", body["checks"]!["smtp"].Str());
            AssertSaysNothingMore(text);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    /// <summary>Only the names and statuses: no exception text, no host, port, path or connection string.</summary>
    private static void AssertSaysNothingMore(string text)
    {
        var body = JsonNode.Parse(text)!.AsObject();
        Assert.Equal(["status", "checks"], body.Select(p => p.Key));
        Assert.All(body["checks"]!.AsObject(), c => Assert.Contains(c.Value!.GetValue<string>(), new[] { "Healthy", "Degraded", "Unhealthy" }));
        foreach (var word in new[] { "exception", "error", "refused", "localhost", "127.0.0.1", ":9", "casereview.db", "Data Source", "description" })
        {
            Assert.DoesNotContain(word, text, StringComparison.OrdinalIgnoreCase);
        }
    }
}
