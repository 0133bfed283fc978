using System.Data.Common;
using System.Globalization;
using CaseReview.IntegrationTests.Support;
using CaseReview.TestSupport;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CaseReview.IntegrationTests.Security.HostileInput;

/// <summary>
/// Notices every change to every table of the host's database, through a connection of its own: each table gets
/// insert, update and delete triggers (test-only, added to this test's copy of the database) that note the table,
/// the kind of change and the row in <see cref="LogTable"/>. A request's changes are the notes after it; a
/// rolled-back transaction leaves none, as it leaves no data. On SQLite the row is its rowid, and
/// <c>PRAGMA data_version</c> (which moves when another connection commits) spares a query after a request that wrote
/// nothing; on PostgreSQL the row is its <c>Id</c> column (where the table has one).
/// </summary>
internal sealed class TableChanges : IDisposable
{
    public const string LogTable = "HostileInputChanges";

    private readonly DbConnection _connection;
    private readonly bool _postgreSql;
    private long _dataVersion;
    private long _lastNote;

    public TableChanges(CaseReviewApp app)
    {
        _postgreSql = TestDatabase.IsPostgreSql;
        _connection = _postgreSql
            ? new NpgsqlConnection(PostgresCluster.Instance.ConnectionString(app.PostgreSqlDatabase))
            : new SqliteConnection($"Data Source={app.DatabasePath};Pooling=False");
        _connection.Open();
        Tables = _postgreSql
            ? Strings($"SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '{LogTable}' ORDER BY tablename")
            // Not a virtual table (the search box's trigram index, which takes no triggers) nor its shadow tables: they
            // follow ApplicationSearchTexts, which is watched.
            : Strings("""
                SELECT m.name FROM sqlite_master AS m
                WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.sql NOT LIKE 'CREATE VIRTUAL TABLE%'
                  AND NOT EXISTS (SELECT 1 FROM sqlite_master AS v WHERE v.sql LIKE 'CREATE VIRTUAL TABLE%' AND m.name LIKE v.name || '\_%' ESCAPE '\')
                ORDER BY m.name
                """);
        if (_postgreSql)
        {
            Execute($"CREATE TABLE IF NOT EXISTS \"{LogTable}\" (\"Id\" bigserial PRIMARY KEY, \"TableName\" text NOT NULL, \"Change\" text NOT NULL, \"RowKey\" bigint)");
            Execute($$"""
                CREATE OR REPLACE FUNCTION hostile_note() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE id text := (CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END) ->> 'Id';
                BEGIN
                    INSERT INTO "{{LogTable}}" ("TableName", "Change", "RowKey")
                    VALUES (TG_TABLE_NAME, TG_OP, CASE WHEN id ~ '^[0-9]+$' THEN id::bigint END);
                    RETURN NULL;
                END;
                $$
                """);
            foreach (var table in Tables)
            {
                Execute($"CREATE OR REPLACE TRIGGER \"hostile_{table}\" AFTER INSERT OR UPDATE OR DELETE ON \"{table}\" FOR EACH ROW EXECUTE FUNCTION hostile_note()");
            }
        }
        else
        {
            Execute($"CREATE TABLE IF NOT EXISTS \"{LogTable}\" (Id INTEGER PRIMARY KEY AUTOINCREMENT, TableName TEXT NOT NULL, Change TEXT NOT NULL, RowKey INTEGER)");
            foreach (var table in Tables)
            {
                foreach (var (change, row) in new[] { ("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD") })
                {
                    Execute($"CREATE TRIGGER IF NOT EXISTS \"hostile_{table}_{change}\" AFTER {change} ON \"{table}\" BEGIN " +
                        $"INSERT INTO \"{LogTable}\" (TableName, Change, RowKey) VALUES ('{table}', '{change}', {row}.rowid); END");
                }
            }
        }

        Reset();
    }

    /// <summary>Every table watched (all but SQLite's own).</summary>
    public IReadOnlyList<string> Tables { get; }

    /// <summary>Forgets what happened so far: the next <see cref="Since"/> answers only what follows.</summary>
    public void Reset()
    {
        _dataVersion = DataVersion();
        _lastNote = Convert.ToInt64(Scalar($"SELECT COALESCE(MAX(\"Id\"), 0) FROM \"{LogTable}\""), CultureInfo.InvariantCulture);
    }

    /// <summary>The changes committed since the last call (or <see cref="Reset"/>), oldest first.</summary>
    public IReadOnlyList<Change> Since()
    {
        var version = DataVersion();
        if (!_postgreSql && version == _dataVersion)
        {
            return [];
        }

        _dataVersion = version;
        var changes = new List<Change>();
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT \"Id\", \"TableName\", \"Change\", \"RowKey\" FROM \"{LogTable}\" WHERE \"Id\" > {_lastNote} ORDER BY \"Id\"";
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                _lastNote = reader.GetInt64(0);
                changes.Add(new Change(reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetInt64(3)));
            }
        }

        return changes;
    }

    /// <summary>One row of a table, as column=value pairs (to check what an allowed change wrote).</summary>
    public IReadOnlyDictionary<string, string?> Row(string table, long rowKey)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" WHERE {(_postgreSql ? "\"Id\"" : "rowid")} = {rowKey}";
        using var reader = command.ExecuteReader();
        var row = new Dictionary<string, string?>();
        if (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture);
            }
        }

        return row;
    }

    /// <summary>Writes through this connection, as another program would (for the self-check).</summary>
    public void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();

    private long DataVersion() => _postgreSql ? 0 : Convert.ToInt64(Scalar("PRAGMA data_version"), CultureInfo.InvariantCulture);

    private object? Scalar(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private List<string> Strings(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var list = new List<string>();
        while (reader.Read())
        {
            list.Add(reader.GetString(0));
        }

        return list;
    }

    public sealed record Change(string Table, string Kind, long? RowKey)
    {
        public override string ToString() => $"{Kind} {Table}#{RowKey}";
    }
}
