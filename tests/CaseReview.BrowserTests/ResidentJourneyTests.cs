using CaseReview.BrowserTests.Support;
using Microsoft.Playwright;

namespace CaseReview.BrowserTests;

[Collection(ResidentSiteCollection.Name)]
public sealed class ResidentJourneyTests(ResidentSite site)
{
    [Fact]
    public async Task Resident_ChecksEligibility_AppliesWithTwoComplaints_AndFollowsTheApplication()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Apply for an anti-social behaviour case review");
        await Assertions.Expect(page.Locator(".govuk-generic-header")).ToContainTextAsync("Redditch Borough Council");
        await page.ScanAsync("start");

        await page.GetByRole(AriaRole.Link, new() { Name = "Check if there is likely to be a case review" }).ClickAsync();
        await page.ScanAsync("eligibility");
        await page.FillDateAsync("complaints-0-incidentDate", Resident.FirstIncident);
        await page.FillDateAsync("complaints-0-reportedDate", Resident.FirstIncident.AddDays(1));
        await page.SelectOptionAsync("#complaints-0-agency", "Police");
        await page.ContinueAsync("Add another complaint");
        await page.FillDateAsync("complaints-1-incidentDate", Resident.SecondIncident);
        await page.FillDateAsync("complaints-1-reportedDate", Resident.SecondIncident.AddDays(1));
        await page.SelectOptionAsync("#complaints-1-agency", "Council");
        await page.GetByLabel("No", new() { Exact = true }).CheckAsync();
        await page.ContinueAsync("Check");

        var verdict = page.Locator("#verdict");
        await Assertions.Expect(verdict).ToContainTextAsync("A case review may not take place");
        await Assertions.Expect(verdict).ToContainTextAsync("Complaint 1: counts");
        await Assertions.Expect(verdict).ToContainTextAsync("Complaint 2: counts");
        await page.ScanAsync("eligibility-result");

        await verdict.GetByRole(AriaRole.Link, new() { Name = "Apply for a case review" }).ClickAsync();
        var code = await ApplicationJourney.ApplyWithTwoComplaintsAsync(page, page.ScanAsync);

        await page.Locator("#tracking-link").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync($"{site.BaseUrl}/track/{code}");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("We have received your application");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("We will decide whether the threshold is met by");
        await page.ScanAsync("track-application");
    }

    [Fact]
    public async Task Journey_CompletesWithJavaScriptTurnedOff()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync("/");
        await page.SnapAsync("nojs-start");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();

        var code = await ApplicationJourney.ApplyWithTwoComplaintsAsync(page, name => page.SnapAsync("nojs-" + name));

        await page.GotoAsync($"/track/{code}");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("We have received your application");
        await page.SnapAsync("nojs-track-application");
    }
}
