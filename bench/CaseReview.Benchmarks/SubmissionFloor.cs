using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CaseReview.Benchmarks;

/// <summary>
/// What the database alone costs a submission, with no app in the way: the statements of the last submission the app
/// stored (its reads, the reference counter and every row it wrote, with the search index's triggers) are replayed
/// on the app's own file with prepared statements, with new keys each time, first each submission in a transaction of
/// its own (as the app commits), then 32 to a transaction (grouped commits). The rate that allows is the most any
/// app could serve on SQLite on this machine, whatever it did above the database, to set beside the yardstick.
/// </summary>
public static class SubmissionFloor
{
    private const int Submissions = 2000;
    private const int Group = 32;

    // Tables a submission writes, and how each of its rows is found from the application's id and reference.
    private static readonly (string Table, string Where)[] Written =
    [
        ("Applications", "\"Id\" = $id"),
        ("Complaints", "\"ApplicationId\" = $id"),
        ("StageDeadlines", "\"ApplicationId\" = $id"),
        ("StatusHistory", "\"ApplicationId\" = $id"),
        ("AuditEntries", "\"CaseReference\" = $reference"),
        ("OutboxEmails", "\"CaseReference\" = $reference"),
        ("IdempotencyKeys", "\"ApplicationId\" = $id"),
    ];

    public static FloorResult Measure(string databasePath, double yardstickRequestsPerSecond)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        Execute(connection, "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;");
        var stored = StoredSubmission.Read(connection);
        var replay = new Replay(connection, stored);
        replay.Run(count: 200, group: 1); // warm the statements and the page cache
        var alone = replay.Run(Submissions, group: 1);
        var grouped = replay.Run(Submissions, Group);
        return new FloorResult(stored.RowCount, alone, grouped, yardstickRequestsPerSecond);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The rows of one stored submission, by table, with the values that must change to store it again.</summary>
    private sealed record StoredSubmission(string Id, string Reference, string TrackingCode, string? IdempotencyKey, List<(string Table, string[] Columns, List<object?[]> Rows)> Tables)
    {
        public int RowCount => Tables.Sum(t => t.Rows.Count);

        public static StoredSubmission Read(SqliteConnection connection)
        {
            string id, reference, trackingCode;
            using (var last = connection.CreateCommand())
            {
                last.CommandText = "SELECT \"Id\", \"Reference\", \"TrackingCode\" FROM \"Applications\" ORDER BY \"ReceivedAt\" DESC LIMIT 1";
                using var reader = last.ExecuteReader();
                if (!reader.Read())
                {
                    throw new InvalidOperationException("The app stored no submission to replay.");
                }

                (id, reference, trackingCode) = (reader.GetString(0), reader.GetString(1), reader.GetString(2));
            }

            var tables = new List<(string, string[], List<object?[]>)>();
            string? key = null;
            foreach (var (table, where) in Written)
            {
                // The database numbers integer keys; every other column is written as the app wrote it.
                var columns = Columns(connection, table);
                using var select = connection.CreateCommand();
                select.CommandText = $"SELECT {string.Join(", ", columns.Select(Quote))} FROM {Quote(table)} WHERE {where}";
                select.Parameters.AddWithValue("$id", id);
                select.Parameters.AddWithValue("$reference", reference);
                using var reader = select.ExecuteReader();
                var rows = new List<object?[]>();
                while (reader.Read())
                {
                    var row = new object?[columns.Length];
                    for (var i = 0; i < columns.Length; i++)
                    {
                        row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                    }

                    rows.Add(row);
                }

                if (table == "IdempotencyKeys" && rows.Count > 0)
                {
                    key = (string)rows[0][Array.IndexOf(columns, "Key")]!;
                }

                tables.Add((table, columns, rows));
            }

            return new StoredSubmission(id, reference, trackingCode, key, tables);
        }

        private static string[] Columns(SqliteConnection connection, string table)
        {
            using var info = connection.CreateCommand();
            info.CommandText = $"SELECT name, type, pk FROM pragma_table_info('{table}')";
            using var reader = info.ExecuteReader();
            var columns = new List<string>();
            while (reader.Read())
            {
                if (!(reader.GetInt32(2) == 1 && reader.GetString(1).Equals("INTEGER", StringComparison.OrdinalIgnoreCase)))
                {
                    columns.Add(reader.GetString(0));
                }
            }

            return [.. columns];
        }
    }

    /// <summary>The submission's statements, prepared once on one connection, run again with new keys.</summary>
    private sealed class Replay
    {
        private readonly SqliteConnection _connection;
        private readonly StoredSubmission _stored;
        private readonly SqliteCommand _findKey;
        private readonly SqliteCommand _nextNumber;
        private readonly SqliteCommand _readNumber;
        private readonly SqliteCommand _countEmails;
        private readonly List<(SqliteCommand Insert, List<object?[]> Rows)> _inserts = [];
        private readonly object _recipient;
        private int _run;

