using CaseReview.BrowserTests.Support;
using Microsoft.Playwright;

namespace CaseReview.BrowserTests;

[Collection(ResidentSiteCollection.Name)]
public sealed class KeyboardJourneyTests(ResidentSite site)
{
    [Fact]
    public async Task Journey_CompletesWithTheKeyboardOnly()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/");
        await page.TabAndGoAsync("a.govuk-button--start");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("About you");
        await page.TabAndPressAsync("#isThirdParty", "Space");
        await page.TabAndTypeAsync("#applicant-name", "Kim Keyboard");
        await page.TabAndPressAsync("#victimType", "Space");
        await page.TabToButtonAndGoAsync("Continue");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("About the problem");
        await page.TabAndTypeAsync("#location", "Elm Close");
        await page.TabAndTypeAsync("#description", "Shouting and banging at night.");
        await page.TabAndPressAsync("#asbType", "Space");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.TabAndPressAsync("#issueTypes-2", "Space");
        await page.TabToButtonAndGoAsync("Continue");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("How it affects you");
        await page.TabAndPressAsync("#hateMotivated", "Space");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.TabAndTypeAsync("#impact", "I feel unsafe at home.");
        await page.TabToButtonAndGoAsync("Continue", "Space");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("The complaints you made");
        foreach (var incident in new[] { Resident.FirstIncident, Resident.SecondIncident })
        {
            await page.TabAndGoAsync("a[href='/apply/complaint']");
            await page.TabAndTypeDateAsync("incidentDate", incident);
            await page.TabAndTypeDateAsync("reportedDate", incident.AddDays(2));
            await page.TabAndPressAsync("#agency", "Space");
            await page.TabToButtonAndGoAsync("Save this complaint");
        }

        await Assertions.Expect(page.Locator(".govuk-summary-card")).ToHaveCountAsync(2);
        await page.TabToButtonAndGoAsync("Continue");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("How to contact you");
        await page.TabAndPressAsync("#applicant-preferredContact", "Space");
        await page.TabAndTypeAsync("#applicant-email", "kim@example.org");
        await page.TabToButtonAndGoAsync("Continue");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Check your answers before sending your application");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Kim Keyboard");
        await page.TabToButtonAndGoAsync("Accept and send");

        await Assertions.Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("Application sent");
        await page.TabAndGoAsync("#tracking-link");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("We have received your application");
        await page.ScanAsync("keyboard-track-application");
    }
}
