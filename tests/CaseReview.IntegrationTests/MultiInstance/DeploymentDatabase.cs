using Npgsql;

namespace CaseReview.IntegrationTests.MultiInstance;

/// <summary>Reads (and, to queue work for a test, writes) the deployment's database directly, as a DBA would.</summary>
public sealed class DeploymentDatabase(string connectionString)
{
    public async Task<long> CountAsync(string sql) => Convert.ToInt64(await ScalarAsync(sql), System.Globalization.CultureInfo.InvariantCulture);

    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    public async Task<int> ExecuteAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>Every outbox row: its id, status and template.</summary>
    public async Task<IReadOnlyList<OutboxRow>> OutboxAsync()
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "Id", "Status", "Template", "Attempts" FROM "OutboxEmails" ORDER BY "Id" """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<OutboxRow>();
        while (await reader.ReadAsync())
        {
            rows.Add(new OutboxRow(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3)));
        }

        return rows;
    }

    /// <summary>True when no email waits or is being sent.</summary>
    public async Task<bool> OutboxDrainedAsync() =>
        await CountAsync("""SELECT count(*) FROM "OutboxEmails" WHERE "Status" IN ('Pending', 'Sending')""") == 0;

    /// <summary>
    /// The applications stored without everything a submission writes in its one transaction: the stage deadlines
    /// (acknowledge and threshold decision), the first status-history row, the audit line, and the acknowledgement and
    /// lead-mailbox emails in the outbox. Empty when no case was half-written.
    /// </summary>
    public async Task<IReadOnlyList<string>> IncompleteApplicationsAsync()
    {
        const string sql = """
            SELECT a."Reference" FROM "Applications" a
            WHERE (SELECT count(*) FROM "StageDeadlines" d WHERE d."ApplicationId" = a."Id") < 2
               OR NOT EXISTS (SELECT 1 FROM "StatusHistory" h WHERE h."ApplicationId" = a."Id" AND h."To" = 'Received')
               OR (SELECT count(*) FROM "AuditEntries" e WHERE e."CaseReference" = a."Reference" AND e."Action" = 'application.submitted') <> 1
               OR (SELECT count(*) FROM "OutboxEmails" o WHERE o."CaseReference" = a."Reference" AND o."Template" = 'acknowledgement') <> 1
               OR (SELECT count(*) FROM "OutboxEmails" o WHERE o."CaseReference" = a."Reference" AND o."Template" = 'new-application') <> 1
            """;
        return await StringsAsync(sql);
    }

    public async Task<IReadOnlyList<string>> StringsAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    /// <summary>
    /// Takes <paramref name="table"/> away from everyone else (even readers) until the answer is disposed of: whoever
    /// needs it meanwhile waits, so several instances can be lined up to start the same work at the same moment.
    /// </summary>
    public Task<HeldTransaction> LockAsync(string table) => HeldTransaction.BeginAsync(connectionString, $"LOCK TABLE \"{table}\" IN ACCESS EXCLUSIVE MODE");

    /// <summary>Runs <paramref name="sql"/> in a transaction left open (its row locks held) until the test commits or disposes of it.</summary>
    public Task<HeldTransaction> BeginAsync(string sql) => HeldTransaction.BeginAsync(connectionString, sql);

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }
}
