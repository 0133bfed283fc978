using CaseReview.IntegrationTests.Support;
using CaseReview.UseCases.Email;

namespace CaseReview.IntegrationTests.Email;

/// <summary>Outside Development, mail goes only over TLS unless a council says otherwise: no silent downgrade to plain text.</summary>
public sealed class SmtpSecurityTests
{
    [Fact]
    public async Task ByDefault_OutsideDevelopment_AServerWithoutTls_GetsNoEmail_AndTheEmailWaitsWithTheReason()
    {
        using var smtp = SmtpSink.Started(); // offers no STARTTLS
        using var app = new CaseReviewApp { PlainTextSmtp = false, Settings = { ["Email:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) } };
        await app.CreateClient().Submit();

        var result = await app.DispatchAsync();

        Assert.Equal(2, result.Retrying);
        Assert.Empty(smtp.Messages());
        Assert.All(await app.OutboxAsync(), e =>
        {
            Assert.Equal(OutboxStatus.Pending, e.Status);
            Assert.Contains("STARTTLS", e.LastError, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(1, e.Attempts);
        });
    }

    [Fact]
    public async Task ACouncilThatAcceptsPlainText_SaysSo_AndThenTheEmailIsSent()
    {
        using var smtp = SmtpSink.Started();
        using var app = EmailSteps.WithSmtp(smtp, ("Email:Smtp:Security", "StartTlsWhenAvailable"));
        await app.CreateClient().Submit();

        await app.DispatchAllAsync();

        Assert.Equal(2, smtp.Messages().Count);
    }
}
