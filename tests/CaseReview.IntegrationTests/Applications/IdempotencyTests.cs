using System.Net;
using System.Net.Http.Json;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.Applications;

public sealed class IdempotencyTests : IDisposable
{
    private readonly CaseReviewApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task SameSubmissionTwiceWithOneKey_CreatesOneApplication()
    {
        var client = _app.CreateClient();

        var first = await client.Submit(idempotencyKey: "form-7f3a");
        var second = await client.Submit(idempotencyKey: "form-7f3a");

        Assert.Equal(first["reference"].Str(), second["reference"].Str());
        Assert.Equal(first["trackingCode"].Str(), second["trackingCode"].Str());
        Assert.Equal(1, await _app.QueryDatabaseAsync(db => db.Applications.CountAsync()));
    }

    [Fact]
    public async Task ConcurrentRetriesWithOneKey_CreateOneApplication()
    {
        var client = _app.CreateClient();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.Submit(idempotencyKey: "double-click")));

        Assert.Single(results.Select(r => r["reference"].Str()).Distinct());
        Assert.Equal(1, await _app.QueryDatabaseAsync(db => db.Applications.CountAsync()));
    }

    [Fact]
    public async Task KeyReusedForADifferentApplication_Is409()
    {
        var client = _app.CreateClient();
        await client.Submit(idempotencyKey: "reused");

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/applications")
        {
            Content = JsonContent.Create(Api.Application(Api.Complaint("2026-10-02", "2026-10-03", "Council")), options: Api.Json),
        };
        request.Headers.Add("Idempotency-Key", "reused");
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(1, await _app.QueryDatabaseAsync(db => db.Applications.CountAsync()));
    }

    [Fact]
    public async Task OverlongKey_Is400_OnTheKey()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/applications") { Content = JsonContent.Create(Api.Application(), options: Api.Json) };
        request.Headers.Add("Idempotency-Key", new string('k', 101));

        var problem = await (await _app.CreateClient().SendAsync(request)).ReadJson(HttpStatusCode.BadRequest);

        Assert.Contains("idempotencyKey", problem["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task WithoutAKey_EachSubmissionIsANewApplication()
    {
        var client = _app.CreateClient();
        await client.Submit();
        await client.Submit();

        Assert.Equal(2, await _app.QueryDatabaseAsync(db => db.Applications.CountAsync()));
    }
}
