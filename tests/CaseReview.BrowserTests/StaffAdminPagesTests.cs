using CaseReview.BrowserTests.Support;
using CaseReview.UseCases.Common;
using CaseReview.UseCases.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CaseReview.BrowserTests;

/// <summary>An administrator's staff pages (deadlines, emails, audit trail, cases) in a real browser: each passes axe-core.</summary>
[Collection(ResidentSiteCollection.Name)]
public sealed class StaffAdminPagesTests(ResidentSite site)
{
    [Fact]
    public async Task Administrator_SignsIn_AndUsesTheDeadlinesEmailsAndAuditPages_WithNoAccessibilityViolations()
    {
        var reference = await SubmitApplicationAsync();
        await FailTheAcknowledgementAsync(reference);
        var page = await site.NewPageAsync();

        await page.GotoAsync("/staff/sign-in");
        await page.GetByLabel("Email address").FillAsync(ResidentSite.AdminEmail);
        await page.GetByLabel("Password").FillAsync(ResidentSite.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Deadlines");
        await Assertions.Expect(page.Locator("#deadlines")).ToContainTextAsync(reference);
        await Assertions.Expect(page.Locator("#on-time").GetByRole(AriaRole.Img)).ToHaveCountAsync(1);
        await page.ScanAsync("staff-dashboard");

        await page.Locator("#failed-emails a").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Emails");
        var row = page.Locator("tr", new() { HasText = reference }).Filter(new() { HasText = "acknowledgement" });
        await Assertions.Expect(row).ToContainTextAsync("Connection refused");
        await page.ScanAsync("staff-emails-failed");

        await row.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Send again") }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("The email will be sent again");
        await page.ScanAsync("staff-emails-sent-again");

        await page.GetByRole(AriaRole.Link, new() { Name = "Audit trail" }).ClickAsync();
        await page.GetByLabel("Case reference").FillAsync(reference);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search the trail" }).ClickAsync();
        await Assertions.Expect(page.Locator("#audit-trail")).ToContainTextAsync("email.retry");
        await page.ScanAsync("staff-audit");

        await page.GetByRole(AriaRole.Link, new() { Name = "Cases", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Cases");
        await page.ScanAsync("staff-cases");
        await page.Locator("#cases").GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(reference);
        await Assertions.Expect(page.Locator("#history")).ToContainTextAsync("Application received");
        await page.ScanAsync("staff-case");
    }

    private async Task<string> SubmitApplicationAsync() =>
        (await site.SubmitApplicationAsync(postcode: "B98 8AH"))["reference"]!.GetValue<string>();

    /// <summary>
    /// The site has no mail server, but giving up takes the dispatcher hours of back-off; the row is put straight
    /// into the state the dispatcher leaves it in after its last attempt (again if the dispatcher was holding it).
    /// </summary>
    private async Task FailTheAcknowledgementAsync(string reference)
    {
        for (var tries = 0; tries < 20; tries++)
        {
            await using var scope = site.Services.CreateAsyncScope();
            var emails = scope.ServiceProvider.GetRequiredService<ICaseReviewDb>().OutboxEmails
                .Where(e => e.CaseReference == reference && e.Template == "acknowledgement");
            await emails.ExecuteUpdateAsync(s => s
                .SetProperty(e => e.Status, OutboxStatus.Failed).SetProperty(e => e.Attempts, 8)
                .SetProperty(e => e.LastError, "Connection refused").SetProperty(e => e.ClaimToken, (Guid?)null));
            await Task.Delay(200);
            if (await emails.AllAsync(e => e.Status == OutboxStatus.Failed))
            {
                return;
            }
        }

        throw new InvalidOperationException("The acknowledgement could not be marked failed.");
    }
}
