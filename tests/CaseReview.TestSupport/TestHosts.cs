using Microsoft.AspNetCore.Hosting;

namespace CaseReview.TestSupport;

/// <summary>
/// What every test host of the app shares, in the integration tests (<c>CaseReviewApp</c>) and the browser tests
/// (<c>ResidentSite</c>): the bootstrap administrator, the password given to test staff accounts, and a folder of
/// its own for the database and keys.
/// </summary>
public static class TestHosts
{
    public const string AdminEmail = "admin@council.example";
    public const string AdminPassword = "correct horse battery staple";

    /// <summary>The password the tests give the staff accounts they create.</summary>
    public const string StaffPassword = "a long enough passphrase";

    /// <summary>
    /// Pages watch their files (asp-append-version) and each watcher holds an inotify instance: with hundreds of test
    /// hosts in one run (and Chromium beside them) the per-user limit of 128 ran out and pages failed with a 500.
    /// Polling watchers use none. Call before any host reads it (from the factory's static constructor).
    /// </summary>
    public static void UsePollingFileWatchers() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");

    /// <summary>The SQLite file a host in <paramref name="folder"/> uses.</summary>
    public static string DatabasePath(string folder) => Path.Combine(folder, "casereview.db");

    /// <summary>
    /// A host of its own in <paramref name="folder"/>: its SQLite file, JWT signing key and Data Protection keys there,
    /// the bootstrap administrator, and no watching of the settings files.
    /// </summary>
    public static void UseOwnFolder(this IWebHostBuilder builder, string folder)
    {
        // Each host watching appsettings.json holds an inotify instance; hundreds of short-lived test hosts
        // (and Chromium beside them) exhaust the per-user limit of 128. Tests never edit settings files.
        builder.UseSetting("hostBuilder:reloadConfigOnChange", "false");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:SqlitePath", DatabasePath(folder));
        builder.UseSetting("Auth:JwtSigningKeyFile", Path.Combine(folder, "jwt-signing.key"));
        builder.UseSetting("DataProtection:KeysFolder", Path.Combine(folder, "keys"));
        builder.UseSetting("Bootstrap:AdminEmail", AdminEmail);
        builder.UseSetting("Bootstrap:AdminPassword", AdminPassword);
    }

    /// <summary>Deletes a host's folder when it is done with; a leftover temp folder is harmless.</summary>
    public static void DeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
