using CaseReview.Infrastructure.Persistence;
using CaseReview.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseReview.IntegrationTests.Support;

/// <summary>
/// An empty database of the suite's kind (SQLite, or a database in the PostgreSQL cluster), migrated only up to an
/// older migration, for tests that store rows as they were then and check what a later migration makes of them. Its
/// SQL literals (<see cref="Yes"/>, <see cref="Id"/>, ...) are written the way that database reads them.
/// </summary>
public sealed class OldDatabase : IAsyncDisposable
{
    private readonly Action _cleanUp;

    private OldDatabase(CaseReviewDbContext db, Action cleanUp)
    {
        Db = db;
        _cleanUp = cleanUp;
    }

    public CaseReviewDbContext Db { get; }

    public static string Yes => TestDatabase.IsPostgreSql ? "TRUE" : "1";

    public static string No => TestDatabase.IsPostgreSql ? "FALSE" : "0";

    public static string EmptyTexts => TestDatabase.IsPostgreSql ? "ARRAY[]::text[]" : "'[]'";

    public static string EmptyNumbers => TestDatabase.IsPostgreSql ? "ARRAY[]::integer[]" : "'[]'";

    /// <summary>A database migrated up to and including the migration named <paramref name="lastMigration"/>.</summary>
    public static async Task<OldDatabase> AtAsync(string lastMigration)
    {
        var old = Create();
        await old.Db.GetService<IMigrator>().MigrateAsync(old.Db.Database.GetMigrations().Single(m => m.EndsWith("_" + lastMigration, StringComparison.Ordinal)));
        return old;
    }

    /// <summary>A guid as a SQL literal.</summary>
    public static string Id(string guid) => TestDatabase.IsPostgreSql ? $"'{guid}'::uuid" : $"'{guid}'";

    /// <summary>Texts as a SQL literal of the column type the model gives string lists.</summary>
    public static string Texts(params string[] values) => TestDatabase.IsPostgreSql
        ? "ARRAY[" + string.Join(", ", values.Select(v => $"'{v}'")) + "]"
        : "'[" + string.Join(",", values.Select(v => $"\"{v}\"")) + "]'";

    /// <summary>Runs the remaining migrations, and checks none is left.</summary>
    public async Task MigrateToLatestAsync()
    {
        await Db.GetService<IMigrator>().MigrateAsync();
        Assert.Empty(await Db.Database.GetPendingMigrationsAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        _cleanUp();
    }

    private static OldDatabase Create()
    {
        if (TestDatabase.IsPostgreSql)
        {
            var cluster = PostgresCluster.Instance;
            var database = "old_" + Guid.NewGuid().ToString("N");
            cluster.CreateDatabase(database);
            var db = new PostgreSqlCaseReviewDbContext(
                new DbContextOptionsBuilder<PostgreSqlCaseReviewDbContext>().UseNpgsql(cluster.ConnectionString(database)).Options, new OpenGate());
            return new(db, () => { Npgsql.NpgsqlConnection.ClearAllPools(); cluster.DropDatabase(database); });
        }

        var folder = Path.Combine(Path.GetTempPath(), "casereview-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var sqlite = new SqliteCaseReviewDbContext(
            new DbContextOptionsBuilder<SqliteCaseReviewDbContext>().UseSqlite($"Data Source={Path.Combine(folder, "old.db")};Pooling=False").Options, new OpenGate());
        return new(sqlite, () => TestHosts.DeleteFolder(folder));
    }
}
