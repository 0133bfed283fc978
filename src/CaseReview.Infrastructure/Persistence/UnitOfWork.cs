using CaseReview.UseCases.Common;
using Microsoft.EntityFrameworkCore;

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

internal sealed class ReferenceGenerator(CaseReviewDbContext db) : IReferenceGenerator
{
    public async Task<string> NextAsync(int year, CancellationToken cancellationToken)
    {
        var sql = db.Database.IsSqlServer()
            ? """
              DECLARE @n TABLE (Value int);
              UPDATE ReferenceCounters WITH (UPDLOCK, HOLDLOCK) SET LastNumber = LastNumber + 1 OUTPUT inserted.LastNumber INTO @n WHERE Year = {0};
              IF NOT EXISTS (SELECT 1 FROM @n) INSERT INTO ReferenceCounters (Year, LastNumber) OUTPUT inserted.LastNumber INTO @n VALUES ({0}, 1);
              SELECT Value FROM @n;
              """
            : "INSERT INTO ReferenceCounters (Year, LastNumber) VALUES ({0}, 1) ON CONFLICT(Year) DO UPDATE SET LastNumber = LastNumber + 1 RETURNING LastNumber AS Value";
        var numbers = await db.Database.SqlQueryRaw<int>(sql, year).ToListAsync(cancellationToken);
        return $"CR-{year}-{numbers.Single():D6}";
    }
}
