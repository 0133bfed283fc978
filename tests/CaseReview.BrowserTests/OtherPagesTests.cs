using CaseReview.BrowserTests.Support;
using Microsoft.Playwright;

namespace CaseReview.BrowserTests;

[Collection(ResidentSiteCollection.Name)]
public sealed class OtherPagesTests(ResidentSite site)
{
    [Theory]
    [InlineData("/track", "Track your application", "track-index")]
    [InlineData("/accessibility", "Accessibility statement", "accessibility")]
    [InlineData("/privacy", "Privacy notice", "privacy")]
    [InlineData("/track/NOSUCHCODE", "Page not found", "not-found")]
    public async Task InformationPages_HaveNoAccessibilityViolations(string url, string heading, string name)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(url);

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(heading);
        await page.ScanAsync(name);
    }

    [Fact]
    public async Task Applicant_WhoseThresholdWasNotMet_AsksForAnAppealOnTheTrackingPage()
    {
        var code = await ThresholdNotMetApplicationAsync();
        var page = await site.NewPageAsync();
        await page.GotoAsync("/track");
        await page.GetByLabel("Track your application").FillAsync(code.ToLowerInvariant());
        await page.ContinueAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Your application did not meet the threshold for a case review");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("You can ask for an appeal until");
        await page.ScanAsync("track-appeal");

        await page.ContinueAsync("Ask for an appeal");
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Tell us why you are asking for an appeal");
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await page.ScanAsync("track-appeal-errors");

        await page.GetByLabel("Relevant facts were not considered").CheckAsync();
        await page.GetByLabel("Tell us what went wrong").FillAsync("Two of my reports to the police were not counted.");
        await page.ContinueAsync("Ask for an appeal");

        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("We have received your request for an appeal");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("We have received your request for an appeal");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Ask for an appeal" })).ToHaveCountAsync(0);
        await page.ScanAsync("track-appeal-sent");
    }

    /// <summary>An application made through the API that an officer finds below the threshold, so its appeal window is open.</summary>
    private async Task<string> ThresholdNotMetApplicationAsync()
    {
        var application = await site.SubmitApplicationAsync();
        using var admin = await site.AdminApiAsync();
        await admin.DecideThresholdAsync(application["reference"]!.GetValue<string>(), met: false, "One complaint in six months.");
        return application["trackingCode"]!.GetValue<string>();
    }
}
