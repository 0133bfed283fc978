using CaseReview.TestSupport;

namespace CaseReview.IntegrationTests.Support;

/// <summary>A test that needs the PostgreSQL cluster: it runs when the suite runs on PostgreSQL (<see cref="TestDatabase"/>), and is skipped otherwise.</summary>
public sealed class PostgreSqlOnlyFactAttribute : FactAttribute
{
    public PostgreSqlOnlyFactAttribute()
    {
        if (!TestDatabase.IsPostgreSql)
        {
            Skip = $"PostgreSQL only: runs with {TestDatabase.Variable}=PostgreSql (.ci/run does).";
        }
    }
}
