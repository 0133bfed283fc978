using System.Data.Common;
using System.Diagnostics;
using CaseReview.IntegrationTests.Support;
using CaseReview.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Npgsql;
using Xunit.Abstractions;

namespace CaseReview.IntegrationTests.Security.HostileInput;

/// <summary>
/// The hostile-input suite (security issue): against the real host, several thousand generated requests to every
/// route in the route table, anonymous and as each role: malformed JSON, wrong types, huge strings and arrays,
/// control characters and CR/LF in every field, path traversal, unknown enum values, negative and overflowing
/// numbers, missing and doubled headers. No answer may be a 5xx; a refused request (4xx) may change no table
/// (beyond <see cref="RefusedRequestChanges"/>); no log message at any level may hold the personal data sent.
/// Deterministic (fixed seed), bounded in count (caps per route and caller) and time, in-process (no network).
/// </summary>
public sealed class HostileInputTests(HostileWorld world, ITestOutputHelper output) : IClassFixture<HostileWorld>
{
    private const int Seed = 20261102;
    private const int MinimumPerRoute = 10;
    /// <summary>A bound, not a target: alone on two loaded cores the suite takes about two minutes, beside the rest of the project about five.</summary>
    private static readonly TimeSpan TimeLimit = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task EveryRoute_AsEveryCaller_AnswersHostileInputWithoutServerErrors_ChangesNothingWhenRefused_AndLogsNoPersonalData()
    {
        var random = new Random(Seed);
        var table = Routes.Table(world);
        var clock = Stopwatch.StartNew();
        world.Changes.Reset();

        foreach (var (endpoint, method, isPage) in table)
        {
            Assert.True(clock.Elapsed < TimeLimit, $"The suite took longer than {TimeLimit.TotalMinutes} minutes; stopped at {method} {Routes.Pattern(endpoint)}.\n{world.Report.Summary(clock.Elapsed, table.Count, world.Logs.MessageCount, world.Logs.LeakCount)}");
            if (isPage)
            {
                if (method == "GET")
                {
                    foreach (var caller in Enum.GetValues<HostileCaller>())
                    {
                        await PageRequests.RunAsync(world, endpoint, caller, random);
                    }
                }

                continue;
            }

            foreach (var request in ApiRequests.For(world, endpoint, method, random))
            {
                await world.SendAsync(request, world.Bare.SendAsync);
            }
        }

        var report = world.Report;
        var summary = report.Summary(clock.Elapsed, table.Count, world.Logs.MessageCount, world.Logs.LeakCount);
        output.WriteLine(summary);
        var failures = new List<string>();
        if (report.ServerErrors > 0)
        {
            failures.Add($"{report.ServerErrors} answers were 5xx:\n{string.Join('\n', report.ServerErrorDetails)}");
        }

        if (report.TablesChanged > 0)
        {
            failures.Add($"{report.TablesChanged} refused requests changed a table:\n{string.Join('\n', report.TableChangeDetails)}");
        }

        if (world.Logs.LeakCount > 0)
        {
            failures.Add($"{world.Logs.LeakCount} log messages held personal data:\n{string.Join('\n', world.Logs.Leaks)}");
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures) + "\n\n" + summary);
        var missed = table.Select(r => Routes.Key(r.Endpoint, r.Method)).Where(key => report.ByRoute.GetValueOrDefault(key) < MinimumPerRoute).ToList();
        Assert.True(missed.Count == 0, $"Routes sent fewer than {MinimumPerRoute} requests: {string.Join(", ", missed.Select(m => $"{m} ({report.ByRoute.GetValueOrDefault(m)})"))}");
        Assert.InRange(report.Total, 3_000, 20_000);
    }

    /// <summary>The suite's checks would fail if they should: a change to a table is noticed, an allowed one is told apart, a planted value in a log line is caught.</summary>
    [Fact]
    public async Task TheChecks_NoticeAChangedTable_AndPersonalDataInALogMessage()
    {
        world.Changes.Reset();
        Assert.Empty(world.Changes.Since());

        // Another connection (as the app's) commits a line the exception list does not allow, then one it does.
        await using (var other = OtherConnection())
        {
            await other.OpenAsync();
            await using var insert = other.CreateCommand();
            const string Columns = "INSERT INTO \"AuditEntries\" (\"OccurredAt\", \"ActorId\", \"ActorName\", \"Action\", \"CaseReference\", \"Detail\", \"IpAddress\")";
            insert.CommandText = $"{Columns} VALUES ('2026-11-02 09:00:00', 'x', 'x', 'agency.changed', NULL, NULL, NULL)";
            await insert.ExecuteNonQueryAsync();
            var notAllowed = world.Changes.Since();
            Assert.Single(notAllowed);
            Assert.NotEmpty(RefusedRequestChanges.Unexplained(notAllowed, world.Changes));

            insert.CommandText = $"{Columns} VALUES ('2026-11-02 09:00:00', 'anonymous', 'anonymous', 'auth.login-failed', NULL, NULL, '127.0.0.1')";
            await insert.ExecuteNonQueryAsync();
            Assert.Empty(RefusedRequestChanges.Unexplained(world.Changes.Since(), world.Changes));

            insert.CommandText = $"{Columns} VALUES ('2026-11-02 09:00:00', 'anonymous', '{HostileValues.Emails[0]}', 'auth.login-failed', NULL, NULL, NULL)";
            await insert.ExecuteNonQueryAsync();
            Assert.NotEmpty(RefusedRequestChanges.Unexplained(world.Changes.Since(), world.Changes));

            // A transaction rolled back leaves nothing to see.
            await using var transaction = await other.BeginTransactionAsync();
            insert.Transaction = transaction;
            insert.CommandText = "UPDATE \"Agencies\" SET \"Active\" = (1 = 0)";
            await insert.ExecuteNonQueryAsync();
            await transaction.RollbackAsync();
            Assert.Empty(world.Changes.Since());
        }

        // The app's own connection: an update of one row of a table is noticed as that.
        await world.App.QueryDatabaseAsync(async db =>
        {
            var agency = db.Agencies.Single(a => a.Name == "Hostile Input Housing");
            db.Entry(agency).Property(a => a.ContactEmail).CurrentValue = "self-check@housing.example";
            return await db.SaveChangesAsync();
        });
        Assert.Contains(world.Changes.Since(), c => c is { Table: "Agencies", Kind: "UPDATE" });

        // Log messages: a planted value is caught at any level, in a message or in an exception; a clean one is not.
        using var logs = new LogCapture(HostileValues.Watched);
        var logger = logs.CreateLogger("SelfCheck");
        logger.LogTrace("Nothing personal in case {Reference}", "CR-2026-00001");
        Assert.Equal(0, logs.LeakCount);
        logger.LogTrace("Applicant {Email}", HostileValues.Emails[1].ToUpperInvariant());
        logger.LogWarning(new InvalidOperationException("phone " + HostileValues.Phones[0].Replace(" ", string.Empty, StringComparison.Ordinal)), "Failed");
        logger.LogError("Postcode {Postcode}", HostileValues.Postcodes[1]);
        Assert.Equal(3, logs.LeakCount);

        // The host's capture hears every level, not only what the settings let through.
        await world.App.CreateClient().GetAsync("/api/statistics/published");
        Assert.True(world.Logs.CountsByLevel.GetValueOrDefault(LogLevel.Debug) > 0, "The host's log capture heard no Debug messages.");
    }

    private DbConnection OtherConnection() => TestDatabase.IsPostgreSql
        ? new NpgsqlConnection(PostgresCluster.Instance.ConnectionString(world.App.PostgreSqlDatabase))
        : new SqliteConnection($"Data Source={world.App.DatabasePath};Pooling=False");
}
