using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseReview.BrowserTests.Support;
using CaseReview.UseCases.Survey;
using Microsoft.Playwright;

namespace CaseReview.BrowserTests;

/// <summary>
/// The satisfaction survey sent when a case closes (issue 17, part 6), in a real browser: a mistake first, then the
/// answers, then the kind page for a second try and for an unknown address; and the officers' reports page with the
/// survey's results. Every page, with and without errors, passes axe-core.
/// </summary>
[Collection(ResidentSiteCollection.Name)]
public sealed class SurveyPagesTests(ResidentSite site)
{
    [Fact]
    public async Task TheApplicantAnswersTheSurvey_Once_WithNoAccessibilityViolations()
    {
        var code = SurveyCodes.Display(SurveyCodes.For(await ClosedCaseTrackingCodeAsync()));
        var page = await site.NewPageAsync();
        await page.GotoAsync($"/survey/{code}");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Tell us how we did");
        await page.ScanAsync("survey");

        await page.GetByLabel("Is there anything else you want to tell us? (optional)").FillAsync(new string('x', 2001));
        await page.ContinueAsync("Send my answers");
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#comments-error")).ToContainTextAsync("2,000 characters or fewer");
        await page.ScanAsync("survey-errors");

        await page.GetByRole(AriaRole.Group, new() { Name = "Did the problem get better?" }).GetByLabel("Partly").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Did we tell you what was going on?" }).GetByLabel("Most of the time").CheckAsync();
        await page.GetByLabel("Is there anything else you want to tell us? (optional)").FillAsync("The officer rang me back.");
        await page.ContinueAsync("Send my answers");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Thank you");
        await page.ScanAsync("survey-thank-you");

        await page.GotoAsync($"/survey/{code}");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("You have already answered");
        await page.ScanAsync("survey-answered");
        await page.GotoAsync("/survey/ABCD-EFGH-JKMN");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("We cannot find this survey");
        await page.ScanAsync("survey-not-found");
    }

    [Fact]
    public async Task AnOfficer_SeesTheSurveyResultsOnTheReportsPage_WithNoAccessibilityViolations()
    {
        var code = SurveyCodes.For(await ClosedCaseTrackingCodeAsync());
        using (var resident = new HttpClient { BaseAddress = new Uri(site.BaseUrl) })
        {
            (await resident.PostAsJsonAsync($"/api/survey/{code}", new { improved = "Yes", keptInformed = "Always", listenedTo = "Mostly" })).EnsureSuccessStatusCode();
        }

        var page = await site.SignedInPageAsync(await site.NewStaffAsync("CaseOfficer"));
        await page.GotoAsync("/staff/reports");
        await Assertions.Expect(page.Locator("#survey")).ToHaveTextAsync("Satisfaction survey");
        await Assertions.Expect(page.Locator("#survey-improved")).ToContainTextAsync("fewer than 5");
        await page.ScanAsync("staff-reports-survey");
    }

    /// <summary>
    /// A case closed now, the one way the site's real clock allows at once: the threshold is not met, the applicant
    /// appeals, and the appeal reviewer does not uphold it. Answers its tracking code.
    /// </summary>
    private async Task<string> ClosedCaseTrackingCodeAsync()
    {
        var application = await site.SubmitApplicationAsync();
        var reference = application["reference"]!.GetValue<string>();
        using var admin = await site.AdminApiAsync();
        await admin.DecideThresholdAsync(reference, met: false, reason: "One complaint, and the threshold is three.");
        (await admin.PostAsJsonAsync($"/api/cases/{reference}/appeal", new { grounds = "The threshold was applied wrongly." })).EnsureSuccessStatusCode();

        var reviewer = await site.NewStaffAsync("AppealReviewer");
        using var api = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };
        var login = await (await api.PostAsJsonAsync("/api/auth/login", new { email = reviewer, password = StaffSite.Password })).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login!["accessToken"]!.GetValue<string>());
        (await api.PostAsJsonAsync($"/api/cases/{reference}/appeal-decision", new { upheld = false, reason = "The threshold was applied as the rules say." })).EnsureSuccessStatusCode();
        return application["trackingCode"]!.GetValue<string>();
    }
}
