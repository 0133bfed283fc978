using CaseReview.Domain.Applications;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.Persistence;

/// <summary>
/// Third-party applications stored before the victim and the person applying were kept apart (issue 17, part 3): the
/// online form stored the victim's name as the applicant's and the person applying as the third party; staff entering one
/// did the opposite. After the migration the applicant is the person applying in both, the victim has their name and the
/// address given (so past figures by district stay), and a case for oneself is unchanged. Runs on the suite's database.
/// </summary>
public sealed class ThirdPartiesMigrationTests
{
    [Fact]
    public async Task OldThirdPartyRows_HaveTheApplicantAsThePersonApplying_AndTheVictimApart()
    {
        await using var old = await OldDatabase.AtAsync("Documents");
        var (yes, no) = (OldDatabase.Yes, OldDatabase.No);
        string Row(int n, string applicant, string? thirdParty, string channel) => $"""
            INSERT INTO "Applications" ("Id", "Reference", "TrackingCode", "Status", "Version", "ReceivedAt", "ApplicantName", "ApplicantEmail",
                "ApplicantAddress", "ApplicantPostcode", "PreferredContact", "IsThirdParty", "ThirdPartyName", "ThirdPartyRelationship", "ThirdPartyVictimConsent",
                "VictimType", "Location", "Description", "AsbType", "IssueTypes", "HateMotivated", "Impact", "Channel", "PanelAgencyIds", "PostcodeKey", "AddressKey", "EmailKey")
            VALUES ({OldDatabase.Id($"7d1f6c1e-0000-0000-0000-00000000000{n}")}, 'CR-2026-00000{n}', 'OLDCASETRACKINGCODE{n}', 'Received', 0, '2026-10-01 09:00:00', '{applicant}', 'sam@example.org',
                '20 Oak Road, Worcester', 'WR1 1AA', 'Email', {(thirdParty is null ? no : yes)}, {(thirdParty is null ? "NULL" : $"'{thirdParty}'")},
                {(thirdParty is null ? "NULL" : "'Neighbour'")}, {(thirdParty is null ? "NULL" : yes)},
                'Individual', 'Elm Close', 'Motorbikes', 'Nuisance', {OldDatabase.EmptyTexts}, {no}, 'Cannot sleep', '{channel}', {OldDatabase.EmptyNumbers}, 'WR11AA', '20 oak road worcester', 'sam@example.org');
            """;
        // The test's own literals: no input from outside.
        var insert = Row(1, "Vera Victim", "Sam Helper", "Online") + Row(2, "Sam Helper", "Vera Victim", "Phone") + Row(3, "Alex Example", null, "Online");
        await old.Db.Database.ExecuteSqlRawAsync(insert);

        await old.MigrateToLatestAsync();

        var cases = await old.Db.Applications.AsNoTracking().OrderBy(a => a.Reference).ToListAsync();
        foreach (var thirdParty in cases.Take(2))
        {
            Assert.Equal(("Sam Helper", "sam@example.org", "20 Oak Road, Worcester"), (thirdParty.Applicant.Name, thirdParty.Applicant.Email, thirdParty.Applicant.Address));
            Assert.Equal(new Victim("Vera Victim", "20 Oak Road, Worcester", "WR1 1AA", false, null, null), thirdParty.Victim);
            Assert.Equal(new ThirdParty("Neighbour", true, null, null), thirdParty.ThirdParty);
            Assert.Equal(("WR11AA", "WR11AA"), (thirdParty.PostcodeKey, thirdParty.ApplicantPostcodeKey));
        }

        var forThemselves = cases[2];
        Assert.Equal(("Alex Example", null, null), (forThemselves.Applicant.Name, forThemselves.Victim, forThemselves.ThirdParty));
        Assert.Equal("WR1 1AA", forThemselves.VictimPostcode);
    }
}
