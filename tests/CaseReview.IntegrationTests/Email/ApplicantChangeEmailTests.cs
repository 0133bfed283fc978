using System.Net.Http.Json;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Email;

/// <summary>
/// What the applicant does on the tracking page is confirmed by email through the outbox, to a real SMTP server: a
/// change of contact details to the old and the new address (so a change they did not make is noticed), a withdrawal
/// to the applicant. The emails say what changed, never the new details.
/// </summary>
public sealed class ApplicantChangeEmailTests
{
    [Fact]
    public async Task AChangeOfEmailAddress_IsConfirmedToTheOldAndTheNewAddress()
    {
        using var smtp = SmtpSink.Started();
        using var app = EmailSteps.WithSmtp(smtp, ("Council:Phone", "01234 567890"));
        var submitted = await app.CreateClient().Submit();
        var (reference, code) = (submitted["reference"].Str(), submitted["trackingCode"].Str());
        await app.DispatchAllAsync();
        var before = smtp.Count();

        (await app.CreateClient().PostAsJsonAsync($"/api/track/{code}/contact", new { email = "alex.new@example.org", preferredContact = "Email" }, Api.Json)).EnsureSuccessStatusCode();
        await app.DispatchAllAsync();

        var sent = (await smtp.WaitForAsync(before + 2)).Skip(before).ToList();
        Assert.Equal(["alex.new@example.org", "alex@example.org"], sent.Select(m => m.Recipient).Order());
        Assert.All(sent, m =>
        {
            Assert.Equal($"Your contact details have changed ({reference})", m.Subject);
            Assert.Contains("- email address", m.Text, StringComparison.Ordinal);
            Assert.Contains("From now on we will contact you by email.", m.Text, StringComparison.Ordinal);
            Assert.Contains("If you did not ask for this, tell us at once.", m.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("alex.new", m.Text, StringComparison.Ordinal);
            Assert.Contains($"/track/{code}", m.Text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task AChangeToPost_IsStillConfirmedByEmail_AndAWithdrawalIsConfirmedToTheApplicant()
    {
        using var smtp = SmtpSink.Started();
        using var app = EmailSteps.WithSmtp(smtp);
        var submitted = await app.CreateClient().Submit();
        var (reference, code) = (submitted["reference"].Str(), submitted["trackingCode"].Str());

        (await app.CreateClient().PostAsJsonAsync($"/api/track/{code}/contact", new { phone = "07700 900456", preferredContact = "Phone" }, Api.Json)).EnsureSuccessStatusCode();
        (await app.CreateClient().PostAsJsonAsync($"/api/track/{code}/contact", new { preferredContact = "Email" }, Api.Json)).EnsureSuccessStatusCode();
        (await app.CreateClient().PostAsJsonAsync($"/api/track/{code}/withdraw", new { reason = "It has stopped." }, Api.Json)).EnsureSuccessStatusCode();
        await app.DispatchAllAsync();

        var messages = await smtp.WaitForAsync(5);
        Assert.Equal(
            [
                $"We have received your application for an ASB case review ({reference})",
                $"Your contact details have changed ({reference})",
                $"Your contact details have changed ({reference})",
                $"Your application has been withdrawn ({reference})",
            ],
            messages.Where(m => m.Recipient == "alex@example.org").Select(m => m.Subject));
        Assert.Contains(messages, m => m.Text.Contains("From now on we will contact you by phone.", StringComparison.Ordinal));
        Assert.DoesNotContain(messages, m => m.Text.Contains("It has stopped.", StringComparison.Ordinal));
    }
}
