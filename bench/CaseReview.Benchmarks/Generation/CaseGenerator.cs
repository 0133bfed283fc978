using System.Diagnostics;
using CaseReview.Domain.Agencies;
using CaseReview.Domain.Applications;
using CaseReview.Domain.Deadlines;
using CaseReview.Infrastructure.Calendar;
using CaseReview.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.Benchmarks.Generation;

/// <summary>
/// Fills a SQLite database with <c>count</c> realistic cases received over the years before <c>until</c>: every status,
/// complaints, deadlines and history as the domain's own workflow writes them, recommendations and their agencies,
/// links between cases at one address, notes, emails and reminders. Cases are walked through the aggregate (so every
/// row is one the app could have written) and saved in batches with change detection off; the same seed gives the
/// same database, ids and tracking codes included.
/// </summary>
public sealed class CaseGenerator(string databasePath, int count, int seed, DateTime until)
{
    private const int BatchSize = 2000;
    private static readonly DateTime Since = new(2019, 4, 1, 9, 0, 0, DateTimeKind.Utc);

    private readonly Random _random = new(seed);
    private readonly DeadlinePlanner _planner = new(BankHolidays.Load(null), new Timescales());

    public async Task<TimeSpan> RunAsync(CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var options = new DbContextOptionsBuilder<SqliteCaseReviewDbContext>().UseSqlite($"Data Source={databasePath}").Options;
        await using (var db = new SqliteCaseReviewDbContext(options, new OpenGate()))
        {
            await db.Database.MigrateAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        AgencyRegister agencies;
        await using (var db = new SqliteCaseReviewDbContext(options, new OpenGate()))
        {
            agencies = new AgencyRegister(await db.Agencies.AsNoTracking().ToListAsync(cancellationToken));
        }

        var span = until - Since;
        var saving = new Stopwatch();
        for (var done = 0; done < count; done += BatchSize)
        {
            var size = Math.Min(BatchSize, count - done);
            await using var db = new SqliteCaseReviewDbContext(options, new OpenGate());
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=OFF;", cancellationToken);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            CaseApplication? previous = null;
            for (var i = 0; i < size; i++)
            {
                // Spread evenly over the years, in order of arrival, so references count up within each year.
                var receivedAt = Since + (span * ((done + i) / (double)count));
                var plan = new CasePlan(_random, _planner, agencies, receivedAt, until, done + i + 1);
                var built = plan.Build(previous);
                db.Applications.Add(built.Case);
                db.CaseNotes.AddRange(built.Notes);
                db.OutboxEmails.AddRange(built.Emails);
                db.SentReminders.AddRange(built.Reminders);
                previous = built.Case;
            }

            saving.Start();
            await db.SaveChangesAsync(cancellationToken);
            saving.Stop();
            if ((done / BatchSize) % 5 == 4)
            {
                Console.WriteLine($"  {done + size:N0} cases written in {watch.Elapsed.TotalSeconds:F0} s ({saving.Elapsed.TotalSeconds:F0} s saving)");
            }
        }

        return watch.Elapsed;
    }
}
