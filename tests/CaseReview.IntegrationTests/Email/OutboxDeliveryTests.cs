using System.Net;
using CaseReview.IntegrationTests.Support;
using CaseReview.UseCases.Email;

namespace CaseReview.IntegrationTests.Email;

/// <summary>The outbox: nothing lost while the mail server is down, nothing sent twice, failures shown to administrators.</summary>
public sealed class OutboxDeliveryTests
{
    [Fact]
    public async Task EmailsQueuedWhileSmtpIsDown_AreEachDeliveredOnce_AfterItReturns()
    {
        using var smtp = new SmtpSink(); // not started: the mail server is down
        using var app = EmailSteps.WithSmtp(smtp);
        var client = app.CreateClient();
        var references = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            references.Add((await client.Submit())["reference"].Str());
        }

        var down = await app.DispatchAsync();
        Assert.Equal(6, down.Claimed); // an acknowledgement and a lead-mailbox notice per application
        Assert.Equal(6, down.Retrying);
        var waiting = await app.OutboxAsync();
        Assert.All(waiting, e =>
        {
            Assert.Equal(OutboxStatus.Pending, e.Status);
            Assert.Equal(1, e.Attempts);
            Assert.NotNull(e.LastError);
            Assert.Equal(app.Clock.GetUtcNow().UtcDateTime.AddSeconds(30), e.NextAttemptAt);
        });

        // Nothing is tried again before its back-off has passed.
        Assert.Equal(0, (await app.DispatchAsync()).Claimed);

        smtp.Start();
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        await app.DispatchAllAsync();
        await app.DispatchAllAsync();

        var received = smtp.Messages();
        Assert.Equal(6, received.Count);
        Assert.Equal(6, received.Select(m => m.Message.MessageId).Distinct().Count());
        foreach (var reference in references)
        {
            Assert.Single(received, m => m.Recipient == "alex@example.org" && m.Subject.Contains(reference, StringComparison.Ordinal));
            Assert.Single(received, m => m.Recipient == CaseReviewApp.LeadMailbox && m.Subject.Contains(reference, StringComparison.Ordinal));
        }

        Assert.All(await app.OutboxAsync(), e => Assert.Equal(OutboxStatus.Sent, e.Status));
    }

    [Fact]
    public async Task BackOffDoubles_AndAfterTheLastAttemptTheEmailIsFailed_UntilAnAdministratorRetriesIt()
    {
        using var smtp = new SmtpSink();
        using var app = EmailSteps.WithSmtp(smtp, ("Email:Dispatcher:MaxAttempts", "3"), ("Email:Dispatcher:FirstRetrySeconds", "60"));
        var reference = (await app.CreateClient().Submit())["reference"].Str();

        await app.DispatchAsync();                       // attempt 1, next in 60 s
        app.Clock.Advance(TimeSpan.FromSeconds(60));
        await app.DispatchAsync();                       // attempt 2, next in 120 s
        app.Clock.Advance(TimeSpan.FromSeconds(119));
        Assert.Equal(0, (await app.DispatchAsync()).Claimed);
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        var last = await app.DispatchAsync();            // attempt 3: gives up
        Assert.Equal(2, last.Failed);

        var admin = await app.AsAdmin();
        var failed = await (await admin.GetAsync("/api/admin/emails?status=Failed")).ReadJson(HttpStatusCode.OK);
        Assert.Equal(2, failed["total"]!.GetValue<int>());
        var acknowledgement = failed["items"]!.AsArray().Single(e => e!["template"].Str() == "acknowledgement")!;
        var dashboard = await (await admin.GetAsync("/api/dashboard")).ReadJson(HttpStatusCode.OK);
        Assert.Equal(2, dashboard["failedEmails"]!.GetValue<int>());
        Assert.Equal(reference, acknowledgement["caseReference"].Str());
        Assert.Equal(3, acknowledgement["attempts"]!.GetValue<int>());

        // A case officer may not see or retry the queue (it holds applicants' addresses).
        var officer = await app.AsNewStaff("CaseOfficer");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/admin/emails")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsync($"/api/admin/emails/{acknowledgement["id"]}/retry", null)).StatusCode);

        smtp.Start();
        app.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, (await app.DispatchAsync()).Claimed); // failed emails stay failed until someone acts
        var retried = await (await admin.PostAsync($"/api/admin/emails/{acknowledgement["id"]}/retry", null)).ReadJson(HttpStatusCode.OK);
        Assert.Equal("Pending", retried["status"].Str());
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync($"/api/admin/emails/{acknowledgement["id"]}/retry", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/api/admin/emails/999999/retry", null)).StatusCode);

        await app.DispatchAllAsync();
        var arrived = Assert.Single(smtp.Messages());
        Assert.Equal("alex@example.org", arrived.Recipient);
        var audit = await app.QueryDatabaseAsync(db => Task.FromResult(db.AuditEntries.Where(a => a.Action.StartsWith("email.")).Select(a => a.Action).ToList()));
        Assert.Contains("email.list", audit);
        Assert.Contains("email.retry", audit);
    }

    [Fact]
    public async Task TwoDispatchersOnOneDatabase_DeliverEachEmailExactlyOnce()
    {
        using var smtp = SmtpSink.Started();
        using var first = EmailSteps.WithSmtp(smtp, ("Email:Dispatcher:BatchSize", "3"));
        using var second = CaseReviewApp.SecondInstanceOf(first);
        var client = first.CreateClient();
        for (var i = 0; i < 12; i++)
        {
            await client.Submit();
        }

        _ = second.CreateClient();
        await Task.WhenAll(first.DispatchAllAsync(), second.DispatchAllAsync(), first.DispatchAllAsync(), second.DispatchAllAsync());

        var received = smtp.Messages();
        Assert.Equal(24, received.Count);
        Assert.Equal(24, received.Select(m => m.Message.MessageId).Distinct().Count());
        Assert.All(await first.OutboxAsync(), e => Assert.Equal((OutboxStatus.Sent, 1), (e.Status, e.Attempts)));
    }
}
