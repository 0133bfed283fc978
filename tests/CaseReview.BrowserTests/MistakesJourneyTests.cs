using CaseReview.BrowserTests.Support;
using Microsoft.Playwright;

namespace CaseReview.BrowserTests;

[Collection(ResidentSiteCollection.Name)]
public sealed class MistakesJourneyTests(ResidentSite site)
{
    [Fact]
    public async Task Mistakes_ShowTheErrorSummaryWithFocusOnIt_AndKeepWhatWasTyped()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/apply/about-you");

        await page.GetByLabel("Your full name").FillAsync("Sam Mistake");
        await page.ContinueAsync();
        await ExpectErrorSummaryWithFocusAsync(page, "Select whether you are applying for yourself or for someone else");
        await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));
        await Assertions.Expect(page.GetByLabel("Your full name")).ToHaveValueAsync("Sam Mistake");
        await Assertions.Expect(page.Locator("#victimType-error")).ToContainTextAsync("Select whether the victim is a person, a business or a community group");
        await page.ScanAsync("errors-1-about-you");

        await page.GetByLabel("For someone else, with their agreement").CheckAsync();
        await page.GetByLabel("A community group").CheckAsync();
        await page.ContinueAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("The person you are applying for");
        await page.ScanAsync("apply-someone-else");
        await page.GetByLabel("Their full name").FillAsync("Jo Victim");
        await page.GetByLabel("No, only contact me").CheckAsync();
        await page.FillAsync("#thirdParty-consentGivenOn-day", "31");
        await page.FillAsync("#thirdParty-consentGivenOn-month", "2");
        await page.FillAsync("#thirdParty-consentGivenOn-year", "2026");
        await page.ContinueAsync();
        await ExpectErrorSummaryWithFocusAsync(page, "Enter their address");
        await Assertions.Expect(page.Locator("#thirdParty-victimConsent-error")).ToContainTextAsync("Confirm that they agree");
        await Assertions.Expect(page.Locator("#thirdParty-consentHow-error")).ToContainTextAsync("Select how they told you they agree");
        await Assertions.Expect(page.Locator("#thirdParty-consentGivenOn-error")).ToContainTextAsync("The date they agreed must be a real date");
        await Assertions.Expect(page.GetByLabel("Their full name")).ToHaveValueAsync("Jo Victim");
        await page.ScanAsync("errors-2-someone-else");
        await page.GetByLabel("Their address").FillAsync("3 Elm Road, Redditch");
        await page.GetByLabel("Their postcode").FillAsync("B97 4QR");
        await page.GetByLabel("How do you know them?").FillAsync("Neighbour");
        await page.GetByLabel("Yes, they agree that I can apply for them").CheckAsync();
        await page.GetByLabel("In writing").CheckAsync();
        await page.FillDateAsync("thirdParty-consentGivenOn", Resident.FirstIncident);
        await page.ContinueAsync();

        await page.GetByLabel("Where does it happen?").FillAsync("The park on Elm Road");
        await page.FillAsync("#problemStartedOn-day", "31");
        await page.FillAsync("#problemStartedOn-month", "2");
        await page.FillAsync("#problemStartedOn-year", "2026");
        await page.ContinueAsync();
        await ExpectErrorSummaryWithFocusAsync(page, "The date the problem started must be a real date");
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Describe the anti-social behaviour");
        await Assertions.Expect(page.GetByLabel("Where does it happen?")).ToHaveValueAsync("The park on Elm Road");
        await Assertions.Expect(page.Locator("#problemStartedOn-day")).ToHaveValueAsync("31");
        await page.ScanAsync("errors-3-problem");

        // The summary's link takes the resident to the field, where they put it right.
        await page.Locator(".govuk-error-summary").GetByRole(AriaRole.Link, new() { Name = "Describe the anti-social behaviour" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("What is happening?")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task ComplaintAndContactMistakes_AreExplainedNextToTheField()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/apply/about-you");
        await page.GetByLabel("For myself").CheckAsync();
        await page.GetByLabel("Your full name").FillAsync("Alex Example");
        await page.GetByLabel("A business").CheckAsync();
        await page.ContinueAsync();
        await page.GotoAsync("/apply/complaints");

        await page.ContinueAsync();
        await ExpectErrorSummaryWithFocusAsync(page, "Add at least one time you reported the problem");
        await page.ScanAsync("errors-4-complaints");

        await page.GetByRole(AriaRole.Link, new() { Name = "Add a complaint" }).ClickAsync();
        await page.FillDateAsync("incidentDate", Resident.SecondIncident);
        await page.FillDateAsync("reportedDate", Resident.SecondIncident.AddDays(-3));
        await page.FillAsync("#agencyReference", "REF-77");
        await page.ContinueAsync("Save this complaint");
        await ExpectErrorSummaryWithFocusAsync(page, "The date you reported it must be the same as or after the date it happened");
        await Assertions.Expect(page.Locator("#agency-error")).ToContainTextAsync("Enter who you reported it to");
        await Assertions.Expect(page.Locator("#agencyReference")).ToHaveValueAsync("REF-77");
        await page.ScanAsync("errors-5-complaint");

        await page.GotoAsync("/apply/contact");
        await page.GetByLabel("By email").CheckAsync();
        await page.GetByLabel("Email address").FillAsync("not-an-email");
        await page.ContinueAsync();
        await ExpectErrorSummaryWithFocusAsync(page, "Enter an email address in the correct format");
        await Assertions.Expect(page.GetByLabel("Email address")).ToHaveValueAsync("not-an-email");
        await page.ScanAsync("errors-6-contact");
    }

    [Fact]
    public async Task EligibilityMistakes_AreShownAndWhatWasTypedIsKept()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/eligibility");
        await page.FillAsync("#complaints-0-incidentDate-day", "40");
        await page.ContinueAsync("Check");

        await ExpectErrorSummaryWithFocusAsync(page, "The date it happened must");
        await Assertions.Expect(page.Locator("#complaints-0-incidentDate-day")).ToHaveValueAsync("40");
        await page.ScanAsync("errors-7-eligibility");
    }

    private static async Task ExpectErrorSummaryWithFocusAsync(IPage page, string message)
    {
        var summary = page.Locator(".govuk-error-summary");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        await Assertions.Expect(summary).ToContainTextAsync("There is a problem");
        await Assertions.Expect(summary).ToContainTextAsync(message);
        await Assertions.Expect(summary).ToBeFocusedAsync();
    }
}
