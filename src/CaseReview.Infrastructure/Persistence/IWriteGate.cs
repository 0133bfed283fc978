namespace CaseReview.Infrastructure.Persistence;

/// <summary>
/// Lets one writer at a time into the database. SQLite has a single write lock and writers that collide
/// back off for a long time (p99 around a second at 32 clients); queueing them in process keeps the tail short.
/// SQL Server has no such limit, so its gate lets everyone through.
/// </summary>
public interface IWriteGate
{
    ValueTask<IDisposable> EnterAsync(CancellationToken cancellationToken);
}
