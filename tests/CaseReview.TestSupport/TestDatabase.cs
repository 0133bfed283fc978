namespace CaseReview.TestSupport;

/// <summary>
/// Which database the test hosts run on: SQLite files (the default) or, with the environment variable
/// <c>CASEREVIEW_TEST_DATABASE=PostgreSql</c>, databases on a private PostgreSQL cluster the test run starts
/// (<see cref="PostgresCluster"/>). <c>.ci/run</c> runs the integration suite both ways.
/// </summary>
public static class TestDatabase
{
    public const string Variable = "CASEREVIEW_TEST_DATABASE";

    public static bool IsPostgreSql { get; } =
        string.Equals(Environment.GetEnvironmentVariable(Variable), "PostgreSql", StringComparison.OrdinalIgnoreCase);
}
