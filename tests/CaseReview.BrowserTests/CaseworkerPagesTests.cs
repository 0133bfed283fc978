using CaseReview.BrowserTests.Support;
using Microsoft.Playwright;

namespace CaseReview.BrowserTests;

/// <summary>An officer's forms before the panel in a real browser: each page, one with errors shown, passes axe-core.</summary>
[Collection(ResidentSiteCollection.Name)]
public sealed class CaseworkerPagesTests(ResidentSite site)
{
    [Fact]
    public async Task Officer_EntersAPhoneApplication_ChecksAComplaint_StartsTheAssessment_DecidesTheThreshold_AndExtendsADeadline()
    {
        var email = await site.NewStaffAsync("CaseOfficer");
        var page = await site.NewPageAsync();
        await page.GotoAsync("/staff/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(StaffSite.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await page.GotoAsync("/staff/cases");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enter an application" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Enter an application");
        await page.ScanAsync("staff-application-new");

        await page.GetByRole(AriaRole.Button, new() { Name = "Enter the application", Exact = true }).Last.ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select how the application was received");
        await page.ScanAsync("staff-application-new-errors");

        await page.GetByLabel("By phone").CheckAsync();
        await page.GetByLabel("Full name", new() { Exact = true }).FillAsync("Sam Caller");
        await page.GetByLabel("Phone number", new() { Exact = true }).FillAsync("07700900456");
        await page.Locator("#applicant-preferredContact-2").CheckAsync();
        await page.GetByLabel("Postcode", new() { Exact = true }).FillAsync("B98 8AH");
        await page.GetByLabel("Address", new() { Exact = true }).FillAsync("2 High Street, Redditch");
        await page.Locator("#isThirdParty-2").CheckAsync();
        await page.GetByLabel("A person").CheckAsync();
        await page.GetByLabel("Where does it happen?").FillAsync("The car park behind the shops");
        await page.GetByLabel("What happens?").FillAsync("Cars racing at night.");
        await page.GetByLabel("Nuisance", new() { Exact = true }).CheckAsync();
        await page.Locator("#hateMotivated-2").CheckAsync();
        await page.GetByLabel("How does it affect the victim?").FillAsync("No one on the street can sleep.");
        await FillComplaintAsync(page, 0, Resident.FirstIncident, "Police");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add another complaint" }).ClickAsync();
        await FillComplaintAsync(page, 1, Resident.SecondIncident, "Council");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enter the application", Exact = true }).Last.ClickAsync();

        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Application entered");
        await page.ScanAsync("staff-case-entered");

        await page.Locator("#complaints").GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Check a complaint");
        await page.ScanAsync("staff-complaint-verify");
        await page.GetByRole(AriaRole.Button, new() { Name = "The complaint is in their records" }).ClickAsync();
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Complaint checked");

        await page.Locator("[data-action=start-assessment]").ClickAsync();
        await page.ScanAsync("staff-start-assessment");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the assessment" }).ClickAsync();
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Assessment started");

        await page.Locator("[data-action=threshold-decision]").ClickAsync();
        await Assertions.Expect(page.Locator("#suggestion")).ToContainTextAsync("The threshold is not met");
        await page.ScanAsync("staff-threshold-decision");
        await page.GetByLabel("Yes, the threshold is met").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Give a reason");
        await page.ScanAsync("staff-threshold-decision-errors");
        await page.GetByLabel("Reason for the decision").FillAsync("The Police confirm many more reports from neighbours.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Threshold decision recorded");

        await page.Locator("#deadlines").GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Extend a deadline");
        await page.ScanAsync("staff-extend-deadline");
        await page.FillDateAsync("dueDate", Resident.Today.AddDays(60));
        await page.Locator("#reason").FillAsync("The applicant asked for a later meeting.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Extend the deadline" }).ClickAsync();
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("The applicant asked for a later meeting.");
    }

    private static async Task FillComplaintAsync(IPage page, int row, DateOnly incident, string agency)
    {
        await page.FillDateAsync($"complaints-{row}-incidentDate", incident);
        await page.FillDateAsync($"complaints-{row}-reportedDate", incident.AddDays(1));
        await page.Locator($"#complaints-{row}-agency").SelectOptionAsync(agency);
        await page.Locator($"#complaints-{row}-summary").FillAsync("Racing in the car park.");
    }
}
