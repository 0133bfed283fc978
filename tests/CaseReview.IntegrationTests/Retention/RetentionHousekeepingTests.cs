using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseReview.IntegrationTests.Support;
using CaseReview.UseCases.Drafts;
using CaseReview.UseCases.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseReview.IntegrationTests.Retention;

/// <summary>
/// The rest of the schedule, on their own days: the text of sent emails, expired drafts, old idempotency keys and the IP
/// addresses in the audit trail. Newer ones stay.
/// </summary>
public sealed class RetentionHousekeepingTests : IDisposable
{
    private readonly SmtpSink _smtp = new();
    private readonly CaseReviewApp _app;

    public RetentionHousekeepingTests()
    {
        _smtp.Start();
        _app = EmailSteps.WithSmtp(_smtp, ("Retention:SentEmailBodyDays", "30"), ("Retention:IdempotencyRecordDays", "7"), ("Retention:AuditIpAddressMonths", "1"));
    }

    public void Dispose()
    {
        _app.Dispose();
        _smtp.Dispose();
    }

    [Fact]
    public async Task OldEmailText_ExpiredDrafts_OldIdempotencyKeys_AndOldAuditAddresses_GoOnTheirDays()
    {
        var resident = TestClientAddress.From(_app, "203.0.113.7");
        var old = (await resident.Submit(idempotencyKey: "first-key"))["reference"].Str();
        await _app.DispatchAllAsync();
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ApplicationDraftStore>().SaveAsync(ApplicationDraftStore.NewId(), "{\"name\":\"Alex\"}", CancellationToken.None);
        }

        _app.Clock.Advance(TimeSpan.FromDays(40));
        var recent = (await resident.Submit(idempotencyKey: "second-key"))["reference"].Str();
        var admin = await _app.AsAdmin();
        var sentBefore = (await _app.OutboxAsync()).Where(e => e.CaseReference == old).ToList();

        var dryRun = await Run(admin, dryRun: true);
        var run = await Run(admin, dryRun: false);

        Assert.Equal(sentBefore.Select(e => e.Id).Order(), dryRun["emailBodies"]!.AsArray().Select(x => x!.GetValue<long>()));
        Assert.Equal(1, dryRun["expiredDrafts"]!.GetValue<int>());
        Assert.Equal(1, dryRun["idempotencyRecords"]!.GetValue<int>());
        Assert.True(dryRun["auditIpAddresses"]!.GetValue<int>() > 0);
        dryRun.Remove("dryRun");
        run.Remove("dryRun");
        Assert.Equal(dryRun.ToJsonString(), run.ToJsonString());

        var outbox = await _app.OutboxAsync();
        foreach (var before in sentBefore)
        {
            var after = outbox.Single(e => e.Id == before.Id);
            Assert.Equal(OutboxEmail.BodyRemoved, after.TextBody);
            Assert.Equal(OutboxEmail.BodyRemoved, after.HtmlBody);
            Assert.Equal((before.Recipient, before.Template, before.Subject, before.SentAt, before.CreatedAt), (after.Recipient, after.Template, after.Subject, after.SentAt, after.CreatedAt));
        }

        Assert.All(outbox.Where(e => e.CaseReference == recent), e => Assert.NotEqual(OutboxEmail.BodyRemoved, e.TextBody));
        Assert.Equal(["second-key"], await _app.QueryDatabaseAsync(db => db.IdempotencyRecords.Select(r => r.Key).ToListAsync()));
        Assert.Equal(0, await _app.QueryDatabaseAsync(db => db.ApplicationDrafts.CountAsync()));
        var cutoff = _app.Clock.GetUtcNow().UtcDateTime.AddMonths(-1);
        Assert.Equal(0, await _app.QueryDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.OccurredAt < cutoff && e.IpAddress != null)));
        Assert.True(await _app.QueryDatabaseAsync(db => db.AuditEntries.AnyAsync(e => e.OccurredAt >= cutoff && e.IpAddress != null)));
        Assert.Equal(0, (await Run(admin, dryRun: false))["auditIpAddresses"]!.GetValue<int>());

        // A retry of the forgotten key, after a week, is a new application; the remembered one still returns its own.
        Assert.NotEqual(old, (await resident.Submit(idempotencyKey: "first-key"))["reference"].Str());
        Assert.Equal(recent, (await resident.Submit(idempotencyKey: "second-key"))["reference"].Str());
    }

    [Fact]
    public async Task TheDatabase_LetsAnAuditLineLoseItsAddress_AndNothingElse()
    {
        await TestClientAddress.From(_app, "203.0.113.7").Submit();
        Task<int> Sql(string sql) => _app.QueryDatabaseAsync(db => db.Database.ExecuteSqlRawAsync(sql));

        var otherColumn = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => Sql("UPDATE \"AuditEntries\" SET \"IpAddress\" = NULL, \"Detail\" = 'tampered'"));
        var otherAddress = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => Sql("UPDATE \"AuditEntries\" SET \"IpAddress\" = '198.51.100.1'"));
        Assert.Contains("append-only", otherColumn.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", otherAddress.Message, StringComparison.Ordinal);

        Assert.True(await Sql("UPDATE \"AuditEntries\" SET \"IpAddress\" = NULL") > 0);
        Assert.Equal(0, await _app.QueryDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.IpAddress != null || e.Detail == "tampered")));
    }

    private static async Task<JsonObject> Run(HttpClient admin, bool dryRun) =>
        await (await admin.PostAsJsonAsync($"/api/admin/retention/run?dryRun={(dryRun ? "true" : "false")}", new { }, Api.Json)).ReadJson(HttpStatusCode.OK);
}
