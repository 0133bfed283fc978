using System.Net;
using System.Net.Http.Json;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.Retention;

/// <summary>
/// While a case is restricted nothing is sent about it, to a real SMTP server: not the emails queued before, not the
/// reminders, and the retention schedule holds it past its date. Only the applicant's notices of the restriction and of
/// its lifting go (Articles 18(3) and 19).
/// </summary>
public sealed class RestrictionSendingTests
{
    [Fact]
    public async Task TheAgenciesAreNotChasedForInformation_OnARestrictedCase()
    {
        using var smtp = SmtpSink.Started();
        using var app = EmailSteps.WithSmtp(smtp);
        var restricted = await Cases.WithPanel(app, "Police");
        var other = await Cases.WithPanel(app, "Police");
        await RestrictionTests.Restrict(await app.AsAdmin(), restricted, "legal-claims", "A claim is being brought.");

        app.Clock.Advance(TimeSpan.FromDays(14)); // both cases' information requests are missed now
        await app.RunRemindersAsync();

        var chased = await app.QueryDatabaseAsync(db => db.SentReminders.Where(r => r.Subject.StartsWith(UseCases.Reminders.SentReminder.InformationRequestPrefix)).Select(r => r.CaseReference).Distinct().ToListAsync());
        Assert.Equal([other], chased);
    }

    [Fact]
    public async Task NothingIsSentAboutARestrictedCase_ButTheApplicantIsToldOfTheRestrictionAndOfItsLifting()
    {
        using var smtp = SmtpSink.Started();
        using var app = EmailSteps.WithSmtp(smtp);
        var reference = (await app.CreateClient().Submit())["reference"].Str();
        var admin = await app.AsAdmin();

        await RestrictionTests.Restrict(admin, reference, "accuracy-contested", "Alex says the dates are wrong.");
        await app.DispatchAllAsync();
        app.Clock.Advance(TimeSpan.FromDays(21)); // every deadline of the case is overdue now
        admin = await app.AsAdmin();
        var reminders = await app.RunRemindersAsync();
        await app.DispatchAllAsync();

        Assert.Equal(0, reminders);
        var onHold = Assert.Single(await smtp.WaitForAsync(1));
        Assert.Equal(($"We have put your case on hold ({reference})", "alex@example.org"), (onHold.Subject, onHold.Recipient));
        Assert.Contains("We will tell you before we take the hold off.", onHold.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("dates are wrong", onHold.Text, StringComparison.Ordinal);

        (await admin.PostAsJsonAsync($"/api/cases/{reference}/restriction/lift", new { reason = "The dates were checked." }, Api.Json)).EnsureSuccessStatusCode();
        await app.DispatchAllAsync();

        var sent = await smtp.WaitForAsync(3);
        var subjects = sent.Skip(1).Where(m => m.Recipient == "alex@example.org").Select(m => m.Subject).ToList();
        Assert.Contains($"Your case is no longer on hold ({reference})", subjects);
        // The acknowledgement queued before the restriction waited for it to be lifted.
        Assert.Contains(subjects, s => s.StartsWith("We have received your application", StringComparison.Ordinal));
        Assert.True(await app.RunRemindersAsync() > 0);
    }

    [Fact]
    public async Task TheRetentionSchedule_HoldsARestrictedCase_AndItsDryRunListsIt()
    {
        using var app = new CaseReviewApp { Settings = { ["Retention:ClosedCaseYears"] = "1", ["Retention:ThresholdNotMetYears"] = "1" } };
        var admin = await app.AsAdmin();
        var held = (await app.CreateClient().Submit())["reference"].Str();
        var due = (await app.CreateClient().Submit())["reference"].Str();
        await admin.ActOk(held, "withdraw", new { reason = "Moved away." });
        await admin.ActOk(due, "withdraw", new { reason = "Moved away." });
        await RestrictionTests.Restrict(admin, held, "legal-claims", "The solicitor asked us to keep it.");
        app.SetClockUtc(2028, 7, 3);
        admin = await app.AsAdmin();

        var dryRun = await (await admin.PostAsync("/api/admin/retention/run?dryRun=true", null)).ReadJson(HttpStatusCode.OK);
        var run = await (await admin.PostAsync("/api/admin/retention/run", null)).ReadJson(HttpStatusCode.OK);

        Assert.Equal([due], dryRun["cases"]!.AsArray().Select(c => c!["reference"].Str()));
        var listed = Assert.Single(dryRun["heldByRestriction"]!.AsArray())!;
        Assert.Equal((held, "legal-claims"), (listed["reference"].Str(), listed["ground"].Str()));
        Assert.Equal([due], run["cases"]!.AsArray().Select(c => c!["reference"].Str()));
        var kept = await (await admin.GetAsync($"/api/cases/{held}")).ReadJson(HttpStatusCode.OK);
        Assert.Null(kept["anonymisedAt"]);
        Assert.Equal("Alex Example", kept["applicant"]!["name"].Str());
    }
}
