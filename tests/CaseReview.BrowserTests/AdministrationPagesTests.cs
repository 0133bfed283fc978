using System.Text.RegularExpressions;
using CaseReview.BrowserTests.Support;
using Microsoft.Playwright;

namespace CaseReview.BrowserTests;

/// <summary>
/// The administration pages and linking in a real browser: an administrator adds an agency and a panel member of it,
/// disables and enables the account; an officer links a suggested application. Every page passes axe-core.
/// </summary>
[Collection(ResidentSiteCollection.Name)]
public sealed partial class AdministrationPagesTests(ResidentSite site)
{
    [Fact]
    public async Task Administrator_AddsAnAgencyAndAPanelMember_DisablesAndEnablesIt_ThenAnOfficerLinksASuggestion()
    {
        var unique = Guid.NewGuid().ToString("N")[..8];
        var agency = $"Northside Housing {unique}";
        var panelEmail = $"panel-{unique}@northside.example";
        var officerEmail = $"officer-{unique}@council.example";
        const string password = "a long enough passphrase";
        var page = await site.NewPageAsync();
        await SignInAsync(page, ResidentSite.AdminEmail, ResidentSite.AdminPassword);

        await page.GetByRole(AriaRole.Link, new() { Name = "Agencies", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Agencies");
        await page.ScanAsync("admin-agencies");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add an agency" }).ClickAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(agency);
        await page.GetByLabel("Contact mailbox (optional)").FillAsync("not an email");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the agency" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Choose the kind of agency");
        await page.ScanAsync("admin-agency-new-errors");
        await page.GetByLabel("Housing provider").CheckAsync();
        await page.GetByLabel("Contact mailbox (optional)").FillAsync("asb@northside.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the agency" }).ClickAsync();
        await Assertions.Expect(page.Locator("#done")).ToHaveTextAsync($"{agency} added");
        await page.GetByRole(AriaRole.Link, new() { Name = agency }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(agency);
        await page.ScanAsync("admin-agency");

        await page.GetByRole(AriaRole.Link, new() { Name = "Accounts", Exact = true }).ClickAsync();
        await page.ScanAsync("admin-accounts");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create an account" }).ClickAsync();
        await page.GetByLabel("Email address").FillAsync(panelEmail);
        await page.GetByLabel("Panel member", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the account" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Panel members and chairs must belong to an agency");
        await page.ScanAsync("admin-account-new-errors");
        await page.GetByLabel("Agency", new() { Exact = true }).SelectOptionAsync(agency);
        await page.GetByText("Set a first password instead").ClickAsync();
        await page.GetByLabel("First password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the account" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(panelEmail);
        await Assertions.Expect(page.Locator("#done")).ToContainTextAsync("Account created");
        await page.ScanAsync("admin-account");

        await page.GetByRole(AriaRole.Button, new() { Name = "Disable the account" }).ClickAsync();
        await Assertions.Expect(page.Locator("#confirm")).ToContainTextAsync("Are you sure?");
        await page.ScanAsync("admin-account-confirm-disable");
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, disable the account" }).ClickAsync();
        await Assertions.Expect(page.Locator("#account-status")).ToHaveTextAsync("Disabled");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enable the account" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, enable the account" }).ClickAsync();
        await Assertions.Expect(page.Locator("#account-status")).ToHaveTextAsync("Active");

        await page.GetByRole(AriaRole.Link, new() { Name = "Accounts", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create an account" }).ClickAsync();
        await page.GetByLabel("Email address").FillAsync(officerEmail);
        await page.GetByLabel("Case officer", new() { Exact = true }).CheckAsync();
        await page.GetByText("Set a first password instead").ClickAsync();
        await page.GetByLabel("First password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the account" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(officerEmail);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        var first = await SubmitApplicationAsync(unique);
        var second = await SubmitApplicationAsync(unique);
        await SignInAsync(page, officerEmail, password);
        await page.GotoAsync($"/staff/cases/{second}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Link an application, or see suggestions" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Link applications");
        var suggestion = page.Locator($"#suggestion-{first}");
        await Assertions.Expect(suggestion).ToContainTextAsync("Same applicant email");
        await page.ScanAsync("officer-links");
        await suggestion.GetByRole(AriaRole.Button, new() { NameRegex = LinkButton() }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Say why the cases are linked");
        await page.ScanAsync("officer-links-errors");
        await page.Locator($"#suggestion-{first}").GetByRole(AriaRole.Textbox).FillAsync("The same neighbour is reported in both.");
        await page.Locator($"#suggestion-{first}").GetByRole(AriaRole.Button, new() { NameRegex = LinkButton() }).ClickAsync();
        await Assertions.Expect(page.Locator("#done")).ToHaveTextAsync("Cases linked");
        await Assertions.Expect(page.Locator("#linked-cases")).ToContainTextAsync("The same neighbour is reported in both.");
        await page.ScanAsync("officer-case-linked");

        await page.GotoAsync("/staff/cases?officer=none");
        await Assertions.Expect(page.Locator("#officer")).ToHaveValueAsync("none");
        await page.ScanAsync("officer-queue-not-assigned");

        // The search box: the reference typed in lower case finds the case; a search too long is said beside the box.
        await page.GotoAsync("/staff/cases");
        await page.GetByLabel("Search cases").FillAsync(first.ToLowerInvariant());
        await page.GetByRole(AriaRole.Button, new() { Name = "Show cases" }).ClickAsync();
        await Assertions.Expect(page.Locator("#case-count")).ToHaveTextAsync("1 case found");
        await Assertions.Expect(page.Locator("#cases")).ToContainTextAsync(first);
        await page.ScanAsync("officer-queue-search");
        await page.GetByLabel("Search cases").FillAsync(new string('x', 101));
        await page.GetByRole(AriaRole.Button, new() { Name = "Show cases" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Search for 100 characters or fewer");
        await Assertions.Expect(page.Locator("#q-error")).ToContainTextAsync("Search for 100 characters or fewer");
        await page.ScanAsync("officer-queue-search-errors");
    }

    private static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/staff/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Deadlines");
    }

    /// <summary>An application from the same applicant (their email), so each is suggested for the other.</summary>
    private async Task<string> SubmitApplicationAsync(string unique) =>
        (await site.SubmitApplicationAsync(name: "Sam Example", email: $"sam-{unique}@example.org"))["reference"]!.GetValue<string>();

    [GeneratedRegex("^Link ")]
    private static partial Regex LinkButton();
}
