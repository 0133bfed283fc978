using CaseReview.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CaseReview.Infrastructure.Persistence;

/// <summary>Brings the database up to date on start and seeds the roles and the first administrator.</summary>
public sealed class DatabaseInitializer(CaseReviewDbContext db, DatabaseSettings settings, StaffAccountSeeder seeder, ILogger<DatabaseInitializer> logger)
{
    public async Task InitialiseAsync(CancellationToken cancellationToken = default)
    {
        if (settings.MigrateOnStartup)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers carry on while a write is under way; it is a property of the file, set once.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            if (await SqliteSearchIndex.EnsureAsync(db.Database, cancellationToken))
            {
                logger.LogInformation("Search index built from the cases in {Seconds:F1} s", System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
            }
        }

        await seeder.SeedAsync();
    }
}
