using System.Text.RegularExpressions;
using CaseReview.BrowserTests.Support;
using Microsoft.Playwright;

namespace CaseReview.BrowserTests;

/// <summary>The public figures page and the staff reports page: their SVG charts are drawn and named, and every page passes axe-core.</summary>
[Collection(ResidentSiteCollection.Name)]
public sealed class StatisticsPagesTests(ResidentSite site)
{
    // Financial years start on 1 April; the site runs on the real clock.
    private static readonly int ThisYear = DateTime.UtcNow.Month >= 4 ? DateTime.UtcNow.Year : DateTime.UtcNow.Year - 1;

    [Fact]
    public async Task PublicFiguresPage_DrawsItsCharts_AndHasNoAccessibilityViolations()
    {
        await SeedApplicationsAsync();
        var page = await site.NewPageAsync();
        await page.GotoAsync("/statistics");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Anti-social behaviour case reviews: published figures");
        await ChartIsDrawnAsync(page, "statutory-figures-chart", "The four statutory figures by financial year");
        await ChartIsDrawnAsync(page, $"asb-type-{ThisYear}", "Applications by type of anti-social behaviour");
        await ChartIsDrawnAsync(page, $"timeliness-{ThisYear}", "Stages done on time and late");
        await page.ScanAsync("statistics");
    }

    [Fact]
    public async Task PublicFiguresPage_DrawsItsCharts_WithJavaScriptOff()
    {
        await SeedApplicationsAsync();
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync("/statistics");

        await ChartIsDrawnAsync(page, "statutory-figures-chart", "The four statutory figures by financial year");
        await page.GetByText("Show the figures as a table").First.ClickAsync();
        await Assertions.Expect(page.Locator("#statutory-figures-chart table")).ToBeVisibleAsync();
        await page.SnapAsync("statistics-no-javascript");
    }

    [Fact]
    public async Task Officer_SignsIn_SeesTheReportsWithCharts_AndSignsOut()
    {
        await SeedApplicationsAsync();
        var page = await site.NewPageAsync();
        await page.GotoAsync("/staff/reports");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");
        await page.ScanAsync("staff-sign-in");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter your email address");
        await page.ScanAsync("staff-sign-in-errors");

        await page.GetByLabel("Email address").FillAsync(ResidentSite.AdminEmail);
        await page.GetByLabel("Password").FillAsync(ResidentSite.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Case review figures for");
        await ChartIsDrawnAsync(page, "statutory-figures-chart", "The four statutory figures by financial year");
        await ChartIsDrawnAsync(page, "asb-type", "Applications by type of anti-social behaviour");
        await ChartIsDrawnAsync(page, "shares", "Applications made for someone else");
        await ChartIsDrawnAsync(page, "timeliness", "Stages done on time and late");
        await page.ScanAsync("staff-reports");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("You have signed out");
    }

    /// <summary>The chart is a named picture whose bars have a width on screen, and its figures are in a table too.</summary>
    private static async Task ChartIsDrawnAsync(IPage page, string id, string nameStartsWith)
    {
        var chart = page.Locator($"#{id}");
        await Assertions.Expect(chart.GetByRole(AriaRole.Img, new() { NameRegex = new Regex("^" + Regex.Escape(nameStartsWith)) })).ToHaveCountAsync(1);
        var widths = await chart.Locator("rect.app-chart__bar").EvaluateAllAsync<double[]>("bars => bars.map(b => b.getBoundingClientRect().width)");
        Assert.Contains(widths, w => w > 0);
        await Assertions.Expect(chart.Locator("table")).ToHaveCountAsync(1);
    }

    /// <summary>Six applications the officer has assessed: enough that no breakdown of them is suppressed.</summary>
    private async Task SeedApplicationsAsync()
    {
        using var officer = await site.AdminApiAsync();
        for (var i = 0; i < 6; i++)
        {
            var reference = (await site.SubmitApplicationAsync(postcode: "B98 8AH"))["reference"]!.GetValue<string>();
            await officer.DecideThresholdAsync(reference, met: false, "One complaint in six months.");
        }
    }
}
