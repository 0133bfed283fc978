using System.Net.Http.Json;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Email;

/// <summary>Each stage of a case tells the people who need to know, with the reference and a link, never the story.</summary>
public sealed class CaseEmailJourneyTests
{
    private static readonly string[] Story =
    [
        "Motorbikes racing", "We cannot sleep", "Footpaths behind Elm Close", "Motorbikes on the footpath", "07700900123", "High Street", "B98 8AH",
        "Reports were not linked", "Joint patrols", "The review ignored",
    ];

    [Fact]
    public async Task ReviewJourney_SendsEachStagesEmail_ToTheRightPeople()
    {
        using var smtp = SmtpSink.Started();
        using var app = EmailSteps.WithSmtp(smtp, ("Council:Phone", "01234 567890"), ("Council:Email", "community.safety@council.example"));
        await app.SetPoliceMailboxAsync("asb.team@police.example");
        var admin = await app.AsAdmin();
        var panelMember = "pc.member@police.example";
        (await admin.PostAsJsonAsync("/api/admin/users", new { email = panelMember, password = "a long enough passphrase", roles = new[] { "PanelMember" }, agency = "Police" }, Api.Json))
            .EnsureSuccessStatusCode();
        var submitted = await app.CreateClient().Submit();
        var reference = submitted["reference"].Str();
        var trackingCode = submitted["trackingCode"].Str();

        await admin.ActOk(reference, "start-assessment");
        await admin.ActOk(reference, "threshold-decision", new { met = true });
        await admin.ActOk(reference, "schedule-review", new { meetingAt = "2026-11-20T14:30:00Z", panel = new[] { new { agency = "Police" }, new { agency = "Council" } } });
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 20, 14, 30, 0, TimeSpan.Zero)); // the meeting has taken place
        await admin.ActOk(reference, "record-review", new
        {
            findings = "Reports were not linked.",
            applicantSummary = "The police will patrol the footpaths on Friday evenings.",
            recommendations = new[] { new { action = "Joint patrols at weekends.", ownerAgency = "Police", dueDate = "2027-01-15" } },
        });
        await admin.ActOk(reference, "send-outcome");
        (await app.CreateClient().PostAsJsonAsync($"/api/track/{trackingCode}/appeal", new { grounds = "The review ignored my diary." })).EnsureSuccessStatusCode();
        await (await app.AsAppealReviewer()).ActOk(reference, "appeal-decision", new { upheld = true, reason = "Relevant facts were not considered." });
        await app.DispatchAllAsync();

        var messages = smtp.Messages();
        Assert.Equal(
            [
                $"We have received your application for an ASB case review ({reference})",
                $"Your application meets the threshold for a case review ({reference})",
                $"Your case review meeting: Friday 20 November 2026 at 2:30pm ({reference})",
                $"The outcome of your case review ({reference})",
                $"We have received your appeal ({reference})",
                $"Your appeal has been upheld ({reference})",
            ],
            messages.Where(m => m.Recipient == "alex@example.org").Select(m => m.Subject));
        Assert.Equal(
            [$"New ASB case review application {reference}", $"Appeal requested on {reference}"],
            messages.Where(m => m.Recipient == CaseReviewApp.LeadMailbox).Select(m => m.Subject));
        Assert.Single(messages, m => m.Recipient == "asb.team@police.example" && m.Subject == $"Case review panel invitation: {reference} on Friday 20 November 2026 at 2:30pm");
        Assert.Single(messages, m => m.Recipient == panelMember && m.Subject.StartsWith("Case review panel invitation", StringComparison.Ordinal));

        var invitation = messages.Single(m => m.Recipient == "alex@example.org" && m.Subject.StartsWith("Your case review meeting", StringComparison.Ordinal));
        Assert.Contains("Tell us what you would like to do by replying to this email or calling 01234 567890.", invitation.Text);
        Assert.Equal("community.safety@council.example", invitation.Message.ReplyTo.Mailboxes.Single().Address);

        var outcome = messages.Single(m => m.Subject.StartsWith("The outcome", StringComparison.Ordinal));
        Assert.Contains("The panel made 1 recommendation, which forms the action plan.", outcome.Text);
        // The panel's words for the applicant, as the tracking page shows them; the internal findings stay internal.
        Assert.Contains("The police will patrol the footpaths on Friday evenings.", outcome.Text);
        Assert.Contains("The police will patrol the footpaths on Friday evenings.", outcome.Html);
        Assert.DoesNotContain("Reports were not linked", outcome.Text + outcome.Html);
        Assert.Contains($"https://casereview.council.example/track/{trackingCode}", outcome.Text);
        Assert.Contains($"https://casereview.council.example/staff/cases/{reference}", messages.Single(m => m.Recipient == panelMember).Text);

        foreach (var message in messages)
        {
            Assert.Contains(reference, message.Text);
            Assert.Contains(reference, message.Html);
            Assert.DoesNotContain("{{", message.Text + message.Html);
            Assert.All(Story, words => Assert.DoesNotContain(words, message.Text + message.Html + message.Subject));
        }
    }

    [Fact]
    public async Task ThresholdNotMet_TellsTheApplicantWhyComplaintByComplaint_AndHowToAppealByWhen()
    {
        using var smtp = SmtpSink.Started();
        using var app = EmailSteps.WithSmtp(smtp);
        var reference = (await app.CreateClient().Submit(Api.Application(
            Api.Complaint("2026-09-10", "2026-09-11", "Police"),
            Api.Complaint("2026-08-01", "2026-10-20", "Council"))))["reference"].Str();
        var admin = await app.AsAdmin();
        await admin.ActOk(reference, "start-assessment");
        await admin.ActOk(reference, "threshold-decision", new { met = false });
        await app.DispatchAllAsync();

        var letter = smtp.Messages().Single(m => m.Subject == $"Your application does not meet the threshold for a case review ({reference})");
        Assert.Contains("The threshold is not met: 1 of your complaints counts", letter.Text);
        Assert.Contains("- Counted: reported to Police 1 day after the incident", letter.Text);
        Assert.Contains("- Not counted: reported 80 days after the incident", letter.Text);
        Assert.Contains("You can ask for an appeal until Monday 30 November 2026.", letter.Text); // 20 working days after 2 November
        Assert.Contains("<li>Not counted: reported 80 days after the incident", letter.Html);
    }

    [Fact]
    public async Task WithdrawnOrClosedByStaff_TheApplicantIsToldSo_WithoutTheOfficersReason()
    {
        using var smtp = SmtpSink.Started();
        using var app = EmailSteps.WithSmtp(smtp);
        var withdrawn = (await app.CreateClient().Submit())["reference"].Str();
        var closed = await Cases.ReviewHeld(app, ["Police"], "Police");
        var admin = await app.AsAdmin();
        await admin.ActOk(withdrawn, "withdraw", new { reason = "Rang to say the neighbours moved out" });
        await admin.ActOk(closed, "send-outcome");
        app.SetClockUtc(2026, 12, 1); // the appeal window (20 working days from 2 November) has ended
        await admin.ActOk(closed, "close", new { reason = "Action plan complete per PC Jones" });
        await app.DispatchAllAsync();

        var messages = smtp.Messages();
        var letter = messages.Single(m => m.Subject == $"Your application has been withdrawn ({withdrawn})");
        Assert.Contains("has been withdrawn and will not go any further", letter.Text);
        var closure = messages.Single(m => m.Subject == $"Your case review is closed ({closed})");
        Assert.Contains("is now closed", closure.Html);
        Assert.All(messages, m => Assert.DoesNotContain("neighbours moved", m.Text + m.Html));
        Assert.All(messages, m => Assert.DoesNotContain("PC Jones", m.Text + m.Html));
    }
}
