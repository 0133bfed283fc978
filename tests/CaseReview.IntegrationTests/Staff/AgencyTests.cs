using System.Net;
using System.Net.Http.Json;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.Staff;

// One host for the class: the tests that add, rename or deactivate no agency share it. The three that list every
// agency, expect the next id, or make an agency not active start one of their own.
public sealed class AgencyTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app = app;

    [Fact]
    public async Task AnyStaff_SeesTheRelevantBodies()
    {
        using var app = new CaseReviewApp();
        var panelMember = await app.AsNewStaff("PanelMember", "Police");

        var agencies = await panelMember.GetArray("/api/agencies");

        Assert.Equal(["Council", "Housing Provider", "Integrated Care Board", "Police"], agencies.Select(a => a!["name"].Str()));
        Assert.All(agencies, a => Assert.True(a!["active"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task Administrator_AddsAnAgencyAndChangesItsMailbox_BothAudited()
    {
        using var app = new CaseReviewApp();
        var admin = await app.AsAdmin();

        var added = await (await admin.PostAsJsonAsync("/api/admin/agencies", new { name = "Redditch Homes", kind = "HousingProvider", contactEmail = "asb@redditchhomes.example" }, Api.Json)).ReadJson(HttpStatusCode.Created);
        var id = added["id"]!.GetValue<int>();
        var changed = await (await admin.PutAsJsonAsync($"/api/admin/agencies/{id}", new { name = "Redditch Homes", kind = "HousingProvider", contactEmail = "casereview@redditchhomes.example", active = false }, Api.Json)).ReadJson(HttpStatusCode.OK);
        var listed = (await admin.GetArray("/api/agencies")).Single(a => a!["id"]!.GetValue<int>() == id)!;

        Assert.Equal(5, id);
        Assert.Equal("casereview@redditchhomes.example", changed["contactEmail"].Str());
        Assert.False(listed["active"]!.GetValue<bool>());
        var audit = await app.QueryDatabaseAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Action.StartsWith("agency.")).Select(e => e.Action).ToListAsync());
        Assert.Equal(["agency.created", "agency.changed"], audit);
    }

    [Fact]
    public async Task AnInactiveAgency_CannotBeGivenToANewPanelMember()
    {
        using var app = new CaseReviewApp();
        var admin = await app.AsAdmin();
        await (await admin.PutAsJsonAsync("/api/admin/agencies/4", new { name = "Housing Provider", kind = "HousingProvider", active = false }, Api.Json)).ReadJson(HttpStatusCode.OK);

        var refused = await admin.PostAsJsonAsync("/api/admin/users", new { email = "hp@council.example", password = Api.StaffPassword, roles = new[] { "PanelMember" }, agency = "Housing Provider" }, Api.Json);

        var problem = await refused.ReadJson(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]!["agency"]);
    }

    [Fact]
    public async Task BadAgencyDetails_AreNamedByField_AndNothingIsStored()
    {
        var admin = await _app.AsAdmin();

        var problem = await (await admin.PostAsJsonAsync("/api/admin/agencies", new { name = "Council", contactEmail = "not an email" }, Api.Json)).ReadJson(HttpStatusCode.BadRequest);

        Assert.Equal(["contactEmail", "kind", "name"], problem["errors"]!.AsObject().Select(e => e.Key).Order());
        Assert.Equal(4, await _app.QueryDatabaseAsync(db => db.Agencies.CountAsync()));
    }

    [Fact]
    public async Task AnAgencyNameDifferingOnlyInCapitals_IsRefused_ByTheApiAndByTheDatabase()
    {
        var admin = await _app.AsAdmin();

        var problem = await (await admin.PostAsJsonAsync("/api/admin/agencies", new { name = "police", kind = "Police" }, Api.Json)).ReadJson(HttpStatusCode.BadRequest);
        var renamed = await (await admin.PutAsJsonAsync("/api/admin/agencies/4", new { name = "COUNCIL", kind = "HousingProvider", active = true }, Api.Json)).ReadJson(HttpStatusCode.BadRequest);

        Assert.Equal("There is already an agency called 'Police'. Agency names do not depend on capital letters", problem["errors"]!["name"]![0].Str());
        Assert.Equal("There is already an agency called 'Council'. Agency names do not depend on capital letters", renamed["errors"]!["name"]![0].Str());
        Assert.Equal(4, await _app.QueryDatabaseAsync(db => db.Agencies.CountAsync()));
        await Assert.ThrowsAsync<DbUpdateException>(() => _app.QueryDatabaseAsync(async db =>
        {
            db.Agencies.Add(new CaseReview.Domain.Agencies.Agency(99, "POLICE", CaseReview.Domain.Agencies.AgencyKind.Police, null));
            return await db.SaveChangesAsync();
        }));
    }
}
