using CaseReview.Infrastructure.Persistence;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace CaseReview.IntegrationTests.Persistence;

/// <summary>
/// The model and the migrations of every provider agree, db/ holds the current SQL Server and PostgreSQL scripts, and
/// the PostgreSQL migrations build an empty database both from the app's start and from the script.
/// </summary>
public sealed class MigrationTests
{
    [Fact]
    public void SqliteMigrations_CoverTheWholeModel()
    {
        using var db = new SqliteCaseReviewDbContext(
            new DbContextOptionsBuilder<SqliteCaseReviewDbContext>().UseSqlite("Data Source=:memory:").Options, new OpenGate());

        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no SQLite migration covers. See README: Database migrations.");
    }

    [Fact]
    public void SqlServerMigrations_CoverTheWholeModel()
    {
        using var db = SqlServerContext();

        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no SQL Server migration covers. See README: Database migrations.");
    }

    [Fact]
    public void SqlServerScriptInDbFolder_IsTheIdempotentScriptOfTheCurrentMigrations()
    {
        using var db = SqlServerContext();
        var expected = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var file = Path.Combine(RepositoryRoot(), "db", "sqlserver", "migrate.sql");

        Assert.True(File.Exists(file), $"Missing {file}. See db/README.md to generate it.");
        Assert.True(
            Normalise(expected) == Normalise(File.ReadAllText(file)),
            "db/sqlserver/migrate.sql is out of date. Regenerate it as db/README.md describes.");
    }

    [Fact]
    public void PostgreSqlMigrations_CoverTheWholeModel()
    {
        using var db = PostgreSqlContext("Host=unused;Database=casereview");

        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no PostgreSQL migration covers. See README: Database migrations.");
    }

    [Fact]
    public void PostgreSqlScriptInDbFolder_IsTheIdempotentScriptOfTheCurrentMigrations()
    {
        using var db = PostgreSqlContext("Host=unused;Database=casereview");
        var expected = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var file = Path.Combine(RepositoryRoot(), "db", "postgresql", "migrate.sql");

        Assert.True(File.Exists(file), $"Missing {file}. See db/README.md to generate it.");
        Assert.True(
            Normalise(expected) == Normalise(File.ReadAllText(file)),
            "db/postgresql/migrate.sql is out of date. Regenerate it as db/README.md describes.");
    }

