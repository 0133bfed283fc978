using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CaseReview.Infrastructure.Persistence;

/// <summary>
/// What a provider's error means for the request, decided in one place for all three providers. The exception may
/// come wrapped (EF's DbUpdateException, an execution strategy's InvalidOperationException), so the whole chain is read.
/// </summary>
public static class DatabaseErrors
{
    /// <summary>A unique key or primary key refused a second row: another request stored the same thing first.</summary>
    public static bool IsUniqueViolation(Exception exception) => Chain(exception).Any(e => e switch
    {
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
        SqlException s => s.Number is 2601 or 2627,
        // SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY.
        SqliteException s => s.SqliteExtendedErrorCode is 2067 or 1555,
        _ => false,
    });

    /// <summary>The database chose this transaction to give way (a deadlock or a serialisation failure); running it again is safe.</summary>
    public static bool IsTransactionToRetry(Exception exception) => Chain(exception).Any(e => e switch
    {
        PostgresException p => p.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure,
        SqlException s => s.Number == 1205,
        _ => false,
    });

    /// <summary>
    /// The database cannot be reached or refuses work for now (stopped, restarting, out of connections, or SQLite
    /// locked by another process past its busy time-out): the request may succeed if sent again shortly.
    /// </summary>
    public static bool IsUnavailable(Exception exception) => Chain(exception).Any(e => e switch
    {
        // Connection class (08), insufficient resources (53), operator intervention (57P01-57P03: shutdown, cannot connect now).
        PostgresException p => p.SqlState.StartsWith("08", StringComparison.Ordinal) || p.SqlState.StartsWith("53", StringComparison.Ordinal)
            || p.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow,
        // Any other Npgsql error is about the connection itself (refused, broken, timed out), not the SQL.
        NpgsqlException => true,
        // Time-out, cannot open, connection broken, database unavailable (Azure SQL's transient numbers included).
        SqlException s => s.Number is -2 or 2 or 53 or 233 or 4060 or 10053 or 10054 or 10060 or 40197 or 40501 or 40613 or 49918 or 49919 or 49920,
        // SQLITE_BUSY and SQLITE_LOCKED: another process held the file past busy_timeout.
        SqliteException s => s.SqliteErrorCode is 5 or 6,
        _ => false,
    });

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}
