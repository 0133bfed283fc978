using CaseReview.UseCases.Common;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.Infrastructure.Persistence;

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
