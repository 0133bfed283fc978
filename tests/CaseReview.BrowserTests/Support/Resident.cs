using System.Globalization;
using Microsoft.Playwright;

namespace CaseReview.BrowserTests.Support;

/// <summary>A resident's answers, with dates relative to today so the complaints always fall inside the time limits.</summary>
public static class Resident
{
    public static DateOnly Today { get; } = DateOnly.FromDateTime(DateTime.UtcNow);

    public static DateOnly FirstIncident { get; } = Today.AddDays(-40);

    public static DateOnly SecondIncident { get; } = Today.AddDays(-12);

    public static async Task FillDateAsync(this IPage page, string id, DateOnly date)
    {
        await page.FillAsync($"#{id}-day", date.Day.ToString(CultureInfo.InvariantCulture));
        await page.FillAsync($"#{id}-month", date.Month.ToString(CultureInfo.InvariantCulture));
        await page.FillAsync($"#{id}-year", date.Year.ToString(CultureInfo.InvariantCulture));
    }

    public static Task ContinueAsync(this IPage page, string button = "Continue") =>
        page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();

    public static async Task AddComplaintAsync(this IPage page, DateOnly incident, string agencyLabel, string reference)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Add" }).First.ClickAsync();
        await page.FillDateAsync("incidentDate", incident);
        await page.FillDateAsync("reportedDate", incident.AddDays(1));
        await page.GetByLabel(agencyLabel, new() { Exact = true }).CheckAsync();
        await page.FillAsync("#agencyReference", reference);
        await page.ContinueAsync("Save this complaint");
    }

    public static async Task<string> TextAsync(this IPage page, string selector) => (await page.Locator(selector).InnerTextAsync()).Trim();
}
