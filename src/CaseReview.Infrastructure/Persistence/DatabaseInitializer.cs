using CaseReview.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.Infrastructure.Persistence;

/// <summary>Brings the database up to date on start and seeds the roles and the first administrator.</summary>
public sealed class DatabaseInitializer(CaseReviewDbContext db, DatabaseSettings settings, StaffAccountSeeder seeder)
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
        }

        await seeder.SeedAsync();
    }
}
