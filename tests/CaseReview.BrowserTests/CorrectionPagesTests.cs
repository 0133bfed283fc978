using CaseReview.BrowserTests.Support;
using Microsoft.Playwright;

namespace CaseReview.BrowserTests;

/// <summary>
/// Correcting a detail (UK GDPR Article 16) in a real browser: a case officer opens the form from the case page, sends a
/// bad phone number with no reason and is shown what is wrong beside each field, then corrects it; the case page shows
/// the corrected details with the value it had. Every page, with and without errors, passes axe-core.
/// </summary>
[Collection(ResidentSiteCollection.Name)]
public sealed class CorrectionPagesTests(ResidentSite site)
{
    [Fact]
    public async Task Officer_CorrectsAPhoneNumberAfterMistakes_AndTheCasePageShowsTheCorrection_WithNoAccessibilityViolations()
    {
        var reference = (await site.SubmitApplicationAsync())["reference"]!.GetValue<string>();
        var officer = await site.SignedInPageAsync(await site.NewStaffAsync("CaseOfficer"));

        await officer.GotoAsync($"/staff/cases/{reference}");
        await officer.GetByRole(AriaRole.Link, new() { Name = "Correct a detail" }).ClickAsync();
        await Assertions.Expect(officer.Locator("h1")).ToContainTextAsync("Correct a detail");
        await officer.ScanAsync("correction");

        await officer.GetByLabel("Which detail is wrong?").SelectOptionAsync(new SelectOptionValue { Label = "Applicant's phone number" });
        await officer.GetByLabel("The correct value").FillAsync("not a phone");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Correct the detail" }).ClickAsync();
        await Assertions.Expect(officer.Locator("#value-error")).ToContainTextAsync("Enter a telephone number, like 01632 960 001 or 07700 900 982");
        await Assertions.Expect(officer.Locator("#reason-error")).ToContainTextAsync("Enter why the detail is being corrected");
        await Assertions.Expect(officer.Locator(".govuk-error-summary")).ToContainTextAsync("Enter a telephone number");
        await officer.ScanAsync("correction-errors");

        await officer.GetByLabel("The correct value").FillAsync("07700 900 982");
        await officer.GetByLabel("Why is it being corrected?").FillAsync("Alex rang with a new number.");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Correct the detail" }).ClickAsync();
        await Assertions.Expect(officer.Locator("#done")).ToContainTextAsync("Detail corrected");
        var corrections = officer.Locator("#corrections");
        await Assertions.Expect(corrections).ToContainTextAsync("Corrected details");
        await Assertions.Expect(corrections).ToContainTextAsync("Applicant's phone number");
        await Assertions.Expect(corrections).ToContainTextAsync("07700 900 982");
        await Assertions.Expect(corrections).ToContainTextAsync("Alex rang with a new number.");
        await officer.ScanAsync("case-corrected");
    }
}
