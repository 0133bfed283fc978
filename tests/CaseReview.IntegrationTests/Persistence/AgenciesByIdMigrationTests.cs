using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.Persistence;

/// <summary>
/// Cases and accounts stored before agencies were referred to by id keep every agency they named: each name becomes
/// the id of the agency registered under it (capitals ignored), panel order is kept, and a name nobody registered
/// becomes an inactive agency rather than being lost. Runs on the database the suite runs on (SQLite or PostgreSQL).
/// </summary>
public sealed class AgenciesByIdMigrationTests
{
    [Fact]
    public async Task NamesStoredBeforeAgenciesHadIds_BecomeTheirAgencysIds()
    {
        await using var old = await OldDatabase.AtAsync("ApplicantOutcomeSummary");
        var caseId = OldDatabase.Id("7d1f6c1e-0000-0000-0000-000000000001");
        var (yes, no) = (OldDatabase.Yes, OldDatabase.No);
        var insert = $"""
            INSERT INTO "Applications" ("Id", "Reference", "TrackingCode", "Status", "Version", "ReceivedAt", "ApplicantName", "PreferredContact",
                "IsThirdParty", "VictimType", "Location", "Description", "AsbType", "IssueTypes", "HateMotivated", "Impact", "Channel", "PanelAgencies")
            VALUES ({caseId}, 'CR-2026-000009', 'OLDCASETRACKINGCODE1', 'ReviewHeld', 3, '2026-10-01 09:00:00', 'Alex Example', 'Email',
                {no}, 'Individual', 'Elm Close', 'Motorbikes', 'Nuisance', {OldDatabase.EmptyTexts}, {no}, 'Cannot sleep', 'Online', {OldDatabase.Texts("Police", "council", "Parish Council")});
            INSERT INTO "Recommendations" ("Action", "ApplicationId", "DueDate", "Lead", "OwnerAgency", "Review", "Status")
            VALUES ('Patrol the footpaths', {caseId}, '2027-01-15', NULL, 'POLICE', 1, 'Open');
            INSERT INTO "AgencyResponses" ("ApplicationId", "Agency", "Knew", "Did", "RecordedAt", "RecordedById", "RecordedByName")
            VALUES ({caseId}, 'Council', 'Noise complaints', 'A warning letter', '2026-10-20 10:00:00', 'officer-1', 'officer@council.example');
            INSERT INTO "AspNetUsers" ("Id", "UserName", "Email", "Agency", "Disabled", "EmailConfirmed", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount")
            VALUES ('panel-1', 'panel@police.example', 'panel@police.example', 'police', {no}, {yes}, {no}, {no}, {yes}, 0);
            """;
        await old.Db.Database.ExecuteSqlRawAsync(insert); // the test's own literals: no input from outside

        await old.MigrateToLatestAsync();

        var db = old.Db;
        var agencies = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Name, a => a);
        var parish = agencies["Parish Council"];
        Assert.Equal((Domain.Agencies.AgencyKind.Other, false), (parish.Kind, parish.Active));
        var stored = await db.Applications.AsNoTracking().Include(a => a.Recommendations).Include(a => a.Responses).SingleAsync(a => a.Reference == "CR-2026-000009");
        Assert.Equal([agencies["Police"].Id, agencies["Council"].Id, parish.Id], stored.PanelAgencyIds);
        Assert.Equal(agencies["Police"].Id, Assert.Single(stored.Recommendations).OwnerAgencyId);
        Assert.Equal(agencies["Council"].Id, Assert.Single(stored.Responses).AgencyId);
        Assert.Equal(agencies["Police"].Id, await db.Users.Where(u => u.Id == "panel-1").Select(u => u.AgencyId).SingleAsync());
    }
}
