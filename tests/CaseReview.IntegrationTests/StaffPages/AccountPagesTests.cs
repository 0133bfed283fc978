using System.Net;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.StaffPages;

/// <summary>Administrators create staff accounts, change their roles and agency, and disable and enable them, through the pages.</summary>
// One host for the class: each test changes only accounts it made. The one that finds its own account as the
// administrator listed on the page starts a host of its own, where that administrator is the only one.
public sealed class AccountPagesTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app = app;

    [Fact]
    public async Task AnAdministrator_CreatesAPanelMember_WhoCanThenSignIn()
    {
        var admin = await _app.SignedInBrowserAsync("Administrator");
        var form = await (await admin.GetAsync("/staff/accounts/new")).Content.ReadAsStringAsync();
        Assert.Contains("At least 12 characters", form);
        Assert.Contains("emailed an invitation", form);

        var created = await admin.SubmitAsync("/staff/accounts/new",
            ("Name", " Pat Panel "), ("Email", "pat.panel@police.example"), ("Roles", "PanelMember"), ("Agency", "Police"), ("Password", "a long enough passphrase"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var accountPage = await (await admin.GetAsync(created.Headers.Location!.OriginalString)).Content.ReadAsStringAsync();
        Assert.Contains("Account created", accountPage);
        Assert.Contains("pat.panel@police.example", accountPage);

        var list = await (await admin.GetAsync("/staff/accounts")).Content.ReadAsStringAsync();
        Assert.Matches("pat.panel@police.example</a></th>\\s*<td class=\"govuk-table__cell\">Pat Panel</td>\\s*<td class=\"govuk-table__cell\">Panel member</td>\\s*<td class=\"govuk-table__cell\">Police</td>", list);

        var person = new ResidentBrowser(_app);
        Assert.Equal(HttpStatusCode.Redirect, (await person.SignInAsync("pat.panel@police.example")).StatusCode);
    }

    [Fact]
    public async Task APanelMemberWithoutAnAgency_AndAShortPassword_AreMessagesBesideTheFields_AndNoAccountIsMade()
    {
        var admin = await _app.SignedInBrowserAsync("Administrator");

        var response = await admin.SubmitAsync("/staff/accounts/new",
            ("Email", "no.agency@council.example"), ("Roles", "PanelMember"), ("Agency", ""), ("Password", "short"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Error: ", html);
        Assert.Contains("<a href=\"#agency\">Panel members and chairs must belong to an agency</a>", html);
        Assert.Contains("id=\"agency-error\"", html);
        Assert.Contains("value=\"no.agency@council.example\"", html); // typed answers kept
        Assert.DoesNotContain("no.agency@council.example", await (await admin.GetAsync("/staff/accounts")).Content.ReadAsStringAsync());

        var weak = await admin.SubmitAsync("/staff/accounts/new",
            ("Email", "weak@council.example"), ("Roles", "CaseOfficer"), ("Password", "short"));
        var weakHtml = await weak.Content.ReadAsStringAsync();
        Assert.Contains("id=\"password-error\"", weakHtml);
        Assert.Contains("at least 12 characters", weakHtml);
    }

    [Fact]
    public async Task AnAdministrator_ChangesRolesAndAgency_ThenDisablesAndEnablesTheAccount_AfterConfirming()
    {
        var (id, email) = await _app.NewStaffAccount("CaseOfficer");
        var admin = await _app.SignedInBrowserAsync("Administrator");
        var page = $"/staff/accounts/{id}";

        var changed = await admin.SubmitAsync(page + "?handler=Access", ("Name", "Sam Patel"), ("Roles", "Chair"), ("Agency", "Council"));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var after = await (await admin.GetAsync(page)).Content.ReadAsStringAsync();
        Assert.Contains("Name, roles and agency saved", after);
        Assert.Contains("Staff account: Sam Patel</span>", after);
        // Officers arranging a panel choose the chair by name.
        var reference = await Cases.WithPanel(_app, "Police");
        Assert.Contains($"Sam Patel ({email})", await (await admin.GetAsync($"/staff/cases/{reference}/schedule-review")).Content.ReadAsStringAsync());
        Assert.Matches("Roles</dt>\\s*<dd class=\"govuk-summary-list__value\">Chair</dd>", after);

        var confirm = await (await admin.GetAsync(page + "?confirm=disable")).Content.ReadAsStringAsync();
        Assert.Contains("Yes, disable the account", confirm);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(page + "?handler=Disable")).StatusCode);
        Assert.Contains("id=\"account-status\">Disabled<", await (await admin.GetAsync(page)).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await new ResidentBrowser(_app).SignInAsync(email)).StatusCode); // refused: the form again

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(page + "?handler=Enable")).StatusCode);
        Assert.Contains("id=\"account-status\">Active<", await (await admin.GetAsync(page)).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await new ResidentBrowser(_app).SignInAsync(email)).StatusCode);
    }

    [Fact]
    public async Task DisablingYourOwnAccount_IsRefusedInWords()
    {
        using var app = new CaseReviewApp();
        var admin = await app.SignedInBrowserAsync("Administrator");
        var accounts = await (await app.AsAdmin()).GetArray("/api/admin/users");
        var own = await (await admin.GetAsync("/staff/accounts")).Content.ReadAsStringAsync();
        var mine = accounts.Select(a => a!["id"].Str()).First(id => own.Contains($"/staff/accounts/{id}\">administrator-", StringComparison.Ordinal));

        var response = await admin.SubmitAsync($"/staff/accounts/{mine}?handler=Disable");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("You cannot disable your own account", await response.Content.ReadAsStringAsync());
        Assert.Contains("id=\"account-status\">Active<", await (await admin.GetAsync($"/staff/accounts/{mine}")).Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/staff/accounts")]
    [InlineData("/staff/accounts/new")]
    public async Task AnOfficer_IsToldOnlyAdministratorsManageAccounts(string url)
    {
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");

        var response = await officer.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Only administrators can see or change staff accounts", html);
        Assert.DoesNotContain(CaseReviewApp.AdminEmail, html);
    }

    [Fact]
    public async Task AnOfficerPostingTheForms_ChangesNothing()
    {
        var (id, _) = await _app.NewStaffAccount("CaseOfficer");
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");
        var token = await officer.TokenAsync("/staff/cases");

        var create = await officer.PostAsync("/staff/accounts/new", officer.Cookies, ("__RequestVerificationToken", token), ("Email", "sneaky@council.example"), ("Roles", "Administrator"), ("Password", "a long enough passphrase"));
        var disable = await officer.PostAsync($"/staff/accounts/{id}?handler=Disable", officer.Cookies, ("__RequestVerificationToken", token));

        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, disable.StatusCode);
        var accounts = (await (await _app.AsAdmin()).GetArray("/api/admin/users")).Select(a => a!).ToList();
        Assert.DoesNotContain(accounts, a => a["email"].Str() == "sneaky@council.example");
        Assert.False(accounts.Single(a => a["id"].Str() == id)["disabled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task AnAccountThatDoesNotExist_IsNotFound()
    {
        var admin = await _app.SignedInBrowserAsync("Administrator");

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/staff/accounts/no-such-account")).StatusCode);
    }
}
