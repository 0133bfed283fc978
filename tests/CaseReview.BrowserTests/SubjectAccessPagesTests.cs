using CaseReview.BrowserTests.Support;
using Microsoft.Playwright;

namespace CaseReview.BrowserTests;

/// <summary>
/// Subject access in a real browser: an administrator searches by a phone number too short to search by and is told what is wrong beside the
/// field, then by the applicant's email and sees the case, what to review for other people's data and the PDF download.
/// Every page, with and without errors, passes axe-core.
/// </summary>
[Collection(ResidentSiteCollection.Name)]
public sealed class SubjectAccessPagesTests(ResidentSite site)
{
    [Fact]
    public async Task Administrator_SearchesAfterAMistake_AndIsOfferedThePdf_WithNoAccessibilityViolations()
    {
        var email = $"sar.{Guid.NewGuid():N}@example.org";
        var reference = (await site.SubmitApplicationAsync(email: email))["reference"]!.GetValue<string>();
        var admin = await site.SignedInPageAsync(ResidentSite.AdminEmail, ResidentSite.AdminPassword);

        await admin.GotoAsync("/staff/subject-access");
        await admin.GetByLabel("Phone number").FillAsync("12");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#phone-error")).ToContainTextAsync("Enter a phone number of 6 to 30 characters");
        await admin.ScanAsync("subject-access-errors");

        await admin.GetByLabel("Phone number").FillAsync(string.Empty);
        await admin.GetByLabel("Email address").FillAsync(email);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#found")).ToHaveTextAsync("1 case found");
        await Assertions.Expect(admin.Locator($"#case-{reference}")).ToContainTextAsync("found by email");
        await Assertions.Expect(admin.GetByRole(AriaRole.Button, new() { Name = "Download as PDF" })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("handler=Pdf"));
        await admin.ScanAsync("subject-access");
    }
}
