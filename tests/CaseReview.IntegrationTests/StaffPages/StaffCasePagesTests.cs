using System.Net;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.StaffPages;

/// <summary>The case queue and one case's page: what the caller may see, in words, and every view audited.</summary>
// One host for the class: the tests that look only at cases of their own share it. The one that counts the whole
// queue, and the one that moves the clock on, start one of their own.
public sealed class StaffCasePagesTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app = app;

    [Fact]
    public async Task Officer_FindsACaseInTheQueue_AndSeesItsDeadlinesActionsAndHistory()
    {
        using var app = new CaseReviewApp();
        var reference = (await app.CreateClient().Submit())["reference"].Str();
        var officer = await app.SignedInBrowserAsync("CaseOfficer");

        var queue = await (await officer.GetAsync("/staff/cases?status=Received")).Content.ReadAsStringAsync();
        Assert.Contains($"href=\"/staff/cases/{reference}\"", queue);
        Assert.Contains("1 case", queue);
        var none = await (await officer.GetAsync("/staff/cases?status=Closed")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(reference, none);

        var page = await officer.GetAsync($"/staff/cases/{reference}");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Alex Example", html);
        Assert.Contains("Wednesday 4 November 2026", html); // acknowledge: 2 working days after Monday 2 November
        Assert.Contains("Monday 16 November 2026", html);   // threshold decision: 10 working days
        Assert.Contains($"href=\"/staff/cases/{reference}/start-assessment\"", html);
        Assert.Contains("Application received</h3>", html);
        Assert.Equal(1, await app.QueryDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Action == "case.viewed" && e.CaseReference == reference)));
    }

    [Fact]
    public async Task PanelMember_SeesOnlyTheirPanelsCases_AndAnyOtherIsNotFound()
    {
        var onPanel = await Cases.WithPanel(_app, "Police");
        var elsewhere = (await _app.CreateClient().Submit())["reference"].Str();
        var panelMember = await _app.SignedInBrowserAsync("PanelMember", "Police");

        var queue = await (await panelMember.GetAsync("/staff/cases")).Content.ReadAsStringAsync();
        Assert.Contains(onPanel, queue);
        Assert.DoesNotContain(elsewhere, queue);
        Assert.Equal(HttpStatusCode.OK, (await panelMember.GetAsync($"/staff/cases/{onPanel}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await panelMember.GetAsync($"/staff/cases/{elsewhere}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await panelMember.GetAsync("/staff/cases/CR-2026-999999")).StatusCode);
    }

    [Fact]
    public async Task NotSignedIn_IsSentToSignIn()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();

        var response = await new ResidentBrowser(_app).GetAsync($"/staff/cases/{reference}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/staff/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCasePage_ShowsWhichDeadlineRemindersWereSent()
    {
        using var app = new CaseReviewApp();
        var reference = (await app.CreateClient().Submit())["reference"].Str(); // Monday 2 November: threshold decision due Monday 16 November
        app.SetClockUtc(2026, 11, 12); // two working days before
        await app.RunRemindersAsync();
        app.SetClockUtc(2026, 11, 17); // the day after it was due
        await app.RunRemindersAsync();
        var officer = await app.SignedInBrowserAsync("CaseOfficer");

        var html = await (await officer.GetAsync($"/staff/cases/{reference}")).Content.ReadAsStringAsync();

        Assert.Contains("Reminders sent (", html);
        Assert.Contains("Decide on the threshold: overdue (Tuesday 17 November 2026)", html);
        Assert.Contains("Decide on the threshold: due soon (Thursday 12 November 2026)", html);
        Assert.True(html.IndexOf("overdue (Tuesday 17", StringComparison.Ordinal) < html.IndexOf("due soon (Thursday 12", StringComparison.Ordinal), "newest first");
    }
}
