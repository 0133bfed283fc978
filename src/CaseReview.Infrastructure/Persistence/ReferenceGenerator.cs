using CaseReview.UseCases.Common;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.Infrastructure.Persistence;

/// <summary>
/// One piece of code for every provider, inside the submission's transaction: an UPDATE of the year's counter row
/// (on a server its row lock queues concurrent submissions, from any instance, until the holder commits), then a
/// read of the number this transaction wrote. The year's first number inserts the row; two first submissions at
/// once collide on the key, and the unit of work runs the loser again, when the row is there to update.
/// </summary>
internal sealed class ReferenceGenerator(CaseReviewDbContext db) : IReferenceGenerator
{
    public async Task<string> NextAsync(int year, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A reference is handed out inside the transaction that stores the case, so an undone case gives its number back.");
        }

        var counter = db.ReferenceCounters.Where(c => c.Year == year);
        var number = await counter.ExecuteUpdateAsync(s => s.SetProperty(c => c.LastNumber, c => c.LastNumber + 1), cancellationToken) == 1
            ? await counter.Select(c => c.LastNumber).SingleAsync(cancellationToken)
            : await FirstOfTheYearAsync(year, cancellationToken);
        return $"CR-{year}-{number:D6}";
    }

    private async Task<int> FirstOfTheYearAsync(int year, CancellationToken cancellationToken)
    {
        var first = new ReferenceCounter { Year = year, LastNumber = 1 };
        db.ReferenceCounters.Add(first);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(first).State = EntityState.Detached;
        return first.LastNumber;
    }
}
