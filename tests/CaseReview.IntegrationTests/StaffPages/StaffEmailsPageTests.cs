using System.Net;
using CaseReview.IntegrationTests.Support;
using CaseReview.UseCases.Email;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.StaffPages;

/// <summary>
/// The email outbox at /staff/emails. The mail server is down (the sink is never started) and one attempt is
/// allowed, so each application's two emails fail on the first dispatch.
/// </summary>
public sealed class StaffEmailsPageTests : IDisposable
{
    private readonly SmtpSink _smtp = new();
    private readonly CaseReviewApp _app;

    public StaffEmailsPageTests() => _app = EmailSteps.WithSmtp(_smtp, ("Email:Dispatcher:MaxAttempts", "1"));

    public void Dispose()
    {
        _app.Dispose();
        _smtp.Dispose();
    }

    [Fact]
    public async Task FailedEmails_AreListedByDefault_WithWhatWentWrong()
    {
        var reference = await FailedApplicationAsync();
        var admin = await _app.SignedInBrowserAsync("Administrator");

        var response = await admin.GetAsync("/staff/emails");
        var html = await response.Content.ReadAsStringAsync();
        var text = HtmlTables.Text(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("2 emails", text);
        Assert.Contains("alex@example.org", text);
        Assert.Contains(CaseReviewApp.LeadMailbox, text);
        Assert.Contains("acknowledgement", text);
        var (_, _, attempts, lastError, created, status) = Cells(HtmlTables.Row(html, reference, from: "id=\"emails\""));
        Assert.Equal("1", attempts);
        Assert.NotEqual("None", lastError);
        Assert.StartsWith("Monday 2 November 2026 at", created);
        Assert.StartsWith("Failed Send again", status);
    }

    [Fact]
    public async Task SendAgain_PutsTheEmailBackInTheQueue_ShowsTheBanner_AndIsAudited()
    {
        var reference = await FailedApplicationAsync();
        var email = await _app.NewStaffAsync("Administrator");
        var admin = new ResidentBrowser(_app);
        await admin.SignInAsync(email);
        var id = (await _app.OutboxAsync()).First(e => e.Template == "acknowledgement").Id;

        var sent = await RetryAsync(admin, id);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/staff/emails?status=Failed&retried=true", sent.Headers.Location!.OriginalString);
        var after = await (await admin.GetAsync(sent.Headers.Location.OriginalString)).Content.ReadAsStringAsync();
        Assert.Contains("The email will be sent again", after);
        Assert.Contains("1 email", HtmlTables.Text(after));
        Assert.Equal(OutboxStatus.Pending, (await _app.OutboxAsync()).Single(e => e.Id == id).Status);
        var audited = await _app.QueryDatabaseAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "email.retry"));
        Assert.Equal((email, reference), (audited.ActorName, audited.CaseReference));
    }

    [Fact]
    public async Task SendingAgainAnEmailThatIsNotFailedOrNotThere_IsAnErrorMessage_NotAFailure()
    {
        await FailedApplicationAsync();
        var admin = await _app.SignedInBrowserAsync("Administrator");
        var id = (await _app.OutboxAsync())[0].Id;
        await RetryAsync(admin, id);

        foreach (var (retry, message) in new[] { (id.ToString(System.Globalization.CultureInfo.InvariantCulture), "Only an email that failed can be sent again."), ("999999", "There is no email with the id 999999.") })
        {
            var response = await RetryAsync(admin, retry);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("There is a problem", html);
            Assert.Contains($"<a href=\"#emails\">{message}</a>", html);
            Assert.DoesNotContain("The email will be sent again", html);
        }
    }

    [Theory]
    [InlineData("All", "2 emails")]
    [InlineData("Sent", "0 emails")]
    [InlineData("Failed", "2 emails")]
    public async Task TheStatusFilter_ShowsOnlyEmailsInThatStatus(string status, string heading)
    {
        await FailedApplicationAsync();
        var admin = await _app.SignedInBrowserAsync("Administrator");

        var html = await (await admin.GetAsync($"/staff/emails?status={status}")).Content.ReadAsStringAsync();

        Assert.Contains($"id=\"emails\">{heading}</h2>", html);
    }

    [Fact]
    public async Task AStatusThatIsNotOne_IsAnErrorMessage()
    {
        var admin = await _app.SignedInBrowserAsync("Administrator");

        var response = await admin.GetAsync("/staff/emails?status=3");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<a href=\"#status\">Choose a status from the list</a>", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("CaseOfficer", null)]
    [InlineData("PanelMember", "Police")]
    public async Task OnlyAdministrators_SeeOrSendAgainTheEmails(string role, string? agency)
    {
        await FailedApplicationAsync();
        var someone = await _app.SignedInBrowserAsync(role, agency);
        var id = (await _app.OutboxAsync())[0].Id;

        var page = await someone.GetAsync("/staff/emails");
        var retry = await someone.PostAsync("/staff/emails?handler=Retry", someone.Cookies,
            ("__RequestVerificationToken", await someone.TokenAsync("/staff/sign-in")), ("id", id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("You cannot see the emails", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, retry.StatusCode);
        Assert.Equal(OutboxStatus.Failed, (await _app.OutboxAsync())[0].Status);
    }

    [Fact]
    public async Task NotSignedIn_IsSentToSignIn()
    {
        var response = await new ResidentBrowser(_app).GetAsync("/staff/emails");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/staff/sign-in?returnUrl=%2Fstaff%2Femails", response.Headers.Location!.PathAndQuery);
    }

    private static (string Template, string To, string Attempts, string LastError, string Created, string Status) Cells(string[] row) =>
        (row[0], row[1], row[2], row[3], row[4], row[5]);

    private async Task<string> FailedApplicationAsync()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        Assert.Equal(2, (await _app.DispatchAsync()).Failed);
        return reference;
    }

    private static Task<HttpResponseMessage> RetryAsync(ResidentBrowser admin, long id) =>
        RetryAsync(admin, id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static async Task<HttpResponseMessage> RetryAsync(ResidentBrowser admin, string id) =>
        await admin.PostAsync("/staff/emails?handler=Retry", admin.Cookies,
            ("__RequestVerificationToken", await admin.TokenAsync("/staff/emails")), ("id", id), ("status", "Failed"));
}
