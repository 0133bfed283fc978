using CaseReview.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace CaseReview.IntegrationTests.Persistence;

/// <summary>The model and the migrations of both providers agree, and db/ holds the current SQL Server script.</summary>
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
