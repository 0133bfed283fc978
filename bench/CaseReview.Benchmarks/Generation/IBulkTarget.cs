namespace CaseReview.Benchmarks.Generation;

/// <summary>A database the generator fills: prepared once, written a batch at a time, finished once.</summary>
public interface IBulkTarget : IAsyncDisposable
{
    /// <summary>Checks the tables are empty, continues each generated key after the highest there, and drops the secondary indexes.</summary>
    Task PrepareAsync(AggregateRows rows, CancellationToken cancellationToken);

    /// <summary>Writes a batch of rows (from <see cref="AggregateRows.Take"/>, principals first) in one transaction.</summary>
    Task WriteAsync(IReadOnlyList<(TableRows Table, List<object?[]> Rows)> batch, CancellationToken cancellationToken);

    /// <summary>Builds the indexes again (sorting once is far quicker than keeping them in order row by row) and leaves the database as the app expects it.</summary>
    Task FinishAsync(AggregateRows rows, CancellationToken cancellationToken);
}
