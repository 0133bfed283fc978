using System.Diagnostics;
using Npgsql;

namespace CaseReview.TestSupport;

/// <summary>
/// A PostgreSQL cluster of the test run's own: <c>initdb</c> into a temporary folder and <c>pg_ctl start</c> on a free
/// loopback port, stopped and removed when the test process ends. CI runs as root, and <c>initdb</c> refuses root,
/// so there the commands run as the <c>postgres</c> user that Debian's package creates. The binaries come from
/// <c>PG_BIN</c>, or else the newest <c>/usr/lib/postgresql/*/bin</c>. Durability is off (fsync, full page writes):
/// the cluster is thrown away.
/// </summary>
public sealed class PostgresCluster : IDisposable
{
    public const string Superuser = "casereview";

    private static readonly Lazy<PostgresCluster> Shared = new(StartNew, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lock _databases = new();
    private readonly string _bin;
    private readonly string _folder;

    private PostgresCluster(string bin, string folder, int port)
    {
        _bin = bin;
        _folder = folder;
        Port = port;
    }

    /// <summary>The cluster of this test process, started on first use and shared by its test hosts.</summary>
    public static PostgresCluster Instance => Shared.Value;

    public int Port { get; }

    private string DataFolder => Path.Combine(_folder, "data");

    /// <summary>A connection string for <paramref name="database"/> on this cluster, as the app's <c>ConnectionStrings:PostgreSql</c>.</summary>
    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Database = database,
        Username = Superuser,
        Timeout = 5,
        CommandTimeout = 60,
    }.ConnectionString;

    /// <summary>Creates <paramref name="name"/>, empty or as a copy of <paramref name="template"/> (which nobody may be connected to).</summary>
    public void CreateDatabase(string name, string? template = null)
    {
        // Copies of one template are made one at a time: PostgreSQL refuses a copy while another session uses the template.
        lock (_databases)
        {
            Admin($"CREATE DATABASE \"{name}\"" + (template is null ? " TEMPLATE template0" : $" TEMPLATE \"{template}\""));
        }
    }

    /// <summary>Closes this process's pooled connections to <paramref name="name"/> and drops it, whoever else is connected.</summary>
    public void DropDatabase(string name)
    {
        CloseConnections(name);
        Admin($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    /// <summary>Closes the idle connections this process's pool holds to <paramref name="name"/>.</summary>
    public void CloseConnections(string name)
    {
        using var connection = new NpgsqlConnection(ConnectionString(name));
        NpgsqlConnection.ClearPool(connection);
    }

    /// <summary>Stops the server (fast shutdown: sessions are cut), as when the database goes away under load.</summary>
    public void Stop() => Run("pg_ctl", "-D", DataFolder, "-m", "fast", "-w", "stop");

    /// <summary>Starts the server again on the same port after <see cref="Stop"/>.</summary>
    public void StartAgain() => StartServer();

    /// <summary>
    /// A cluster of the caller's own, for a test that stops and starts the server (the shared <see cref="Instance"/>
    /// must stay up for the tests running beside it). Dispose it to stop and remove it.
    /// </summary>
    public static PostgresCluster StartNew()
    {
        var bin = FindBinaries();
        RemoveAbandoned(bin);
        var folder = Path.Combine(Path.GetTempPath(), FolderPrefix + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, OwnerFile), Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var cluster = new PostgresCluster(bin, folder, LoopbackPorts.Free());
        if (RunsAsRoot)
        {
            RunTool("chown", "postgres:postgres", folder);
        }

        cluster.Run("initdb", "-D", cluster.DataFolder, "-U", Superuser, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync", "--no-instructions");
        cluster.StartServer();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Remove();
        return cluster;
    }

    private const string FolderPrefix = "casereview-pg-";
    private const string OwnerFile = "owner.pid";

    /// <summary>
    /// A test process killed outright (a cancelled run) cannot stop its cluster: the next run stops and removes every
    /// cluster whose owning process is gone.
    /// </summary>
    private static void RemoveAbandoned(string bin)
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            var owner = Path.Combine(folder, OwnerFile);
            if (File.Exists(owner) && int.TryParse(File.ReadAllText(owner), out var pid) && IsRunning(pid))
            {
                continue;
            }

            var abandoned = new PostgresCluster(bin, folder, 0);
            abandoned.Remove();
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private void StartServer() => Run(
        "pg_ctl", "-D", DataFolder, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60", "-o",
        $"-p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={_folder} -c max_connections=300 " +
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=64MB",
        "start");

    /// <summary>Stops the server and removes its folder.</summary>
    public void Dispose() => Remove();

    private void Remove()
    {
        try
        {
            if (File.Exists(Path.Combine(DataFolder, "postmaster.pid")))
            {
                Run("pg_ctl", "-D", DataFolder, "-m", "immediate", "-w", "stop");
            }
        }
        catch (InvalidOperationException)
        {
            // Already stopped (a fault test left it so, or the server died): the folder still goes.
        }

        TestHosts.DeleteFolder(_folder);
    }

    private void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private void Run(string tool, params string[] arguments) => RunTool(Path.Combine(_bin, tool), arguments, asPostgres: RunsAsRoot);

    private static void RunTool(string tool, params string[] arguments) => RunTool(tool, arguments, asPostgres: false);

    private static void RunTool(string tool, string[] arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgres)
        {
            foreach (var argument in new[] { "-u", "postgres", "--", tool })
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {tool}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{Path.GetFileName(tool)} did not finish in 2 minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(tool)} {string.Join(' ', arguments)} failed ({process.ExitCode}): {output.Result}{error.Result}");
        }
    }

    private static bool RunsAsRoot => Environment.UserName == "root";

    private static string FindBinaries()
    {
        var configured = Environment.GetEnvironmentVariable("PG_BIN");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        const string root = "/usr/lib/postgresql";
        var newest = Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Select(d => (Folder: d, Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .Where(d => File.Exists(Path.Combine(d.Folder, "bin", "initdb")))
                .OrderByDescending(d => d.Version)
                .Select(d => Path.Combine(d.Folder, "bin"))
                .FirstOrDefault()
            : null;
        return newest ?? throw new InvalidOperationException(
            $"{TestDatabase.Variable}=PostgreSql needs PostgreSQL's initdb and pg_ctl: install Debian's postgresql package (.ci/run does) or set PG_BIN.");
    }
}
