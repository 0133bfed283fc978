using System.Text.Json.Nodes;

namespace CaseReview.IntegrationTests.Hosting;

/// <summary>The shipped settings, the example a council copies, and the README's table say the same keys.</summary>
public sealed class SettingsDocumentationTests
{
    private static readonly string Root = FindRoot();

    [Fact]
    public void EveryShippedSetting_IsInTheExample_AndInTheReadme()
    {
        var shipped = Keys(JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "src", "CaseReview.Web", "appsettings.json")))!, "")
            .Where(k => !k.StartsWith("Logging:", StringComparison.Ordinal) && k != "AllowedHosts")
            .ToList();
        var example = Keys(JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "appsettings.example.json")))!, "").ToHashSet();
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));

        var notInExample = shipped.Where(k => !example.Contains(k)).ToList();
        Assert.True(notInExample.Count == 0, "Not in appsettings.example.json: " + string.Join(", ", notInExample));
        // The README's table names each key in full, or its section with the last part (`Email:Smtp:Host`, `Port`).
        var notInReadme = shipped.Where(k => !readme.Contains($"`{k}`", StringComparison.Ordinal)
            && !(readme.Contains($"`{k[..k.LastIndexOf(':')]}:", StringComparison.Ordinal) && readme.Contains($"`{k[(k.LastIndexOf(':') + 1)..]}`", StringComparison.Ordinal))).ToList();
        Assert.True(notInReadme.Count == 0, "Not in the README's settings table: " + string.Join(", ", notInReadme));
    }

    private static IEnumerable<string> Keys(JsonNode node, string prefix) => node switch
    {
        JsonObject o => o.SelectMany(p => Keys(p.Value!, prefix + p.Key + ":")),
        _ => [prefix.TrimEnd(':')],
    };

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CaseReview.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("CaseReview.sln not found above the test folder.");
    }
}
