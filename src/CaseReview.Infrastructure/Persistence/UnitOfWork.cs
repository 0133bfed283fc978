using CaseReview.UseCases.Common;

namespace CaseReview.Infrastructure.Persistence;

internal sealed class UnitOfWork(CaseReviewDbContext db, IWriteGate writeGate) : IUnitOfWork
{
    public async Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work(cancellationToken);
        }

        using var turn = await writeGate.EnterAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var result = await work(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        catch
        {
            // Nothing half-done stays tracked in this scope after a failure.
            db.ChangeTracker.Clear();
            throw;
        }
    }
}
