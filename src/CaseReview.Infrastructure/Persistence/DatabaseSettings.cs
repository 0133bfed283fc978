using Microsoft.Extensions.Configuration;

namespace CaseReview.Infrastructure.Persistence;

/// <summary>
/// <c>Database:Provider</c> is <c>Sqlite</c> (default: a file under the app's data folder, created and migrated
/// on start) or <c>SqlServer</c> (<c>ConnectionStrings:SqlServer</c>).
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, bool MigrateOnStartup)
{
    public static DatabaseSettings From(IConfiguration configuration, string contentRootPath)
    {
        var provider = Enum.TryParse<DatabaseProvider>(configuration["Database:Provider"] ?? "Sqlite", ignoreCase: true, out var p)
            ? p
            : throw new InvalidOperationException("Database:Provider must be Sqlite or SqlServer.");
        var migrate = !bool.TryParse(configuration["Database:MigrateOnStartup"], out var m) || m;
        if (provider == DatabaseProvider.SqlServer)
        {
            var connection = configuration.GetConnectionString("SqlServer");
            if (string.IsNullOrWhiteSpace(connection))
            {
                throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:SqlServer is empty.");
            }

            return new DatabaseSettings(provider, connection, migrate);
        }

        var path = configuration["Database:SqlitePath"] ?? Path.Combine("App_Data", "casereview.db");
        var fullPath = Path.GetFullPath(path, contentRootPath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        return new DatabaseSettings(provider, $"Data Source={fullPath}", migrate);
    }
}
