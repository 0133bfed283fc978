using System.Net;
using System.Net.Http.Json;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.Staff;

/// <summary>
/// Issue 11: cases and accounts refer to agencies by id, so an administrator may rename an agency in use (a police
/// force merged, a housing association renamed) and the new name shows everywhere at once, while its members keep
/// seeing the cases they saw, with the tokens they hold.
/// </summary>
public sealed class AgencyRenameTests
{
    [Fact]
    public async Task RenamingAnAgencyInUse_RenamesItOnPanelsActionPlansResponsesAndAccounts_AndItsMembersKeepTheirCases()
    {
        using var app = new CaseReviewApp();
        var member = await app.AsNewStaff("PanelMember", "Police");
        var reference = await Cases.ReviewHeld(app, ["Police", "Council"], "Police");
        await member.ActOk(reference, "panel-responses", new { knew = "Three reports of bikes.", did = "Two patrols." });
        var admin = await app.AsAdmin();
        await admin.ActOk(reference, "send-outcome");
        var police = await app.QueryDatabaseAsync(db => db.Agencies.Where(a => a.Name == "Police").Select(a => a.Id).SingleAsync());

        var renamed = await admin.PutAsJsonAsync($"/api/admin/agencies/{police}", new { name = "Thames Valley Police", kind = "Police", active = true }, Api.Json);

        Assert.Equal("Thames Valley Police", (await renamed.ReadJson(HttpStatusCode.OK))["name"].Str());
        var detail = await (await member.GetAsync($"/api/cases/{reference}")).ReadJson(HttpStatusCode.OK);
        Assert.Equal(["Thames Valley Police", "Council"], detail["review"]!["panel"]!.AsArray().Select(a => a.Str()));
        Assert.Equal("Thames Valley Police", detail["review"]!["recommendations"]![0]!["ownerAgency"].Str());
        Assert.Equal("Thames Valley Police", detail["review"]!["responses"]![0]!["agency"].Str());
        Assert.Contains(await admin.GetArray("/api/admin/users"), u => u!["agency"]?.GetValue<string>() == "Thames Valley Police");
        var code = await app.QueryDatabaseAsync(db => db.Applications.Where(a => a.Reference == reference).Select(a => a.TrackingCode).SingleAsync());
        var tracking = await (await app.CreateClient().GetAsync($"/api/track/{code}")).ReadJson(HttpStatusCode.OK);
        Assert.Equal("Thames Valley Police", tracking["outcome"]!["actionPlan"]![0]!["ownerAgency"].Str());
        Assert.Contains(await app.QueryDatabaseAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Action == "agency.changed").Select(e => e.Detail).ToListAsync()),
            d => d!.Contains("renamedFrom=Police", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AfterARename_ThePanelIsChosenAndTheActionGivenByTheNewName_AndTheOldNameIsNoLongerKnown()
    {
        using var app = new CaseReviewApp();
        var admin = await app.AsAdmin();
        await (await admin.PutAsJsonAsync("/api/admin/agencies/1", new { name = "Borough Council", kind = "Council", active = true }, Api.Json)).ReadJson(HttpStatusCode.OK);

        var reference = await Cases.ReviewHeld(app, ["borough council"], "Borough Council");
        var other = (await app.CreateClient().Submit())["reference"].Str();
        await admin.ActOk(other, "start-assessment");
        await admin.ActOk(other, "threshold-decision", new { met = true });
        var old = await admin.Act(other, "schedule-review", new { meetingAt = app.Clock.GetUtcNow().AddDays(1).ToString("O", System.Globalization.CultureInfo.InvariantCulture), panel = new[] { new { agency = "Council" } } });

        var detail = await (await admin.GetAsync($"/api/cases/{reference}")).ReadJson(HttpStatusCode.OK);
        Assert.Equal(["Borough Council"], detail["review"]!["panel"]!.AsArray().Select(a => a.Str()));
        Assert.Equal("Borough Council", detail["review"]!["recommendations"]![0]!["ownerAgency"].Str());
        var refused = await old.ReadJson(HttpStatusCode.BadRequest);
        Assert.Equal("There is no active agency called 'Council'. Use the name of a registered agency", refused["errors"]!["panel[0].agency"]![0].Str());
    }
}
