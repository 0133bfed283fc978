using CaseReview.TestSupport;

namespace CaseReview.IntegrationTests.Support;

/// <summary>The theory form of <see cref="SqliteOnlyFactAttribute"/>.</summary>
public sealed class SqliteOnlyTheoryAttribute : TheoryAttribute
{
    public SqliteOnlyTheoryAttribute(string reason)
    {
        if (TestDatabase.IsPostgreSql)
        {
            Skip = $"SQLite only: {reason}";
        }
    }
}
