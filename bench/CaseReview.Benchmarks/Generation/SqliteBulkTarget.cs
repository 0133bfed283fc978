using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CaseReview.Benchmarks.Generation;

/// <summary>
/// Writes to a SQLite file with one prepared insert per table, bound through SQLite's own API (Microsoft.Data.Sqlite
/// looks every parameter up by name on every row, which cost more than the insert), each batch in one transaction,
/// with no journal and no syncing while it runs (the file is the generator's alone, and a run that fails is started
/// again); then it builds the indexes and turns write-ahead logging on, as the app's initializer does.
/// </summary>
public sealed class SqliteBulkTarget(string path) : IBulkTarget
{
    private readonly SqliteConnection _connection = new($"Data Source={path};Pooling=False");
    private readonly Dictionary<string, (sqlite3_stmt Statement, bool[] GuidsAsText)> _inserts = [];
    private readonly List<string> _indexes = [];

    public async Task PrepareAsync(AggregateRows rows, CancellationToken cancellationToken)
    {
        await _connection.OpenAsync(cancellationToken);
        await ExecuteAsync("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-524288; PRAGMA temp_store=MEMORY; PRAGMA threads=4; PRAGMA foreign_keys=OFF;", cancellationToken);
        foreach (var table in rows.Tables)
        {
            if (await ScalarAsync($"SELECT EXISTS (SELECT 1 FROM \"{table.Name}\")", cancellationToken) != 0)
            {
                throw new InvalidOperationException($"{table.Name} already has rows: generate into a new database.");
            }
        }

        foreach (var key in rows.GeneratedKeys)
        {
            key.Last = await ScalarAsync($"SELECT COALESCE(MAX(\"{key.Column.Name}\"), 0) FROM \"{key.Table.Name}\"", cancellationToken);
        }

        var names = string.Join(", ", rows.Tables.Select(t => $"'{t.Name}'"));
        await using (var find = _connection.CreateCommand())
        {
            find.CommandText = $"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({names}) ORDER BY name";
            await using var reader = await find.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                _indexes.Add(reader.GetString(0));
                _indexes.Add(reader.GetString(1));
            }
        }

        for (var i = 0; i < _indexes.Count; i += 2)
        {
            await ExecuteAsync($"DROP INDEX \"{_indexes[i]}\"", cancellationToken);
        }

        foreach (var table in rows.Tables)
        {
            var sql = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(", ", table.Columns.Select(_ => "?"))})";
            Check(raw.sqlite3_prepare_v2(_connection.Handle, sql, out var statement));
            // The parameter EF Core would make for the column says how Microsoft.Data.Sqlite would store a Guid in it (text or blob).
            await using var probe = _connection.CreateCommand();
            var guidsAsText = Enumerable.Range(0, table.Columns.Count)
                .Select(c => ((SqliteParameter)table.MappingOf(c).CreateParameter(probe, "$p", null, nullable: true)).SqliteType == SqliteType.Text)
                .ToArray();
            _inserts[table.Name] = (statement, guidsAsText);
        }
    }

    public Task WriteAsync(IReadOnlyList<(TableRows Table, List<object?[]> Rows)> batch, CancellationToken cancellationToken)
    {
        using var transaction = _connection.BeginTransaction();
        foreach (var (table, rows) in batch)
        {
            var (statement, guidsAsText) = _inserts[table.Name];
            foreach (var row in rows)
            {
                for (var c = 0; c < row.Length; c++)
                {
                    Bind(statement, c + 1, row[c], guidsAsText[c]);
                }

                if (raw.sqlite3_step(statement) != raw.SQLITE_DONE)
                {
                    throw new InvalidOperationException($"Inserting into {table.Name}: {raw.sqlite3_errmsg(_connection.Handle).utf8_to_string()}");
                }

                raw.sqlite3_reset(statement);
            }
        }

        transaction.Commit();
        return Task.CompletedTask;
    }

    public async Task FinishAsync(AggregateRows rows, CancellationToken cancellationToken)
    {
        for (var i = 1; i < _indexes.Count; i += 2)
        {
            await ExecuteAsync(_indexes[i], cancellationToken);
        }

        await ExecuteAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (statement, _) in _inserts.Values)
        {
            statement.Dispose();
        }

        await _connection.DisposeAsync();
    }

    /// <summary>Binds a value as Microsoft.Data.Sqlite would (so as EF Core stores it); a type it has not met stops the run.</summary>
    private static void Bind(sqlite3_stmt statement, int index, object? value, bool guidAsText) => Check(value switch
    {
        null => raw.sqlite3_bind_null(statement, index),
        string s => raw.sqlite3_bind_text(statement, index, s),
        int i => raw.sqlite3_bind_int64(statement, index, i),
        long l => raw.sqlite3_bind_int64(statement, index, l),
        bool b => raw.sqlite3_bind_int64(statement, index, b ? 1 : 0),
        double d => raw.sqlite3_bind_double(statement, index, d),
        Guid g when guidAsText => raw.sqlite3_bind_text(statement, index, g.ToString().ToUpperInvariant()),
        Guid g => raw.sqlite3_bind_blob(statement, index, g.ToByteArray()),
        DateTime d => raw.sqlite3_bind_text(statement, index, d.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture)),
        DateOnly d => raw.sqlite3_bind_text(statement, index, d.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture)),
        byte[] bytes => raw.sqlite3_bind_blob(statement, index, bytes),
        _ => throw new NotSupportedException($"No binding for a {value.GetType().Name}."),
    });

    private static void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw new InvalidOperationException($"SQLite error {result}: {raw.sqlite3_errstr(result).utf8_to_string()}");
        }
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<long> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}
