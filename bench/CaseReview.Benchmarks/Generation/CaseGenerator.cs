using System.Diagnostics;
using CaseReview.Domain.Agencies;
using CaseReview.Domain.Applications;
using CaseReview.Domain.Deadlines;
using CaseReview.Domain.Notes;
using CaseReview.Infrastructure.Calendar;
using CaseReview.Infrastructure.Persistence;
using CaseReview.UseCases.Email;
using CaseReview.UseCases.Reminders;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.Benchmarks.Generation;

/// <summary>
/// Fills a database (a SQLite file, or an empty PostgreSQL database) with <c>count</c> realistic cases received over
/// the years before <c>until</c>: every status, complaints, deadlines and history as the domain's own workflow writes
/// them, recommendations and their agencies, links between cases at one address, notes, emails and reminders. Cases
/// are walked through the aggregate (so every row is one the app could have written), a batch at a time on one
/// thread, while another turns the previous batch into rows through EF Core's model (<see cref="AggregateRows"/>)
/// and bulk-writes them. The same seed gives the same database, ids and tracking codes included: one random
/// sequence, drawn in order, and keys numbered in the order rows are written.
/// </summary>
public sealed class CaseGenerator(DatabaseProvider provider, string connection, int count, int seed, DateTime until)
{
    private const int BatchSize = 2000;
    private static readonly DateTime Since = new(2019, 4, 1, 9, 0, 0, DateTimeKind.Utc);

    private readonly Random _random = new(seed);
    private readonly DeadlinePlanner _planner = new(BankHolidays.Load(null), new Timescales());

    public async Task<TimeSpan> RunAsync(CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        AgencyRegister agencies;
        AggregateRows rows;
        await using (var db = Context())
        {
            await db.Database.MigrateAsync(cancellationToken);
            agencies = new AgencyRegister(await db.Agencies.AsNoTracking().ToListAsync(cancellationToken));
            rows = new AggregateRows(db.Model, [typeof(CaseApplication), typeof(CaseNote), typeof(OutboxEmail), typeof(SentReminder)]);
        }

        await using IBulkTarget target = provider == DatabaseProvider.PostgreSql ? new PostgreSqlBulkTarget(connection) : new SqliteBulkTarget(connection);
        await target.PrepareAsync(rows, cancellationToken);

        // Building (the domain's workflow, then the rows through the model) and writing take about as long as each
        // other: each has a core. The builder is the only one to draw from the random sequence, in order.
        var batches = System.Threading.Channels.Channel.CreateBounded<(int Cases, IReadOnlyList<(TableRows Table, List<object?[]> Rows)> Rows)>(
            new System.Threading.Channels.BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        var building = new Stopwatch();
        var build = Task.Run(
            async () =>
            {
                try
                {
                    for (var done = 0; done < count; done += BatchSize)
                    {
                        building.Start();
                        var size = Math.Min(BatchSize, count - done);
                        foreach (var built in Build(done, size, agencies))
                        {
                            rows.Add(built.Case);
                            foreach (var other in built.Notes.Concat<object>(built.Emails).Concat(built.Reminders))
                            {
                                rows.Add(other);
                            }
                        }

                        var batch = rows.Take();
                        building.Stop();
                        await batches.Writer.WriteAsync((size, batch), cancellationToken);
                    }

                    batches.Writer.Complete();
                }
                catch (Exception e)
                {
                    batches.Writer.Complete(e);
                }
            },
            cancellationToken);

        var writing = new Stopwatch();
        var written = 0;
        await foreach (var (cases, batch) in batches.Reader.ReadAllAsync(cancellationToken))
        {
            writing.Start();
            await target.WriteAsync(batch, cancellationToken);
            writing.Stop();
            written += cases;
            if (written % (BatchSize * 25) == 0 || written == count)
            {
                Console.WriteLine($"  {written:N0} cases written in {watch.Elapsed.TotalSeconds:F0} s (busy building {building.Elapsed.TotalSeconds:F0} s, writing {writing.Elapsed.TotalSeconds:F0} s)");
            }
        }

        await build;
        var indexing = Stopwatch.StartNew();
        await target.FinishAsync(rows, cancellationToken);
        if (provider == DatabaseProvider.Sqlite)
        {
            // As the app would at its first start; the benchmark starts it on a fresh copy of the file each time.
            await using var db = Context();
            await SqliteSearchIndex.EnsureAsync(db.Database, cancellationToken);
        }

        Console.WriteLine($"  indexes built in {indexing.Elapsed.TotalSeconds:F0} s; {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:F0} s of CPU in all");
        return watch.Elapsed;
    }

    private List<BuiltCase> Build(int done, int size, AgencyRegister agencies)
    {
        var span = until - Since;
        var batch = new List<BuiltCase>(size);
        CaseApplication? previous = null;
        for (var i = 0; i < size; i++)
        {
            // Spread evenly over the years, in order of arrival, so references count up within each year.
            var receivedAt = Since + (span * ((done + i) / (double)count));
            var plan = new CasePlan(_random, _planner, agencies, receivedAt, until, done + i + 1);
            var built = plan.Build(previous);
            batch.Add(built);
            previous = built.Case;
        }

        return batch;
    }

    private CaseReviewDbContext Context() => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteCaseReviewDbContext(new DbContextOptionsBuilder<SqliteCaseReviewDbContext>().UseSqlite($"Data Source={connection};Pooling=False").Options, new OpenGate()),
        DatabaseProvider.PostgreSql => new PostgreSqlCaseReviewDbContext(new DbContextOptionsBuilder<PostgreSqlCaseReviewDbContext>().UseNpgsql(connection).Options, new OpenGate()),
        _ => throw new NotSupportedException($"The generator writes to SQLite or PostgreSQL, not {provider}."),
    };
}
