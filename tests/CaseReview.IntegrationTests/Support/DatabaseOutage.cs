using Microsoft.Data.Sqlite;

namespace CaseReview.IntegrationTests.Support;

/// <summary>
/// Takes a SQLite host's database away while it runs, as a lost disk or an unmounted share would: the folder holding
/// the file is moved (so no connection can open it, nor create a new empty one), and put back on dispose.
/// SQLite only (tests that use it are <see cref="SqliteOnlyFactAttribute"/>): on a database server the outage is made
/// by stopping the server instead (the two-instance fault run).
/// </summary>
public sealed class DatabaseOutage : IDisposable
{
    private readonly string _folder;
    private readonly string _away;

    private DatabaseOutage(string folder)
    {
        _folder = folder;
        _away = folder + ".away";
        SqliteConnection.ClearAllPools();
        Directory.Move(_folder, _away);
    }

    public static DatabaseOutage Of(CaseReviewApp app) => new(Path.GetDirectoryName(app.DatabasePath)!);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Move(_away, _folder);
    }
}
