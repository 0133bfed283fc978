namespace CaseReview.Infrastructure.Persistence;

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
