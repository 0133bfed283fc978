using System.Net;
using CaseReview.IntegrationTests.Support;
using CaseReview.TestSupport;
using CaseReview.UseCases.Email;

namespace CaseReview.IntegrationTests.Email;

/// <summary>The applicant's acknowledgement reaches a real SMTP server after a submission through the API.</summary>
public sealed class AcknowledgementEmailTests
{
    [Fact]
    public async Task Acknowledgement_ArrivesAtTheApplicant_WithReferenceAndTrackingLink_SentByTheBackgroundJob()
    {
        using var smtp = SmtpSink.Started();
        using var app = EmailSteps.WithSmtp(smtp, ("Email:Dispatcher:Enabled", "true"), ("Email:Dispatcher:IntervalSeconds", "1"));
        var client = app.CreateClient();

        var submitted = await client.Submit();
        var reference = submitted["reference"].Str();
        var trackingCode = submitted["trackingCode"].Str();

        // The job runs on the app's clock: move it on so its one-second timer fires.
        var messages = await WaitWhileTicking(app, smtp, 2);
        var acknowledgement = Assert.Single(messages, m => m.Recipient == "alex@example.org");
        Assert.Equal($"We have received your application for an ASB case review ({reference})", acknowledgement.Subject);
        Assert.Equal("alex@example.org", acknowledgement.Message.To.Mailboxes.Single().Address);
        Assert.Contains($"Your reference is {reference}.", acknowledgement.Text);
        Assert.Contains($"https://casereview.council.example/track/{trackingCode}", acknowledgement.Text);
        Assert.Contains($"href=\"https://casereview.council.example/track/{trackingCode}\"", acknowledgement.Html);
        Assert.Contains("Monday 16 November 2026", acknowledgement.Text); // threshold decision: 10 working days after Monday 2 November

        var lead = Assert.Single(messages, m => m.Recipient == CaseReviewApp.LeadMailbox);
        Assert.Equal($"New ASB case review application {reference}", lead.Subject);
    }

    [Fact]
    public async Task SendingTheAcknowledgement_CompletesTheAcknowledgeStage_AndShowsInTheHistory()
    {
        using var smtp = SmtpSink.Started();
        using var app = EmailSteps.WithSmtp(smtp);
        var reference = (await app.CreateClient().Submit())["reference"].Str();
        var admin = await app.AsAdmin();

        await app.DispatchAllAsync();

        var detail = await (await admin.GetAsync($"/api/cases/{reference}")).ReadJson(HttpStatusCode.OK);
        Assert.DoesNotContain(detail["deadlines"]!.AsArray(), d => d!["stage"].Str() == "Acknowledge");
        Assert.Contains(detail["history"]!.AsArray(), h => h!["action"].Str() == "acknowledge" && h["actor"].Str() == "CaseReview");
    }

    [Fact]
    public async Task TheAcknowledgementsOutboxRow_SaysThatSendingItCompletesTheAcknowledgeStage_AndTheLeadMailboxsDoesNot()
    {
        using var app = new CaseReviewApp();
        await app.CreateClient().Submit();

        var outbox = await app.OutboxAsync();

        Assert.Equal(DeliveryFollowUp.RecordAcknowledgement, Assert.Single(outbox, e => e.Template == "acknowledgement").OnDelivery);
        Assert.Equal(DeliveryFollowUp.None, Assert.Single(outbox, e => e.Template == "new-application").OnDelivery);
    }

    [Fact]
    public async Task ApplicantWhoAskedForPhoneContact_GetsNoEmail_AndTheAcknowledgeStageStaysOpenForTheOfficer()
    {
        using var smtp = SmtpSink.Started();
        using var app = EmailSteps.WithSmtp(smtp);
        var application = Api.Application();
        var json = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(application, Api.Json))!;
        json["applicant"]!["preferredContact"] = "Phone";
        var reference = (await app.CreateClient().Submit(json))["reference"].Str();

        await app.DispatchAllAsync();

        var messages = smtp.Messages();
        Assert.DoesNotContain(messages, m => m.Recipient == "alex@example.org");
        Assert.Single(messages, m => m.Recipient == CaseReviewApp.LeadMailbox && m.Subject.Contains(reference, StringComparison.Ordinal));
        var detail = await (await (await app.AsAdmin()).GetAsync($"/api/cases/{reference}")).ReadJson(HttpStatusCode.OK);
        Assert.Contains(detail["deadlines"]!.AsArray(), d => d!["stage"].Str() == "Acknowledge");
    }

    private static async Task<IReadOnlyList<ReceivedEmail>> WaitWhileTicking(CaseReviewApp app, SmtpSink smtp, int count)
    {
        await Eventually.WaitUntilAsync(
            () =>
            {
                if (smtp.Messages().Count >= count)
                {
                    return true;
                }

                app.Clock.Advance(TimeSpan.FromSeconds(1));
                return false;
            },
            TimeSpan.FromSeconds(20));
        return smtp.Messages();
    }
}
