using System.Net;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.StaffPages;

/// <summary>Administrators add agencies and change their mailbox, kind and whether they are active, through the pages.</summary>
// One host for the class: each test adds or looks at agencies of its own. The one that makes the seeded Police
// agency not active starts one of its own.
public sealed class AgencyPagesTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app = app;

    [Fact]
    public async Task AnAdministrator_AddsAnAgency_ThatIsListedWithItsMailbox()
    {
        var admin = await _app.SignedInBrowserAsync("Administrator");

        var added = await admin.SubmitAsync("/staff/agencies/new", ("Name", "Northside Housing"), ("Kind", "HousingProvider"), ("ContactEmail", "asb@northside.example"));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var list = await (await admin.GetAsync("/staff/agencies")).Content.ReadAsStringAsync();
        Assert.Contains("Northside Housing added", list);
        Assert.Matches("Northside Housing</a></th>\\s*<td class=\"govuk-table__cell\">Housing provider</td>\\s*<td class=\"govuk-table__cell\">asb@northside.example</td>", list);
        Assert.Equal("asb@northside.example", await _app.QueryDatabaseAsync(db => db.Agencies.Where(a => a.Name == "Northside Housing").Select(a => a.ContactEmail).SingleAsync()));
    }

    [Fact]
    public async Task AnAgencyWithoutAKind_AndABadMailbox_AreMessagesBesideTheFields_AndNothingIsAdded()
    {
        var admin = await _app.SignedInBrowserAsync("Administrator");

        var response = await admin.SubmitAsync("/staff/agencies/new", ("Name", "Eastside Trust"), ("ContactEmail", "not an email"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Error: ", html);
        Assert.Contains("<a href=\"#kind\">Choose the kind of agency</a>", html);
        Assert.Contains("id=\"contact-email-error\"", html);
        Assert.Contains("value=\"Eastside Trust\"", html);
        Assert.False(await _app.QueryDatabaseAsync(db => db.Agencies.AnyAsync(a => a.Name == "Eastside Trust")));
    }

    [Fact]
    public async Task AnAdministrator_ChangesTheMailbox_AndMakesTheAgencyNotActive()
    {
        using var app = new CaseReviewApp();
        var admin = await app.SignedInBrowserAsync("Administrator");
        var id = await app.QueryDatabaseAsync(db => db.Agencies.Where(a => a.Name == "Police").Select(a => a.Id).SingleAsync());
        var form = await (await admin.GetAsync($"/staff/agencies/{id}")).Content.ReadAsStringAsync();
        Assert.Contains("value=\"Police\"", form);

        var changed = await admin.SubmitAsync($"/staff/agencies/{id}", ("Name", "Police"), ("Kind", "Police"), ("ContactEmail", "asb@police.example"), ("Active", "false"));

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Contains("Agency changed", await (await admin.GetAsync($"/staff/agencies/{id}")).Content.ReadAsStringAsync());
        var police = await app.QueryDatabaseAsync(db => db.Agencies.SingleAsync(a => a.Id == id));
        Assert.Equal("asb@police.example", police.ContactEmail);
        Assert.False(police.Active);
    }

    [Fact]
    public async Task RenamingAnAgencyInUse_ShowsTheNewNameOnItsAccounts()
    {
        using var app = new CaseReviewApp();
        var (userId, _) = await app.NewStaffAccount("PanelMember", "Police");
        var admin = await app.SignedInBrowserAsync("Administrator");
        var id = await app.QueryDatabaseAsync(db => db.Agencies.Where(a => a.Name == "Police").Select(a => a.Id).SingleAsync());

        var response = await admin.SubmitAsync($"/staff/agencies/{id}", ("Name", "Constabulary"), ("Kind", "Police"), ("Active", "true"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var account = await admin.GetAsync($"/staff/accounts/{userId}");
        Assert.Contains("Constabulary", await account.Content.ReadAsStringAsync());
        Assert.False(await app.QueryDatabaseAsync(db => db.Agencies.AnyAsync(a => a.Name == "Police")));
    }

    [Theory]
    [InlineData("/staff/agencies")]
    [InlineData("/staff/agencies/new")]
    [InlineData("/staff/agencies/1")]
    public async Task AnOfficer_IsToldOnlyAdministratorsManageAgencies(string url)
    {
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");

        var response = await officer.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Only administrators can see or change agencies", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnOfficerPostingTheForm_AddsNothing()
    {
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");
        var token = await officer.TokenAsync("/staff/cases");

        var response = await officer.PostAsync("/staff/agencies/new", officer.Cookies, ("__RequestVerificationToken", token), ("Name", "Sneaky Partner"), ("Kind", "Other"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await _app.QueryDatabaseAsync(db => db.Agencies.AnyAsync(a => a.Name == "Sneaky Partner")));
    }

    [Fact]
    public async Task AnAgencyThatDoesNotExist_IsNotFound()
    {
        var admin = await _app.SignedInBrowserAsync("Administrator");

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/staff/agencies/999")).StatusCode);
    }
}
