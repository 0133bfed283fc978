using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace CaseReview.BrowserTests.Support;

/// <summary>What the tests check on every page: no WCAG 2.2 A/AA violations (axe-core), and a screenshot for people to look at.</summary>
public static class PageChecks
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
    private static readonly string AxeScript = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "axe.min.js"));
    private static readonly ConditionalWeakTable<IPage, List<string>> BlockedByPolicy = [];

    /// <summary>Records anything the page's Content-Security-Policy blocked (e.g. an inline script), to fail the scan with it.</summary>
    public static void WatchContentSecurityPolicy(this IPage page)
    {
        var blocked = BlockedByPolicy.GetOrCreateValue(page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                blocked.Add(message.Text);
            }
        };
    }

    /// <summary>Scans the page with axe-core and fails with a readable list of violations, then saves a screenshot.</summary>
    public static async Task ScanAsync(this IPage page, string name) => await page.ScreenshotAndScanAsync(name, scan: true);

    /// <summary>For a context with JavaScript off, where axe cannot run: the same pages are scanned in the other journeys.</summary>
    public static async Task SnapAsync(this IPage page, string name) => await page.ScreenshotAndScanAsync(name, scan: false);

    private static async Task ScreenshotAndScanAsync(this IPage page, string name, bool scan)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ResidentSite.ScreenshotFolder, name + ".png"), FullPage = true });
        if (!scan)
        {
            return;
        }

        Assert.True(BlockedByPolicy.GetOrCreateValue(page).Count == 0, $"The Content-Security-Policy blocked something on '{name}': {string.Join("; ", BlockedByPolicy.GetOrCreateValue(page))}");
        // Evaluated through the DevTools protocol rather than added as a <script> tag, which the page's
        // own Content-Security-Policy (rightly) refuses; the policy stays on for the whole test.
        await page.EvaluateAsync(AxeScript);
        var json = await page.EvaluateAsync<JsonElement>(
            "tags => axe.run(document, { runOnly: { type: 'tag', values: tags } }).then(r => r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary) })))",
            WcagTags);
        var violations = json.EnumerateArray().ToList();
        if (violations.Count == 0)
        {
            return;
        }

        var report = new StringBuilder($"{violations.Count} accessibility violation(s) on '{name}' ({page.Url}):\n");
        foreach (var v in violations)
        {
            report.AppendLine($"- {v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): {v.GetProperty("help").GetString()}");
            foreach (var node in v.GetProperty("nodes").EnumerateArray())
            {
                report.AppendLine($"    {node.GetString()}");
            }
        }

        Assert.Fail(report.ToString());
    }
}
