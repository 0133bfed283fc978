using System.Net;
using System.Net.Http.Json;
using CaseReview.IntegrationTests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.Persistence;

/// <summary>
/// While the database cannot take a write, a request answers 503 with a Retry-After and stores nothing, and the next
/// request after it is free again succeeds (issue 13). On PostgreSQL the two-instance fault run stops the server
/// itself; here another program holds SQLite's write lock past the busy time-out.
/// </summary>
public sealed class DatabaseUnavailableTests
{
    [SqliteOnlyFact("holds the SQLite file's write lock from another connection")]
    public async Task AWriteWhileAnotherProgramHoldsTheDatabase_Is503WithRetryAfter_AndStoresNothing_ThenSucceeds()
    {
        using var app = new CaseReviewApp();
        var client = app.CreateClient();
        await client.Submit();
        var before = await app.CountRowsAsync();

        HttpResponseMessage refused;
        await using (var other = new SqliteConnection($"Data Source={app.DatabasePath};Pooling=False"))
        {
            await other.OpenAsync();
            await using var hold = other.CreateCommand();
            hold.CommandText = "BEGIN IMMEDIATE;";
            await hold.ExecuteNonQueryAsync();

            refused = await client.PostAsJsonAsync("/api/applications", Api.Application(), Api.Json);

            hold.CommandText = "ROLLBACK;";
            await hold.ExecuteNonQueryAsync();
        }

        var problem = await refused.ReadJson(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("5", refused.Headers.GetValues("Retry-After").Single());
        Assert.Contains("Nothing was stored", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("Sqlite", problem.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await app.CountRowsAsync());

        await client.Submit();
        Assert.Equal(2, await app.QueryDatabaseAsync(db => db.Applications.CountAsync()));
    }
}
