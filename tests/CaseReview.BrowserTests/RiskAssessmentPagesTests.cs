using CaseReview.BrowserTests.Support;
using CaseReview.Domain.Risk;
using Microsoft.Playwright;

namespace CaseReview.BrowserTests;

/// <summary>
/// The victim risk assessment in a real browser: an officer opens the questionnaire from the case page, saves it with
/// nothing chosen and is shown every question to answer, then answers (thoughts of self-harm: critical) and the case
/// page shows high risk with what to consider. Every page, with and without errors, passes axe-core.
/// </summary>
[Collection(ResidentSiteCollection.Name)]
public sealed class RiskAssessmentPagesTests(ResidentSite site)
{
    [Fact]
    public async Task Officer_AssessesTheRisk_AfterMistakes_AndTheCasePageWarnsOfHighRisk_WithNoAccessibilityViolations()
    {
        var reference = (await site.SubmitApplicationAsync())["reference"]!.GetValue<string>();
        var officer = await site.SignedInPageAsync(ResidentSite.AdminEmail, ResidentSite.AdminPassword);

        await officer.GotoAsync($"/staff/cases/{reference}");
        await officer.GetByRole(AriaRole.Link, new() { Name = "Assess the victim's risk" }).ClickAsync();
        await Assertions.Expect(officer.Locator("h1")).ToHaveTextAsync("Assess the victim's risk");
        await officer.ScanAsync("risk-assessment");

        await officer.GetByRole(AriaRole.Button, new() { Name = "Save the assessment" }).ClickAsync();
        await Assertions.Expect(officer.Locator(".govuk-error-summary")).ToContainTextAsync("Choose an answer to \"Is the victim being targeted again and again?\"");
        await Assertions.Expect(officer.Locator("#answers-self-harm-error")).ToContainTextAsync("Choose an answer");
        await officer.ScanAsync("risk-assessment-errors");

        foreach (var question in DefaultRiskQuestionnaire.Build().Questions)
        {
            // The first answer keeps the question's id; "Yes" to thoughts of self-harm is its second.
            await officer.Locator(question.Id == "self-harm" ? "#answers-self-harm-2" : $"#answers-{question.Id}").CheckAsync();
        }

        await officer.GetByRole(AriaRole.Button, new() { Name = "Save the assessment" }).ClickAsync();
        await Assertions.Expect(officer.Locator("#done")).ToHaveTextAsync("Risk assessment recorded");
        await Assertions.Expect(officer.Locator("#risk-level")).ToHaveTextAsync("High risk");
        await Assertions.Expect(officer.Locator("#risk-warning")).ToContainTextAsync("safeguarding referral");
        await officer.ScanAsync("case-high-risk");

        await officer.GotoAsync("/staff/cases?risk=High");
        await Assertions.Expect(officer.Locator("#cases")).ToContainTextAsync("High risk");
        await officer.ScanAsync("queue-high-risk");
    }
}
