using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using CaseReview.IntegrationTests.Support;
using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Survey;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseReview.IntegrationTests.Survey;

/// <summary>
/// When a case closes the applicant is invited, once, to the satisfaction survey: by email with a working link, or in
/// the closure letter for those who asked for post. Withdrawn cases are not invited.
/// </summary>
public sealed partial class SurveyInvitationTests
{
    [Fact]
    public async Task ClosingACase_EmailsTheApplicantASurveyLink_ThatOpensTheSurvey()
    {
        using var smtp = SmtpSink.Started();
        using var app = EmailSteps.WithSmtp(smtp);
        var (reference, _) = await ClosedAsync(app);
        await app.DispatchAllAsync();

        var closure = smtp.Messages().Single(m => m.Subject == $"Your case review is closed ({reference})");
        var link = SurveyLink().Match(closure.Text);
        Assert.True(link.Success, closure.Text);
        Assert.Contains("Answer them by Saturday 30 January 2027", closure.Text); // closed 1 December 2026, Survey:ResponseDays 60
        Assert.Contains($"href=\"{link.Value}\"", closure.Html);

        var page = await new ResidentBrowser(app).GetAsync(new Uri(link.Value).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await new HtmlParser().ParseDocumentAsync(await page.Content.ReadAsStringAsync());
        Assert.Equal("Tell us how we did", html.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(3, html.QuerySelectorAll("fieldset").Length);
        Assert.NotNull(html.QuerySelector("textarea#comments"));
        Assert.DoesNotContain(reference, html.Body!.TextContent, StringComparison.Ordinal);

        // Only a hash of the code is stored; the invitation is audited without personal data.
        var code = link.Value[(link.Value.LastIndexOf('/') + 1)..].Replace("-", string.Empty, StringComparison.Ordinal);
        var stored = await app.QueryDatabaseAsync(db => db.SurveyInvitations.AsNoTracking().SingleAsync());
        Assert.Equal(SurveyCodes.Hash(code), stored.TokenHash);
        Assert.DoesNotContain(code, stored.TokenHash, StringComparison.Ordinal);
        Assert.Equal(2026, stored.FinancialYear);
        var audit = await app.QueryDatabaseAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == "survey.invited"));
        Assert.Equal(reference, audit.CaseReference);
        Assert.Equal("closes=2027-01-30", audit.Detail);
    }

    [Fact]
    public async Task APostApplicantsClosureLetter_CarriesTheSurveyAddress_ThatWorks()
    {
        using var app = new CaseReviewApp();
        var (reference, trackingCode) = await ClosedAsync(app, "Post");
        var officer = await app.AsAdmin();

        var due = (await officer.GetArray("/api/letters/to-send")).Select(l => l!).Where(l => l["reference"].Str() == reference).Select(l => l["notice"].Str());
        Assert.Contains("closure", due);
        var browser = await app.SignedInBrowserAsync("CaseOfficer");
        var letter = await new HtmlParser().ParseDocumentAsync(await (await browser.GetAsync($"/staff/cases/{reference}/letters/closure")).Content.ReadAsStringAsync());
        var address = SurveyLink().Match(letter.Body!.TextContent);
        Assert.True(address.Success, letter.Body.TextContent);
        Assert.EndsWith("/survey/" + SurveyCodes.Display(SurveyCodes.For(trackingCode)), address.Value, StringComparison.Ordinal);
        Assert.Contains("by Saturday 30 January 2027", letter.Body.TextContent, StringComparison.Ordinal);
        // The PDF, made again from the case, carries the same address.
        Assert.Contains(SurveyCodes.Display(SurveyCodes.For(trackingCode)), await Letters.LetterPdf.TextAsync(await officer.GetAsync($"/api/cases/{reference}/letters/closure")), StringComparison.Ordinal);

        // Typed from the letter, in small letters and without the hyphens, it still works.
        var typed = SurveyCodes.For(trackingCode).ToLowerInvariant();
        Assert.Equal(HttpStatusCode.NoContent, (await app.CreateClient().PostAsJsonAsync($"/api/survey/{typed}", new { improved = "Partly" }, Api.Json)).StatusCode);
    }

