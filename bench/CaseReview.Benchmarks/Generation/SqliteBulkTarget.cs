using Microsoft.Data.Sqlite;

namespace CaseReview.Benchmarks.Generation;

/// <summary>
/// Writes to a SQLite file with one prepared insert per table, each batch in one transaction, with no journal and
/// no syncing while it runs (the file is the generator's alone, and a run that fails is started again), then
/// builds the indexes and turns write-ahead logging on, as the app's initializer does.
/// </summary>
public sealed class SqliteBulkTarget(string path) : IBulkTarget
{
    private readonly SqliteConnection _connection = new($"Data Source={path};Pooling=False");
    private readonly Dictionary<string, (SqliteCommand Command, SqliteParameter[] Parameters)> _inserts = [];
    private readonly List<string> _indexes = [];

    public async Task PrepareAsync(AggregateRows rows, CancellationToken cancellationToken)
    {
        await _connection.OpenAsync(cancellationToken);
        await ExecuteAsync("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-524288; PRAGMA temp_store=MEMORY; PRAGMA foreign_keys=OFF;", cancellationToken);
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
            var command = _connection.CreateCommand();
            var parameters = new SqliteParameter[table.Columns.Count];
            for (var c = 0; c < table.Columns.Count; c++)
            {
                // The column's own type mapping makes the parameter, so values bind as EF Core binds them (a Guid as text, say).
                parameters[c] = (SqliteParameter)table.MappingOf(c).CreateParameter(command, $"$p{c}", null, nullable: true);
                command.Parameters.Add(parameters[c]);
            }

            command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(", ", parameters.Select(p => p.ParameterName))})";
            _inserts[table.Name] = (command, parameters);
        }
    }

    public Task WriteAsync(AggregateRows rows, CancellationToken cancellationToken)
    {
        using var transaction = _connection.BeginTransaction();
        foreach (var table in rows.Tables)
        {
            var (command, parameters) = _inserts[table.Name];
            command.Transaction = transaction;
            foreach (var row in table.Rows)
            {
                for (var c = 0; c < parameters.Length; c++)
                {
                    parameters[c].Value = row[c] ?? DBNull.Value;
                }

                command.ExecuteNonQuery();
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
        foreach (var (command, _) in _inserts.Values)
        {
            await command.DisposeAsync();
        }

        await _connection.DisposeAsync();
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
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
