using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CaseReview.IntegrationTests.Scale;

/// <summary>
/// Records the SELECTs EF Core sends to one SQLite file (tests run side by side, so commands are told apart by their
/// database file) and asks SQLite how it would run each: <c>EXPLAIN QUERY PLAN</c> with the same parameters.
/// </summary>
public sealed class QueryPlanRecorder : IDisposable, IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private readonly string _databasePath;
    private readonly ConcurrentQueue<(string Sql, (string Name, object? Value)[] Parameters)> _commands = new();
    private readonly List<IDisposable> _subscriptions = [];
    private volatile bool _recording;

    public QueryPlanRecorder(string databasePath)
    {
        _databasePath = Path.GetFullPath(databasePath);
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    /// <summary>Records the commands <paramref name="action"/> sends, then returns each SELECT with its plan.</summary>
    public async Task<IReadOnlyList<(string Sql, IReadOnlyList<string> Plan)>> PlansOf(Func<Task> action)
    {
        _commands.Clear();
        _recording = true;
        try
        {
            await action();
        }
        finally
        {
            _recording = false;
        }

        await using var connection = new SqliteConnection($"Data Source={_databasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        var plans = new List<(string, IReadOnlyList<string>)>();
        foreach (var (sql, parameters) in _commands.Where(c => c.Sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)))
        {
            await using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + sql;
            foreach (var (name, value) in parameters)
            {
                explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }

            var plan = new List<string>();
            await using var reader = await explain.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(3));
            }

            plans.Add((sql, plan));
        }

        return plans;
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            _subscriptions.Add(value.Subscribe(this));
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (_recording && value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData { Command: DbCommand command }
            && command.Connection is SqliteConnection connection
            && string.Equals(Path.GetFullPath(connection.DataSource), _databasePath, StringComparison.Ordinal))
        {
            _commands.Enqueue((command.CommandText, [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value))]));
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }
    }
}
