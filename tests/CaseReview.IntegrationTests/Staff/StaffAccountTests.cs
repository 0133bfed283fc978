using System.Net;
using System.Net.Http.Json;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.Staff;

// One host for the class: each test changes only accounts it made. The one that lists every account change in the
// audit trail starts one of its own.
public sealed class StaffAccountTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app = app;

    [Fact]
    public async Task AnAccountsName_IsSetWhenCreated_KeptWhenAChangeLeavesItOut_AndClearedWhenEmpty()
    {
        var admin = await _app.AsAdmin();
        var created = await (await admin.PostAsJsonAsync("/api/admin/users", new { name = "  Sam Patel ", email = "sam@council.example", password = Api.StaffPassword, roles = new[] { "CaseOfficer" } }, Api.Json)).ReadJson(HttpStatusCode.Created);
        var id = created["id"].Str();
        Assert.Equal("Sam Patel", created["name"].Str());
        string? NameIn(System.Text.Json.Nodes.JsonArray list) => list.Single(a => a!["id"].Str() == id)!["name"]?.GetValue<string>();

        await (await admin.PutAsJsonAsync($"/api/admin/users/{id}", new { roles = new[] { "Chair" }, agency = "Council" }, Api.Json)).ReadJson(HttpStatusCode.OK);
        Assert.Equal("Sam Patel", NameIn(await admin.GetArray("/api/admin/users")));
        await (await admin.PutAsJsonAsync($"/api/admin/users/{id}", new { roles = new[] { "Chair" }, agency = "Council", name = "" }, Api.Json)).ReadJson(HttpStatusCode.OK);
        Assert.Null(NameIn(await admin.GetArray("/api/admin/users")));

        var tooLong = await (await admin.PutAsJsonAsync($"/api/admin/users/{id}", new { roles = new[] { "Chair" }, agency = "Council", name = new string('x', 201) }, Api.Json)).ReadJson(HttpStatusCode.BadRequest);
        Assert.NotNull(tooLong["errors"]!["name"]);
        var audit = await _app.QueryDatabaseAsync(db => db.AuditEntries.Where(a => a.Action.StartsWith("account.")).Select(a => a.Detail).ToListAsync());
        Assert.DoesNotContain(audit, d => d!.Contains("Sam Patel", StringComparison.Ordinal)); // names stay out of the audit detail
    }

    [Fact]
    public async Task Administrator_SeesEveryAccount_WithRolesAgencyAndState()
    {
        var (id, email) = await _app.NewStaffAccount("PanelMember", "Police");
        var admin = await _app.AsAdmin();

        var accounts = await admin.GetArray("/api/admin/users");

        var account = accounts.Single(a => a!["id"].Str() == id)!;
        Assert.Equal(email, account["email"].Str());
        Assert.Equal(["PanelMember"], account["roles"]!.AsArray().Select(r => r.Str()));
        Assert.Equal("Police", account["agency"].Str());
        Assert.False(account["disabled"]!.GetValue<bool>());
        Assert.False(account["lockedOut"]!.GetValue<bool>());
        Assert.Contains(accounts, a => a!["email"].Str() == CaseReviewApp.AdminEmail && a["roles"]!.AsArray().Any(r => r.Str() == "Administrator"));
    }

    [Fact]
    public async Task DisabledAccount_CannotSignIn_AndItsTokenStopsWorkingAtOnce()
    {
        var (id, email) = await _app.NewStaffAccount("CaseOfficer");
        var officer = await _app.SignedIn(email, Api.StaffPassword);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/api/cases")).StatusCode);
        var admin = await _app.AsAdmin();

        var disabled = await (await admin.PostAsync($"/api/admin/users/{id}/disable", null)).ReadJson(HttpStatusCode.OK);

        Assert.True(disabled["disabled"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Unauthorized, (await officer.GetAsync("/api/cases")).StatusCode);
        var signIn = await _app.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password = Api.StaffPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
    }

    [Fact]
    public async Task EnabledAgain_TheAccountCanSignIn()
    {
        var (id, email) = await _app.NewStaffAccount("CaseOfficer");
        var admin = await _app.AsAdmin();
        await (await admin.PostAsync($"/api/admin/users/{id}/disable", null)).ReadJson(HttpStatusCode.OK);

        await (await admin.PostAsync($"/api/admin/users/{id}/enable", null)).ReadJson(HttpStatusCode.OK);

        var officer = await _app.SignedIn(email, Api.StaffPassword);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/api/cases")).StatusCode);
    }

    [Fact]
    public async Task ChangedRoles_EndOldTokens_AndApplyFromTheNextSignIn()
    {
        var (id, email) = await _app.NewStaffAccount("PanelMember", "Police");
        var before = await _app.SignedIn(email, Api.StaffPassword);
        var admin = await _app.AsAdmin();

        var changed = await (await admin.PutAsJsonAsync($"/api/admin/users/{id}", new { roles = new[] { "CaseOfficer" } }, Api.Json)).ReadJson(HttpStatusCode.OK);
        var after = await _app.SignedIn(email, Api.StaffPassword);

        Assert.Equal(["CaseOfficer"], changed["roles"]!.AsArray().Select(r => r.Str()));
        Assert.Null(changed["agency"]);
        Assert.Equal(HttpStatusCode.Unauthorized, (await before.GetAsync("/api/agencies")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await after.GetAsync("/api/deadlines")).StatusCode);
    }

    [Fact]
    public async Task PanelMemberOrChair_MustHaveAnAgency()
    {
        var (id, _) = await _app.NewStaffAccount("CaseOfficer");
        var admin = await _app.AsAdmin();

        var problem = await (await admin.PutAsJsonAsync($"/api/admin/users/{id}", new { roles = new[] { "Chair" } }, Api.Json)).ReadJson(HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["agency"]);
    }

    [Fact]
    public async Task Administrator_CannotDisableThemselves_NorDropTheirOwnAdministratorRole()
    {
        var admin = await _app.AsAdmin();
        var self = (await admin.GetArray("/api/admin/users")).Single(a => a!["email"].Str() == CaseReviewApp.AdminEmail)!["id"].Str();

        var disable = await admin.PostAsync($"/api/admin/users/{self}/disable", null);
        var demote = await admin.PutAsJsonAsync($"/api/admin/users/{self}", new { roles = new[] { "CaseOfficer" } }, Api.Json);

        Assert.Equal(HttpStatusCode.Conflict, disable.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, demote.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/admin/users")).StatusCode);
    }

    [Fact]
    public async Task UnknownAccount_IsNotFound()
    {
        var admin = await _app.AsAdmin();

        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/api/admin/users/no-such-id/disable", null)).StatusCode);
    }

    [Fact]
    public async Task AccountChanges_AreAudited()
    {
        using var app = new CaseReviewApp();
        var (id, _) = await app.NewStaffAccount("CaseOfficer");
        var admin = await app.AsAdmin();
        await admin.PutAsJsonAsync($"/api/admin/users/{id}", new { roles = new[] { "CaseOfficer", "Administrator" } }, Api.Json);
        await admin.PostAsync($"/api/admin/users/{id}/disable", null);
        await admin.PostAsync($"/api/admin/users/{id}/enable", null);

        var actions = await app.QueryDatabaseAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Action.StartsWith("account.")).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());

        Assert.Equal(["account.created", "account.changed", "account.disabled", "account.enabled"], actions);
    }

    /// <summary>Found by the hostile-input suite: an account without an email address reached the lookup by address, which threw (500).</summary>
    [Fact]
    public async Task AnAccountWithoutAnEmailAddress_IsRefusedOnEmail()
    {
        var admin = await _app.AsAdmin();

        var problem = await (await admin.PostAsJsonAsync("/api/admin/users", new { password = Api.StaffPassword, roles = new[] { "CaseOfficer" } }, Api.Json)).ReadJson(HttpStatusCode.BadRequest);

        Assert.True(problem["errors"]!.AsObject().ContainsKey("email"), problem.ToJsonString());
    }
}
