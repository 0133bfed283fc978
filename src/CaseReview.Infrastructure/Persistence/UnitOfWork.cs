using CaseReview.UseCases.Common;

namespace CaseReview.Infrastructure.Persistence;

/// <summary>
/// Runs a command in one transaction. When another request (on this instance or another) stored the same key first,
/// or the database picked this transaction to give way in a deadlock, the whole command runs again from the
/// start, when it sees what the other stored: a retried submission with the same Idempotency-Key then answers with
/// the first one's application, and a reminder already queued is skipped. A submission can meet two collisions in
/// turn (the year's first reference number, then its Idempotency-Key), so a third collision is a 409.
/// </summary>
internal sealed class UnitOfWork(CaseReviewDbContext db, IWriteGate writeGate) : IUnitOfWork
{
    private const int Attempts = 3;

    public async Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work(cancellationToken);
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RunOnceAsync(work, cancellationToken);
            }
            catch (Exception e) when (DatabaseErrors.IsUniqueViolation(e) || DatabaseErrors.IsTransactionToRetry(e))
            {
                if (attempt == Attempts)
                {
                    throw new ConflictException("Someone else stored the same thing at the same moment. Reload and try again.");
                }
            }
        }
    }

    private async Task<T> RunOnceAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
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
