using System.Net.Http.Json;
using CaseReview.BrowserTests.Support;
using Microsoft.Playwright;

namespace CaseReview.BrowserTests;

/// <summary>
/// Independent appeals in a real browser (issue 17, part 5): an officer is told the appeal is not theirs to decide;
/// the appeal reviewer finds it in their queue, makes a mistake, decides it, and the case page says who decided.
/// Every page passes axe-core.
/// </summary>
[Collection(ResidentSiteCollection.Name)]
public sealed class AppealReviewerPagesTests(ResidentSite site)
{
    [Fact]
    public async Task TheOfficerIsRefused_TheAppealReviewerDecides_WithNoAccessibilityViolations()
    {
        var application = await site.SubmitApplicationAsync();
        var reference = application["reference"]!.GetValue<string>();
        using (var admin = await site.AdminApiAsync())
        {
            await admin.DecideThresholdAsync(reference, met: false, "One complaint in six months.");
            (await admin.PostAsJsonAsync($"/api/cases/{reference}/appeal", new { grounds = "Two of my reports to the police were not counted." })).EnsureSuccessStatusCode();
        }

        var officer = await site.SignedInPageAsync(ResidentSite.AdminEmail, ResidentSite.AdminPassword);
        await officer.GotoAsync($"/staff/cases/{reference}");
        await Assertions.Expect(officer.Locator("#appeal-who-decides")).ToContainTextAsync("Only an appeal reviewer decides an appeal");
        await Assertions.Expect(officer.GetByRole(AriaRole.Button, new() { Name = "Decide the appeal" })).ToHaveCountAsync(0);
        await officer.ScanAsync("appeal-case-for-officer");
        await officer.GotoAsync($"/staff/cases/{reference}/appeal-decision");
        await Assertions.Expect(officer.Locator("main")).ToContainTextAsync("Only an appeal reviewer decides an appeal");
        await officer.ScanAsync("appeal-decision-refused");

        var reviewerEmail = await site.NewStaffAsync("AppealReviewer");
        var reviewer = await site.SignedInPageAsync(reviewerEmail);
        await Assertions.Expect(reviewer.Locator("h1")).ToHaveTextAsync("Appeals");
        await Assertions.Expect(reviewer.Locator("main")).ToContainTextAsync(reference);
        await reviewer.ScanAsync("appeal-reviewer-queue");
        await reviewer.GotoAsync($"/staff/cases/{reference}");
        await reviewer.ScanAsync("appeal-reviewer-case");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Decide the appeal" }).ClickAsync();
        await Assertions.Expect(reviewer.Locator("h1")).ToHaveTextAsync("Decide the appeal");
        await reviewer.ScanAsync("appeal-decision");
        await reviewer.ContinueAsync("Save the decision");
        await Assertions.Expect(reviewer.Locator(".govuk-error-summary")).ToContainTextAsync("Say whether the appeal is upheld");
        await reviewer.ScanAsync("appeal-decision-errors");
        await reviewer.GetByLabel("Yes, the appeal is upheld").CheckAsync();
        await reviewer.GetByLabel("Reason for the decision").FillAsync("Two police reports were not counted. We will look at the threshold again.");
        await reviewer.ContinueAsync("Save the decision");
        await Assertions.Expect(reviewer.Locator("#appeal-decided-by")).ToContainTextAsync($"{reviewerEmail}, appeal reviewer");
        await reviewer.ScanAsync("appeal-decided-reviewer");

        await officer.GotoAsync($"/staff/cases/{reference}");
        await Assertions.Expect(officer.Locator("#appeal-decided-by")).ToContainTextAsync($"{reviewerEmail}, appeal reviewer");
        await officer.ScanAsync("appeal-decided-officer");
    }
}
