using Microsoft.Playwright;

namespace CaseReview.BrowserTests.Support;

/// <summary>The application form filled in with the mouse, from "About you" to the confirmation, calling back at each page.</summary>
public static class ApplicationJourney
{
    public static async Task<string> ApplyWithTwoComplaintsAsync(IPage page, Func<string, Task> atPage)
    {
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("About you");
        await atPage("apply-1-about-you");
        await page.GetByLabel("For myself").CheckAsync();
        await page.GetByLabel("Your full name").FillAsync("Alex Example");
        await page.GetByLabel("A person or a household").CheckAsync();
        await page.ContinueAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("About the problem");
        await page.GetByLabel("Where does it happen?").FillAsync("Footpaths behind Elm Close");
        await page.GetByLabel("What is happening?").FillAsync("Motorbikes racing across the footpaths most evenings.");
        await page.FillDateAsync("problemStartedOn", Resident.FirstIncident.AddDays(-30));
        await page.GetByLabel("It causes trouble for people living nearby").CheckAsync();
        await page.GetByLabel("Noise", new() { Exact = true }).CheckAsync();
        await atPage("apply-2-problem");
        await page.ContinueAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("How it affects you");
        await page.GetByLabel("No", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("How does it affect you, or the person you are applying for?").FillAsync("We cannot sleep and the children are scared.");
        await atPage("apply-3-effect");
        await page.ContinueAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("The complaints you made");
        await atPage("apply-4-complaints-none");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a complaint" }).ClickAsync();
        await atPage("apply-5-complaint");
        await page.GoBackAsync();
        await page.AddComplaintAsync(Resident.FirstIncident, "The police", "WMP-1234");
        await page.AddComplaintAsync(Resident.SecondIncident, "The council", "ASB-99");
        await Assertions.Expect(page.Locator(".govuk-summary-card")).ToHaveCountAsync(2);
        await atPage("apply-6-complaints-two");
        await page.ContinueAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("How to contact you");
        await page.GetByLabel("By email").CheckAsync();
        await page.GetByLabel("Email address").FillAsync("alex@example.org");
        await atPage("apply-7-contact");
        await page.ContinueAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Check your answers before sending your application");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Complaint 2");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Alex Example");
        await atPage("apply-8-check-answers");
        await page.ContinueAsync("Accept and send");

        await Assertions.Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("Application sent");
        await Assertions.Expect(page.Locator(".govuk-panel__body")).ToContainTextAsync("CR-");
        await atPage("apply-9-confirmation");
        return await page.TextAsync(".app-tracking-code");
    }
}