    [Fact]
    public async Task EveryWayACaseCloses_InvitesOnce_AndAWithdrawnCaseIsNotInvited()
    {
        using var app = new CaseReviewApp();
        var officer = await app.AsAdmin();
        var single = Api.Application(Api.Complaint("2026-10-02", "2026-10-03", "Police"));
        var notMet = (await app.CreateClient().Submit(single))["reference"].Str();
        await officer.ActOk(notMet, "start-assessment");
        await officer.ActOk(notMet, "threshold-decision", new { met = false });
        var appealed = await Cases.AppealRequested(app);
        var withdrawn = (await app.CreateClient().Submit())["reference"].Str();
        await officer.ActOk(withdrawn, "withdraw", new { reason = "The applicant asked to stop." });

        await (await app.AsAppealReviewer()).ActOk(appealed, "appeal-decision", new { upheld = false, reason = "The panel considered every report." });
        app.SetClockUtc(2026, 12, 1);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.Equal([notMet], await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new CloseExpiredAppealWindowsCommand()));
        }

        var invited = await app.QueryDatabaseAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Action == "survey.invited").Select(e => e.CaseReference!).ToListAsync());
        Assert.Equal(new[] { appealed, notMet }.Order(StringComparer.Ordinal), invited.Order(StringComparer.Ordinal));
        Assert.Equal(2, await app.QueryDatabaseAsync(db => db.SurveyInvitations.CountAsync()));

        // The applicant whose case closed by itself is now told so, with the survey; so is the one whose appeal failed.
        var outbox = await app.OutboxAsync();
        Assert.Contains(outbox, e => e.CaseReference == notMet && e.Template == "case-closed" && e.TextBody.Contains("/survey/", StringComparison.Ordinal));
        Assert.Contains(outbox, e => e.CaseReference == appealed && e.Template == "appeal-not-upheld" && e.TextBody.Contains("/survey/", StringComparison.Ordinal));
        Assert.DoesNotContain(outbox, e => e.CaseReference == withdrawn && e.TextBody.Contains("/survey/", StringComparison.Ordinal));
    }

    /// <summary>A case brought to its outcome, then closed by staff once the appeal window ended (1 December 2026 on a fresh app).</summary>
    internal static async Task<(string Reference, string TrackingCode)> ClosedAsync(CaseReviewApp app, string preferredContact = "Email")
    {
        var application = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Api.Application(), Api.Json))!.AsObject();
        application["applicant"]!["preferredContact"] = preferredContact;
        var submitted = await app.CreateClient().Submit(application);
        var reference = submitted["reference"].Str();
        var officer = await app.AsAdmin();
        await officer.ActOk(reference, "start-assessment");
        await officer.ActOk(reference, "threshold-decision", new { met = true });
        await officer.ActOk(reference, "schedule-review", new { meetingAt = app.Clock.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture), panel = new[] { new { agency = "Police" } } });
        await officer.ActOk(reference, "record-review", new { findings = "Shared too little.", applicantSummary = "The police will patrol.", recommendations = Array.Empty<object>() });
        await officer.ActOk(reference, "send-outcome");
        // On a fresh app's clock (2 November 2026) the appeal window has ended by 1 December; on a shared one, a few days later.
        app.Clock.Advance(TimeSpan.FromDays(29));
        while ((await officer.Act(reference, "close", new { reason = "Action plan complete." })).StatusCode == HttpStatusCode.Conflict)
        {
            app.Clock.Advance(TimeSpan.FromDays(1));
        }

        return (reference, submitted["trackingCode"].Str());
    }

    [GeneratedRegex(@"https?://\S+/survey/[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}")]
    private static partial Regex SurveyLink();
}
