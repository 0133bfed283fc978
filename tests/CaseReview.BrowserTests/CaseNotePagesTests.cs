using CaseReview.BrowserTests.Support;
using Microsoft.Playwright;

namespace CaseReview.BrowserTests;

/// <summary>
/// Notes and contacts in a real browser: an officer opens the form from the case page, saves a phone call with nothing
/// said and no one named and is shown both beside their fields, then saves it shared with the panel; the case page's
/// timeline shows it. Every page, with and without errors, passes axe-core.
/// </summary>
[Collection(ResidentSiteCollection.Name)]
public sealed class CaseNotePagesTests(ResidentSite site)
{
    [Fact]
    public async Task Officer_AddsAContactAfterMistakes_AndTheTimelineShowsIt_WithNoAccessibilityViolations()
    {
        var reference = (await site.SubmitApplicationAsync())["reference"]!.GetValue<string>();
        var officer = await site.SignedInPageAsync(ResidentSite.AdminEmail, ResidentSite.AdminPassword);

        await officer.GotoAsync($"/staff/cases/{reference}");
        await officer.GetByRole(AriaRole.Link, new() { Name = "Add a note or contact" }).ClickAsync();
        await Assertions.Expect(officer.Locator("h1")).ToContainTextAsync("Add a note or contact");
        await officer.ScanAsync("note");

        await officer.GetByLabel("Phone call").CheckAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Save the entry" }).ClickAsync();
        await Assertions.Expect(officer.Locator(".govuk-error-summary")).ToContainTextAsync("Enter what was said, done or agreed");
        await Assertions.Expect(officer.Locator("#with-error")).ToContainTextAsync("Enter who the contact was with");
        await Assertions.Expect(officer.Locator("#text-error")).ToContainTextAsync("Enter what was said, done or agreed");
        await officer.ScanAsync("note-errors");

        await officer.GetByLabel("Who was it with?").FillAsync("Alex Example (applicant)");
        await officer.GetByLabel("What was said, done or agreed?").FillAsync("The motorbikes were back on Saturday night.");
        await officer.GetByLabel("Share this entry with the panel").CheckAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Save the entry" }).ClickAsync();

        await Assertions.Expect(officer.Locator("#done")).ToHaveTextAsync("Note added");
        await Assertions.Expect(officer.Locator("#history")).ToContainTextAsync("The motorbikes were back on Saturday night.");
        await Assertions.Expect(officer.Locator("#history")).ToContainTextAsync("Shared with the panel");
        await officer.ScanAsync("case-note-added");
    }
}
