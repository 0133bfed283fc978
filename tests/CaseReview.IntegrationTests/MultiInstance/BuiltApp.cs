namespace CaseReview.IntegrationTests.MultiInstance;

/// <summary>
/// Where the app the tests start as a separate process was built: <c>src/CaseReview.Web/bin/&lt;Configuration&gt;/net10.0</c>
/// of this repository, in the configuration the tests themselves were built in.
/// </summary>
public static class BuiltApp
{
    private static readonly Lazy<string> Root = new(FindRepository);

    /// <summary>The content root: the web project's folder (appsettings.json, wwwroot, pages).</summary>
    public static string ContentRoot => Path.Combine(Root.Value, "src", "CaseReview.Web");

    public static string Assembly
    {
        get
        {
            var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = framework.Parent!.Name;
            var path = Path.Combine(ContentRoot, "bin", configuration, framework.Name, "CaseReview.Web.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException($"Build the solution first: {path} is missing.", path);
        }
    }

    private static string FindRepository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CaseReview.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No CaseReview.sln above {AppContext.BaseDirectory}.");
    }
}
