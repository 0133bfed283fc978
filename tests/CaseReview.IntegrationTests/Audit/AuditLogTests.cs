using System.Net;
using System.Reflection;
using CaseReview.IntegrationTests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseReview.IntegrationTests.Audit;

// One host for the class: the tests that read only their own case's trail, or compare counts within the test,
// share it. The one that moves the clock on by days and counts every reading of the trail starts one of its own.
public sealed class AuditLogTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app = app;

    [Fact]
    public async Task Administrator_ReadsACasesTrail_NewestFirst_WithAnEntryPerViewAndChange()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.AsNewStaff("CaseOfficer");
        await officer.GetAsync($"/api/cases/{reference}");
        _app.Clock.Advance(TimeSpan.FromMinutes(5));
        await officer.ActOk(reference, "start-assessment");
        var admin = await _app.AsAdmin();

        var page = await (await admin.GetAsync($"/api/admin/audit?reference={reference}")).ReadJson(HttpStatusCode.OK);

        Assert.Equal(["case.start-assessment", "case.viewed", "application.submitted"], page["items"]!.AsArray().Select(i => i!["action"].Str()));
        Assert.Equal(3, page["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task TheTrail_FiltersByActorEmailAndDates_AndReadingItIsAudited()
    {
        using var app = new CaseReviewApp();
        var (_, email) = await app.NewStaffAccount("CaseOfficer");
        var officer = await app.SignedIn(email, Api.StaffPassword);
        app.Clock.Advance(TimeSpan.FromDays(2)); // Wednesday 4 November 2026
        await officer.GetAsync("/api/cases");
        var admin = await app.AsAdmin();

        var byActor = await (await admin.GetAsync($"/api/admin/audit?actor={Uri.EscapeDataString(email)}")).ReadJson(HttpStatusCode.OK);
        var onTheFourth = await (await admin.GetAsync($"/api/admin/audit?actor={Uri.EscapeDataString(email)}&from=2026-11-04&to=2026-11-04")).ReadJson(HttpStatusCode.OK);
        var before = await (await admin.GetAsync("/api/admin/audit?to=2026-11-01")).ReadJson(HttpStatusCode.OK);

        Assert.Equal(["cases.listed", "auth.login"], byActor["items"]!.AsArray().Select(i => i!["action"].Str()));
        Assert.Equal(["cases.listed"], onTheFourth["items"]!.AsArray().Select(i => i!["action"].Str()));
        Assert.Equal(0, before["total"]!.GetValue<int>());
        Assert.Equal(3, await app.QueryDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Action == "audit.viewed")));
    }

    [Fact]
    public async Task NoRoute_CanChangeOrRemoveAuditLines()
    {
        _ = _app.CreateClient();
        var endpoints = _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

        var auditRoutes = endpoints
            .Where(e => (e.RoutePattern.RawText ?? string.Empty).Contains("audit", StringComparison.OrdinalIgnoreCase))
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"], (e, method) => $"{method} {e.RoutePattern.RawText}")
            .ToList();

        Assert.Equal(["* staff/audit", "GET /api/admin/audit"], auditRoutes);
        // A Razor page's route takes any method, but the audit page's only handler reads.
        var handlers = typeof(CaseReview.Web.Pages.Staff.AuditModel).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Select(m => m.Name).Where(n => n.StartsWith("On", StringComparison.Ordinal));
        Assert.Equal(["OnGetAsync"], handlers);
    }

    [Fact]
    public async Task TheDatabaseContext_RefusesToChangeOrRemoveAnAuditLine()
    {
        await _app.CreateClient().Submit();

        var change = await Assert.ThrowsAsync<InvalidOperationException>(() => _app.QueryDatabaseAsync(async db =>
        {
            var line = await db.AuditEntries.FirstAsync();
            db.Entry(line).Property(e => e.Detail).CurrentValue = "tampered";
            return await db.SaveChangesAsync();
        }));
        var remove = await Assert.ThrowsAsync<InvalidOperationException>(() => _app.QueryDatabaseAsync(async db =>
        {
            db.AuditEntries.Remove(await db.AuditEntries.FirstAsync());
            return await db.SaveChangesAsync();
        }));

        Assert.Equal("The audit trail is append-only.", change.Message);
        Assert.Equal("The audit trail is append-only.", remove.Message);
        Assert.Equal(0, await _app.QueryDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Detail == "tampered")));
    }

    [Fact]
    public async Task TheDatabaseItself_RefusesRawSqlThatChangesOrRemovesAnAuditLine()
    {
        await _app.CreateClient().Submit();
        var before = await _app.QueryDatabaseAsync(db => db.AuditEntries.CountAsync());

        var change = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => _app.QueryDatabaseAsync(db =>
            db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Detail\" = 'tampered'")));
        var remove = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => _app.QueryDatabaseAsync(db =>
            db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\"")));

        Assert.Contains("append-only", change.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", remove.Message, StringComparison.Ordinal);
        Assert.Equal(before, await _app.QueryDatabaseAsync(db => db.AuditEntries.CountAsync()));
        Assert.Equal(0, await _app.QueryDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Detail == "tampered")));
    }

    [Fact]
    public async Task OnlyAdministrators_ReadTheTrail()
    {
        var officer = await _app.AsNewStaff("CaseOfficer");

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/admin/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.CreateClient().GetAsync("/api/admin/audit")).StatusCode);
    }
}
