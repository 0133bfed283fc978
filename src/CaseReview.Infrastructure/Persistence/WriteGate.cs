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

public sealed class SingleWriterGate : IWriteGate, IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    public async ValueTask<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _semaphore.WaitAsync(cancellationToken);
        return new Turn(_semaphore);
    }

    public void Dispose() => _semaphore.Dispose();

    private sealed class Turn(SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                semaphore.Release();
            }
        }
    }
}

public sealed class OpenGate : IWriteGate
{
    public ValueTask<IDisposable> EnterAsync(CancellationToken cancellationToken) => ValueTask.FromResult<IDisposable>(NoTurn.Instance);

    private sealed class NoTurn : IDisposable
    {
        public static readonly NoTurn Instance = new();

        public void Dispose()
        {
        }
    }
}
