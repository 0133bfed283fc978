using System.Text.RegularExpressions;
using CaseReview.BrowserTests.Support;
using CaseReview.UseCases.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CaseReview.BrowserTests;

/// <summary>
/// Invitations and passwords in a real browser: an administrator invites someone, who opens the emailed link,
/// chooses a password, signs in and later changes it; someone else asks for a forgotten-password link. Every page,
/// with its errors showing, passes axe-core.
/// </summary>
[Collection(ResidentSiteCollection.Name)]
public sealed partial class PasswordPagesTests(ResidentSite site)
{
    private const string Chosen = "three random garden words";

    [Fact]
    public async Task AnInvitedPerson_ChoosesAPassword_SignsIn_AndChangesIt()
    {
        var email = $"invited-{Guid.NewGuid():N}@council.example";
        var admin = await site.SignedInPageAsync(ResidentSite.AdminEmail, ResidentSite.AdminPassword);
        await admin.GotoAsync("/staff/accounts/new");
        await admin.ScanAsync("password-account-new");
        await admin.GetByLabel("Email address").FillAsync(email);
        await admin.GetByLabel("Case officer", new() { Exact = true }).CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create the account" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#done")).ToContainTextAsync($"An invitation to set a password is on its way to {email}.");
        await Assertions.Expect(admin.Locator("#account-password")).ToHaveTextAsync("Not set yet: invited");
        await admin.ScanAsync("password-account-invited");

        var person = await site.NewPageAsync();
        await person.GotoAsync(new Uri(await LinkAsync(email, "staff-invitation")).PathAndQuery);
        await Assertions.Expect(person.Locator("h1")).ToHaveTextAsync("Choose your password");
        await person.ScanAsync("password-set");
        await person.GetByLabel("New password", new() { Exact = true }).FillAsync(Chosen);
        await person.GetByLabel("Type the password again").FillAsync("something else");
        await person.GetByRole(AriaRole.Button, new() { Name = "Save the password" }).ClickAsync();
        await Assertions.Expect(person.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the same password twice");
        await person.ScanAsync("password-set-errors");
        await person.GetByLabel("New password", new() { Exact = true }).FillAsync(Chosen);
        await person.GetByLabel("Type the password again").FillAsync(Chosen);
        await person.GetByRole(AriaRole.Button, new() { Name = "Save the password" }).ClickAsync();
        await Assertions.Expect(person.Locator(".govuk-notification-banner")).ToContainTextAsync("Your password is set. Sign in with it now.");
        await person.ScanAsync("password-set-sign-in");

        await person.GetByLabel("Email address").FillAsync(email);
        await person.GetByLabel("Password").FillAsync(Chosen);
        await person.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await person.GetByRole(AriaRole.Link, new() { Name = "Your password" }).ClickAsync();
        await Assertions.Expect(person.Locator("h1")).ToHaveTextAsync("Change your password");
        await person.ScanAsync("password-change");
        await person.GetByLabel("Current password").FillAsync("not my password");
        await person.GetByLabel("New password", new() { Exact = true }).FillAsync("four other random words");
        await person.GetByLabel("Type the new password again").FillAsync("four other random words");
        await person.GetByRole(AriaRole.Button, new() { Name = "Change the password" }).ClickAsync();
        await Assertions.Expect(person.Locator("#current-password-error")).ToContainTextAsync("Your current password is not right");
        await person.ScanAsync("password-change-errors");
        await person.GetByLabel("Current password").FillAsync(Chosen);
        await person.GetByLabel("New password", new() { Exact = true }).FillAsync("four other random words");
        await person.GetByLabel("Type the new password again").FillAsync("four other random words");
        await person.GetByRole(AriaRole.Button, new() { Name = "Change the password" }).ClickAsync();
        await Assertions.Expect(person.Locator(".govuk-notification-banner")).ToContainTextAsync("Your password is changed.");
        await Assertions.Expect(person.Locator("h1")).ToHaveTextAsync("Change your password");
    }

    [Fact]
    public async Task AForgottenPassword_IsAskedFor_AndAnOldLinkSaysItNoLongerWorks()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/staff/sign-in");
        await page.GetByRole(AriaRole.Link, new() { Name = "Forgotten your password?" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Forgotten your password?");
        await page.ScanAsync("password-forgotten");
        await page.GetByLabel("Email address").FillAsync("not an address");
        await page.GetByRole(AriaRole.Button, new() { Name = "Email me a link" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter an email address in the correct format");
        await page.ScanAsync("password-forgotten-errors");
        await page.GetByLabel("Email address").FillAsync(ResidentSite.AdminEmail);
        await page.GetByRole(AriaRole.Button, new() { Name = "Email me a link" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Check your email");
        await page.ScanAsync("password-forgotten-sent");

        await page.GotoAsync("/staff/set-password?user=nobody&token=lapsed");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("This link does not work any more");
        await page.ScanAsync("password-link-not-working");
    }

    /// <summary>The link in the newest email of that kind to that address (the site has no mail server, so it waits in the outbox).</summary>
    private async Task<string> LinkAsync(string email, string template)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var sent = await scope.ServiceProvider.GetRequiredService<ICaseReviewDb>().OutboxEmails
            .Where(e => e.Recipient == email && e.Template == template).OrderByDescending(e => e.Id).FirstAsync();
        return LinkPattern().Match(sent.TextBody).Value;
    }

    [GeneratedRegex(@"https?://\S+/staff/set-password\?\S+")]
    private static partial Regex LinkPattern();
}