        public Replay(SqliteConnection connection, StoredSubmission stored)
        {
            _connection = connection;
            _stored = stored;
            // The daily cap counts the emails to the applicant's address (its key, as the app keeps it on the case).
            var cases = stored.Tables.Single(t => t.Table == "Applications");
            _recipient = cases.Rows[0][Array.IndexOf(cases.Columns, "EmailKey")] ?? string.Empty;
            // The reads and the counter the app's handler runs before it writes (see SubmitApplicationHandler).
            _findKey = Prepare("SELECT \"Key\", \"ApplicationId\", \"CreatedAt\", \"RequestHash\" FROM \"IdempotencyKeys\" WHERE \"Key\" = $p0", 1);
            _nextNumber = Prepare("UPDATE \"ReferenceCounters\" SET \"LastNumber\" = \"LastNumber\" + 1 WHERE \"Year\" = $p0", 1);
            _readNumber = Prepare("SELECT \"LastNumber\" FROM \"ReferenceCounters\" WHERE \"Year\" = $p0", 1);
            _countEmails = Prepare("SELECT COUNT(*) FROM \"OutboxEmails\" WHERE \"RecipientKey\" = $p0 AND \"CreatedAt\" > $p1", 2);
            foreach (var (table, columns, rows) in stored.Tables.Where(t => t.Rows.Count > 0))
            {
                var sql = $"INSERT INTO {Quote(table)} ({string.Join(", ", columns.Select(Quote))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
                _inserts.Add((Prepare(sql, columns.Length), rows));
            }
        }

        /// <summary>Stores <paramref name="count"/> submissions, <paramref name="group"/> to a transaction, and answers the milliseconds each took.</summary>
        public double Run(int count, int group)
        {
            var run = ++_run;
            var clock = Stopwatch.StartNew();
            SqliteTransaction? transaction = null;
            for (var i = 0; i < count; i++)
            {
                if (i % group == 0)
                {
                    transaction = _connection.BeginTransaction(deferred: false);
                }

                Store(run, i, transaction!);
                if (i % group == group - 1 || i == count - 1)
                {
                    transaction!.Commit();
                    transaction.Dispose();
                }
            }

            return clock.Elapsed.TotalMilliseconds / count;
        }

        private void Store(int run, int i, SqliteTransaction transaction)
        {
            var suffix = string.Create(CultureInfo.InvariantCulture, $"{run:D2}{i:D6}");
            var id = Guid.NewGuid().ToString().ToUpperInvariant();
            var key = _stored.IdempotencyKey is null ? null : "floor-" + suffix;
            Scalar(_findKey, transaction, key ?? string.Empty);
            _nextNumber.Transaction = transaction;
            _nextNumber.Parameters[0].Value = DateTime.UtcNow.Year;
            _nextNumber.ExecuteNonQuery();
            var reference = string.Create(CultureInfo.InvariantCulture, $"CR-FLOOR-{Scalar(_readNumber, transaction, DateTime.UtcNow.Year)}");
            Scalar(_countEmails, transaction, _recipient, DateTime.UtcNow.AddDays(-1));
            foreach (var (insert, rows) in _inserts)
            {
                insert.Transaction = transaction;
                foreach (var row in rows)
                {
                    for (var c = 0; c < row.Length; c++)
                    {
                        insert.Parameters[c].Value = Renew(row[c], id, reference, "FLOOR" + suffix, key) ?? DBNull.Value;
                    }

                    insert.ExecuteNonQuery();
                }
            }
        }

        // The values that must be new for the row to be stored again: the case's id, reference, tracking code and key.
        private object? Renew(object? value, string id, string reference, string trackingCode, string? key) => value switch
        {
            string s when s == _stored.Id => id,
            string s when s == _stored.Reference => reference,
            string s when s == _stored.TrackingCode => trackingCode,
            string s when s == _stored.IdempotencyKey => key,
            _ => value,
        };

        private static object? Scalar(SqliteCommand command, SqliteTransaction transaction, params object[] values)
        {
            command.Transaction = transaction;
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i];
            }

            return command.ExecuteScalar();
        }

        private SqliteCommand Prepare(string sql, int parameters)
        {
            var command = _connection.CreateCommand();
            command.CommandText = sql;
            for (var i = 0; i < parameters; i++)
            {
                command.Parameters.Add(new SqliteParameter($"$p{i}", DBNull.Value));
            }

            command.Prepare();
            return command;
        }
    }

    private static string Quote(string name) => $"\"{name}\"";
}

/// <summary>
/// The database's own cost of a submission (<see cref="SubmissionFloor"/>): milliseconds each alone and grouped, and
/// the throughput each allows beside the yardstick's.
/// </summary>
public sealed record FloorResult(int RowsPerSubmission, double MsAlone, double MsGrouped, double YardstickRequestsPerSecond)
{
    public double MostPerSecondAlone => 1000 / MsAlone;

    public double MostPerSecondGrouped => 1000 / MsGrouped;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"the database alone (the last stored submission's statements and {RowsPerSubmission} rows, prepared, replayed): "
        + $"{MsAlone:F2} ms each in its own transaction, at most {MostPerSecondAlone:F0}/s = {MostPerSecondAlone / YardstickRequestsPerSecond:F2}x the yardstick; "
        + $"{MsGrouped:F2} ms each 32 to a transaction, at most {MostPerSecondGrouped:F0}/s = {MostPerSecondGrouped / YardstickRequestsPerSecond:F2}x");
}
