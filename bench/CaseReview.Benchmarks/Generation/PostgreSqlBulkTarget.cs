using Npgsql;

namespace CaseReview.Benchmarks.Generation;

/// <summary>
/// Writes to PostgreSQL with binary COPY, one COPY per table per batch inside one transaction; the secondary
/// indexes are dropped first and built again at the end, and each identity column's sequence is moved past the
/// keys numbered here, so the app's next insert does not collide with them.
/// </summary>
public sealed class PostgreSqlBulkTarget(string connectionString) : IBulkTarget
{
    private readonly NpgsqlConnection _connection = new(connectionString);
    private readonly List<string> _indexes = [];

    public async Task PrepareAsync(AggregateRows rows, CancellationToken cancellationToken)
    {
        await _connection.OpenAsync(cancellationToken);
        foreach (var table in rows.Tables)
        {
            if (await ScalarAsync($"SELECT CASE WHEN EXISTS (SELECT 1 FROM \"{table.Name}\") THEN 1 ELSE 0 END", cancellationToken) != 0)
            {
                throw new InvalidOperationException($"{table.Name} already has rows: generate into an empty database.");
            }
        }

        foreach (var key in rows.GeneratedKeys)
        {
            key.Last = await ScalarAsync($"SELECT COALESCE(MAX(\"{key.Column.Name}\"), 0) FROM \"{key.Table.Name}\"", cancellationToken);
        }

        await using (var find = _connection.CreateCommand())
        {
            // Not the indexes behind a primary key or a constraint: those stay.
            find.CommandText = """
                SELECT i.indexname, i.indexdef FROM pg_indexes i
                WHERE i.schemaname = current_schema() AND i.tablename = ANY(@tables)
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
                ORDER BY i.indexname
                """;
            find.Parameters.AddWithValue("tables", rows.Tables.Select(t => t.Name).ToArray());
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
    }

    public async Task WriteAsync(IReadOnlyList<(TableRows Table, List<object?[]> Rows)> batch, CancellationToken cancellationToken)
    {
        await using var transaction = await _connection.BeginTransactionAsync(cancellationToken);
        foreach (var (table, rows) in batch.Where(b => b.Rows.Count > 0))
        {
            var columns = string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""));
            // Each value is sent as its column's type (its facets dropped: character varying(20) is character varying).
            var types = table.Columns.Select(c => System.Text.RegularExpressions.Regex.Replace(c.StoreType, @"\(.*?\)", string.Empty)).ToArray();
            await using var import = await _connection.BeginBinaryImportAsync($"COPY \"{table.Name}\" ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
            foreach (var row in rows)
            {
                import.StartRow();
                for (var c = 0; c < row.Length; c++)
                {
                    if (row[c] is null)
                    {
                        import.WriteNull();
                    }
                    else
                    {
                        import.Write(row[c], types[c]);
                    }
                }
            }

            await import.CompleteAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task FinishAsync(AggregateRows rows, CancellationToken cancellationToken)
    {
        for (var i = 1; i < _indexes.Count; i += 2)
        {
            await ExecuteAsync(_indexes[i], cancellationToken);
        }

        foreach (var key in rows.GeneratedKeys.Where(k => k.Last > 0))
        {
            await ExecuteAsync($"SELECT setval(pg_get_serial_sequence('\"{key.Table.Name}\"', '{key.Column.Name}'), {key.Last})", cancellationToken);
        }

        await ExecuteAsync("ANALYZE", cancellationToken);
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, _connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<long> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, _connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
