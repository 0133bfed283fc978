using Microsoft.Extensions.Configuration;

namespace CaseReview.Infrastructure.Persistence;

/// <summary>
/// <c>Database:Provider</c> is <c>Sqlite</c> (default: a file under the app's data folder, created and migrated
/// on start; one instance only), <c>PostgreSql</c> (<c>ConnectionStrings:PostgreSql</c>) or <c>SqlServer</c>
/// (<c>ConnectionStrings:SqlServer</c>). The two servers take several instances of the app on one database.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, bool MigrateOnStartup)
{
    public static DatabaseSettings From(IConfiguration configuration, string contentRootPath)
    {
        var provider = Enum.TryParse<DatabaseProvider>(configuration["Database:Provider"] ?? "Sqlite", ignoreCase: true, out var p) && Enum.IsDefined(p)
            ? p
            : throw new InvalidOperationException("Database:Provider must be Sqlite, PostgreSql or SqlServer.");
        var migrate = !bool.TryParse(configuration["Database:MigrateOnStartup"], out var m) || m;
        if (provider != DatabaseProvider.Sqlite)
        {
            var name = provider.ToString();
            var connection = configuration.GetConnectionString(name);
            if (string.IsNullOrWhiteSpace(connection))
            {
                throw new InvalidOperationException($"Database:Provider is {name} but ConnectionStrings:{name} is empty.");
            }

            return new DatabaseSettings(provider, connection, migrate);
        }

        var path = configuration["Database:SqlitePath"] ?? Path.Combine("App_Data", "casereview.db");
        var fullPath = Path.GetFullPath(path, contentRootPath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        // Default Timeout bounds how long a command retries while another process holds the file (Microsoft.Data.Sqlite
        // retries a busy database for the command time-out, 30 s unless set): past it the request is a 503, not a hang.
        return new DatabaseSettings(provider, $"Data Source={fullPath};Default Timeout=5", migrate);
    }
}
