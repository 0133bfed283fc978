using CaseReview.BrowserTests.Support;
using Microsoft.Playwright;

namespace CaseReview.BrowserTests;

/// <summary>
/// The applicant acts from the tracking page in a real browser (issue 17, part 4): changes how we contact them (a
/// mistake first) and withdraws (a mistake first); every page, with and without errors, passes axe-core.
/// </summary>
[Collection(ResidentSiteCollection.Name)]
public sealed class ApplicantChangesPagesTests(ResidentSite site)
{
    [Fact]
    public async Task TheApplicantChangesHowWeContactThem_ThenWithdraws_WithNoAccessibilityViolations()
    {
        var application = await site.SubmitApplicationAsync();
        var code = application["trackingCode"]!.GetValue<string>();
        var page = await site.NewPageAsync();
        await page.GotoAsync($"/track/{code}");
        await Assertions.Expect(page.Locator("#changes")).ToHaveTextAsync("If something has changed");
        await page.ScanAsync("track-with-changes");

        await page.GetByRole(AriaRole.Link, new() { Name = "Change how we contact you" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Change how we contact you");
        await page.ScanAsync("track-contact");
        await page.GetByLabel("New email address (optional)").FillAsync("not an address");
        await page.ContinueAsync("Save my new details");
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select how you would like us to contact you");
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#email-error")).ToContainTextAsync("Enter an email address in the correct format");
        await page.ScanAsync("track-contact-errors");
        await page.GetByLabel("By phone").CheckAsync();
        await page.GetByLabel("New email address (optional)").FillAsync(string.Empty);
        await page.GetByLabel("New phone number (optional)").FillAsync("07700 900456");
        await page.ContinueAsync("Save my new details");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Your details have been changed");
        await page.ScanAsync("track-contact-changed");

        await page.GetByRole(AriaRole.Link, new() { Name = "Go back to your application" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Withdraw your application" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Withdraw your application");
        await page.ScanAsync("track-withdraw");
        await page.GetByLabel("Why do you want to stop? (optional)").FillAsync(new string('x', 2001));
        await page.ContinueAsync("Withdraw my application");
        await Assertions.Expect(page.Locator("#reason-error")).ToContainTextAsync("2000 characters or fewer");
        await page.ScanAsync("track-withdraw-errors");
        await page.GetByLabel("Why do you want to stop? (optional)").FillAsync("Things are better now.");
        await page.ContinueAsync("Withdraw my application");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Application withdrawn");
        await page.ScanAsync("track-withdrawn");

        await page.GotoAsync($"/track/{code}/withdraw");
        await Assertions.Expect(page.Locator("#not-possible")).ToContainTextAsync("already ended");
        await page.ScanAsync("track-withdraw-ended");
        await page.GotoAsync($"/track/{code}/contact");
        await Assertions.Expect(page.Locator("#not-possible")).ToContainTextAsync("has ended");
        await page.ScanAsync("track-contact-ended");
    }

    [Fact]
    public async Task WithoutJavaScript_TheApplicantWithdraws()
    {
        var code = (await site.SubmitApplicationAsync())["trackingCode"]!.GetValue<string>();
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync($"/track/{code}/withdraw");
        await page.ContinueAsync("Withdraw my application");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Application withdrawn");
    }
}
