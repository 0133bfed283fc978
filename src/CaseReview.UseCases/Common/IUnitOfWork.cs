namespace CaseReview.UseCases.Common;

/// <summary>Runs a command inside one database transaction (and, on SQLite, one writer at a time).</summary>
public interface IUnitOfWork
{
    Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken);
}
