using CaseReview.BrowserTests.Support;
using Microsoft.Playwright;

namespace CaseReview.BrowserTests;

/// <summary>
/// Restriction of processing (Article 18) in a real browser: an administrator opens the form from the case page, sends
/// it empty and is shown what to fill in beside each field, then restricts on a ground; the case page shows the banner
/// and the queue the tag; the restriction is lifted from the banner. Every page, with and without errors, passes axe-core.
/// </summary>
[Collection(ResidentSiteCollection.Name)]
public sealed class RestrictionPagesTests(ResidentSite site)
{
    [Fact]
    public async Task Administrator_RestrictsAfterMistakes_AndLifts_WithNoAccessibilityViolations()
    {
        var reference = (await site.SubmitApplicationAsync())["reference"]!.GetValue<string>();
        var admin = await site.SignedInPageAsync(ResidentSite.AdminEmail, ResidentSite.AdminPassword);

        await admin.GotoAsync($"/staff/cases/{reference}");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Restrict processing of this case (UK GDPR Article 18)" }).ClickAsync();
        await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync("Restrict processing");
        await admin.ScanAsync("restriction");

        await admin.GetByRole(AriaRole.Button, new() { Name = "Restrict processing" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#ground-error")).ToContainTextAsync("Choose the ground");
        await Assertions.Expect(admin.Locator("#reason-error")).ToContainTextAsync("Enter why processing is restricted");
        await admin.ScanAsync("restriction-errors");

        await admin.GetByLabel("The person needs the data for legal claims").CheckAsync();
        await admin.GetByLabel("Reason", new() { Exact = true }).FillAsync("The applicant's solicitor asked us to keep the file.");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Restrict processing" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#done")).ToContainTextAsync("Processing restricted");
        await Assertions.Expect(admin.Locator("#restriction")).ToContainTextAsync("legal claims");
        await admin.ScanAsync("case-restricted");

        await admin.GotoAsync("/staff/cases");
        await Assertions.Expect(admin.Locator("#cases")).ToContainTextAsync("Restricted");
        await admin.ScanAsync("queue-restricted");

        await admin.GotoAsync($"/staff/cases/{reference}");
        await admin.Locator("#lift-restriction").ClickAsync();
        await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync("Lift the restriction of processing");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Lift the restriction" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#reason-error")).ToContainTextAsync("Enter why the restriction is lifted");
        await admin.ScanAsync("lift-restriction-errors");
        await admin.GetByLabel("Why is the restriction lifted?").FillAsync("The claim is settled.");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Lift the restriction" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#done")).ToContainTextAsync("Restriction lifted");
        await Assertions.Expect(admin.Locator("#restriction")).ToHaveCountAsync(0);
    }
}
