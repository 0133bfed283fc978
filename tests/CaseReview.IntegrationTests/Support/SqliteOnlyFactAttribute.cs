using CaseReview.TestSupport;

namespace CaseReview.IntegrationTests.Support;

/// <summary>
/// A test of SQLite itself (its file, its pragmas, a watcher on its file): skipped, with the reason, when the suite
/// runs on PostgreSQL (<see cref="TestDatabase"/>).
/// </summary>
public sealed class SqliteOnlyFactAttribute : FactAttribute
{
    public SqliteOnlyFactAttribute(string reason)
    {
        if (TestDatabase.IsPostgreSql)
        {
            Skip = $"SQLite only: {reason}";
        }
    }
}