    [PostgreSqlOnlyFact]
    public async Task NewPostgreSqlDatabase_IsCreatedAndMigratedOnStart()
    {
        using var app = new Support.CaseReviewApp { StartsFromMigratedTemplate = false };
        var client = app.CreateClient();

        var applied = await app.QueryDatabaseAsync(async db => (await db.Database.GetAppliedMigrationsAsync()).ToList());
        var pending = await app.QueryDatabaseAsync(async db => (await db.Database.GetPendingMigrationsAsync()).ToList());

        Assert.True(app.QueryDatabaseAsync(db => Task.FromResult(db.Database.IsNpgsql())).Result);
        Assert.Equal(PostgreSqlContext("Host=unused").Database.GetMigrations(), applied);
        Assert.Empty(pending);
        Assert.StartsWith("CR-2026-", (await client.Submit())["reference"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    /// <summary>A DBA who will not let the app change the schema runs db/postgresql/migrate.sql; the app then starts with MigrateOnStartup off.</summary>
    [PostgreSqlOnlyFact]
    public async Task EmptyPostgreSqlDatabase_MigratedByTheScriptInDbFolder_RunsTheApp()
    {
        var cluster = TestSupport.PostgresCluster.Instance;
        var database = "script_" + Guid.NewGuid().ToString("N");
        cluster.CreateDatabase(database);
        try
        {
            await using (var connection = new Npgsql.NpgsqlConnection(cluster.ConnectionString(database)))
            {
                await connection.OpenAsync();
                await using var script = new Npgsql.NpgsqlCommand(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "db", "postgresql", "migrate.sql")), connection);
                await script.ExecuteNonQueryAsync();
                // Run twice, as an idempotent script may be: nothing changes the second time.
                await script.ExecuteNonQueryAsync();
            }

            using var app = new Support.CaseReviewApp
            {
                Settings = { ["Database:MigrateOnStartup"] = "false", ["ConnectionStrings:PostgreSql"] = cluster.ConnectionString(database) },
            };
            var client = app.CreateClient();

            Assert.Empty(await app.QueryDatabaseAsync(async db => (await db.Database.GetPendingMigrationsAsync()).ToList()));
            Assert.StartsWith("CR-2026-", (await client.Submit())["reference"]!.GetValue<string>(), StringComparison.Ordinal);
            var admin = await app.AsAdmin();
            Assert.Equal(System.Net.HttpStatusCode.OK, (await admin.GetAsync("/api/cases")).StatusCode);
        }
        finally
        {
            cluster.DropDatabase(database);
        }
    }

    /// <summary>
    /// Agency names came to ignore case in a later migration: a database holding two names that differ only in case
    /// ("Riverside Homes", "RIVERSIDE HOMES") must still migrate, keeping the first and renaming (and retiring) the other,
    /// instead of stopping the app's start on the new unique index. (Issue 11.)
    /// </summary>
    [SqliteOnlyFact("an existing SQLite database from before agency names ignored case")]
    public async Task AnOldDatabaseWithAgencyNamesDifferingOnlyInCase_Migrates_KeepingTheFirstAndRetiringTheOther()
    {
        var folder = Path.Combine(Path.GetTempPath(), "casereview-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await using (var db = new SqliteCaseReviewDbContext(
                new DbContextOptionsBuilder<SqliteCaseReviewDbContext>().UseSqlite($"Data Source={Path.Combine(folder, "old.db")};Pooling=False").Options, new OpenGate()))
            {
                var migrator = db.GetService<IMigrator>();
                await migrator.MigrateAsync("20261129225310_OutboxEmailDeliveryFollowUp");
                await db.Database.ExecuteSqlRawAsync(
                    "INSERT INTO Agencies (Id, Name, Kind, ContactEmail, Active) VALUES (100, 'Riverside Homes', 'HousingProvider', NULL, 1), (101, 'RIVERSIDE HOMES', 'HousingProvider', NULL, 1)");

                await migrator.MigrateAsync();

                var agencies = await db.Agencies.Where(a => a.Id >= 100).OrderBy(a => a.Id).ToListAsync();
                Assert.Equal(["Riverside Homes", "RIVERSIDE HOMES (duplicate 101)"], agencies.Select(a => a.Name));
                Assert.Equal([true, false], agencies.Select(a => a.Active));
                Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            }
        }
        finally
        {
            TestSupport.TestHosts.DeleteFolder(folder);
        }
    }

    /// <summary>
    /// Recommendations made before they carried the moment of their review take it from the case's history: the n-th
    /// review line for a recommendation of review n (a fresh review after an upheld appeal is the second).
    /// </summary>
    [SqliteOnlyFact("migrates a SQLite file down and up")]
    public async Task RecommendationsMadeBeforeTheyCarriedTheirReviewsMoment_TakeItFromTheHistory_WhenMigrated()
    {
        using var app = new CaseReviewApp();
        var officer = await app.AsAdmin();
        var reference = await Cases.AppealRequested(app, "Police");
        app.Clock.Advance(TimeSpan.FromDays(3));
        await (await app.AsAppealReviewer()).ActOk(reference, "appeal-decision", new { upheld = true, reason = "The housing reports were missed." });
        await officer.ActOk(reference, "schedule-review", new { meetingAt = app.Clock.GetUtcNow().ToString("O"), panel = new[] { new { agency = "Police" } } });
        app.Clock.Advance(TimeSpan.FromDays(2));
        await officer.ActOk(reference, "record-review", new
        {
            findings = "The housing reports change the picture.",
            applicantSummary = "Housing will visit the neighbours.",
            recommendations = new[] { new { action = "Visit", ownerAgency = "Police", dueDate = "2027-03-01" } },
        });
        var (reviews, madeAt) = await app.QueryDatabaseAsync(async db =>
        {
            var history = await db.Applications.Where(a => a.Reference == reference).SelectMany(a => a.History)
                .Where(h => h.Action == "record-review").OrderBy(h => h.OccurredAt).Select(h => h.OccurredAt).ToListAsync();
            var made = await db.Applications.Where(a => a.Reference == reference).SelectMany(a => a.Recommendations)
                .OrderBy(r => r.Review).Select(r => new { r.Review, r.MadeAt }).ToListAsync();
            return (history, made.Select(m => (m.Review, m.MadeAt)).ToList());
        });
        Assert.Equal(2, reviews.Count);
        Assert.Equal([(1, reviews[0]), (2, reviews[1])], madeAt);

        await using (var db = new SqliteCaseReviewDbContext(
            new DbContextOptionsBuilder<SqliteCaseReviewDbContext>().UseSqlite($"Data Source={app.DatabasePath};Pooling=False").Options, new OpenGate()))
        {
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync("20261201030109_StatisticsHistoryIndexes");
            await migrator.MigrateAsync();

            var migrated = await db.Database.SqlQueryRaw<DateTime>("SELECT MadeAt AS Value FROM Recommendations ORDER BY Review").ToListAsync();
            Assert.Equal(reviews, migrated.Select(m => DateTime.SpecifyKind(m, DateTimeKind.Utc)));
        }
    }

    [SqliteOnlyFact("checks the SQLite file and its pragmas")]
    public async Task NewSqliteDatabase_IsCreatedAndMigratedOnStart()
    {
        using var app = new Support.CaseReviewApp { StartsFromMigratedTemplate = false };
        _ = app.CreateClient();

        var applied = await app.QueryDatabaseAsync(async db => (await db.Database.GetAppliedMigrationsAsync()).ToList());
        var pending = await app.QueryDatabaseAsync(async db => (await db.Database.GetPendingMigrationsAsync()).ToList());
        var journal = await app.QueryDatabaseAsync(async db => await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync());
        var synchronous = await app.QueryDatabaseAsync(async db => await db.Database.SqlQueryRaw<int>("PRAGMA synchronous").ToListAsync());

        Assert.NotEmpty(applied);
        Assert.Empty(pending);
        Assert.Equal("wal", journal.Single());
        Assert.Equal(1, synchronous.Single()); // NORMAL
        Assert.True(File.Exists(app.DatabasePath));
    }

    private static SqlServerCaseReviewDbContext SqlServerContext() => new(
        new DbContextOptionsBuilder<SqlServerCaseReviewDbContext>().UseSqlServer("Server=unused;Database=CaseReview;Integrated Security=true").Options, new OpenGate());

    private static PostgreSqlCaseReviewDbContext PostgreSqlContext(string connectionString) => new(
        new DbContextOptionsBuilder<PostgreSqlCaseReviewDbContext>().UseNpgsql(connectionString).Options, new OpenGate());

    private static string Normalise(string sql) => sql.Replace("\r\n", "\n").Trim();

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CaseReview.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (CaseReview.sln).");
    }
}
