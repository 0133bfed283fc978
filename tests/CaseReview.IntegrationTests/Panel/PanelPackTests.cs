using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using CaseReview.IntegrationTests.Letters;
using CaseReview.IntegrationTests.Risk;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.Panel;

/// <summary>The panel pack (print page and PDF), who may have it, and the record of the meeting it ends with.</summary>
public sealed class PanelPackTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app = app;

    [Fact]
    public async Task ThePackPdf_HoldsTheChronology_AndEachAgencysResponse_ReadBack()
    {
        var reference = await Cases.WithPanel(_app, "Police", "Council");
        var admin = await _app.AsAdmin();
        await admin.ActOk(reference, "panel-responses", new { agency = "Police", knew = "Four calls since August.", did = "Two patrols on Friday evenings." });
        await admin.ActOk(reference, "panel-responses", new { agency = "Council", knew = "Two noise complaints.", did = "A warning letter to the neighbour." });
        await admin.PostAsJsonAsync($"/api/cases/{reference}/notes", new { kind = "phone", text = "Applicant says the bikes came back on Sunday.", with = "Applicant", at = "2026-11-01T18:00:00Z", sharedWithPanel = true }, Api.Json);
        await admin.PostAsJsonAsync($"/api/cases/{reference}/notes", new { kind = "note", text = "Officer's private view.", at = "2026-11-01T19:00:00Z", sharedWithPanel = false }, Api.Json);
        var police = await _app.AsNewStaff("PanelMember", "Police");

        var text = await LetterPdf.TextAsync(await police.GetAsync($"/api/cases/{reference}/panel-pack"));

        Assert.Contains("Chronology of complaints", text, StringComparison.Ordinal);
        Assert.Contains("Motorbikes on the footpath.", text, StringComparison.Ordinal);
        Assert.Contains("Chronology of contacts and notes", text, StringComparison.Ordinal);
        Assert.Contains("Applicant says the bikes came back on Sunday.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Officer's private view.", text, StringComparison.Ordinal);
        Assert.Contains("Four calls since August.", text, StringComparison.Ordinal);
        Assert.Contains("Two patrols on Friday evenings.", text, StringComparison.Ordinal);
        Assert.Contains("Two noise complaints.", text, StringComparison.Ordinal);
        Assert.Contains("A warning letter to the neighbour.", text, StringComparison.Ordinal);
        Assert.Contains("Risk assessment Not assessed", text, StringComparison.Ordinal);
        // Privacy:PanelSeesApplicantContact is off: the panel member's pack has no contact details.
        Assert.DoesNotContain("alex@example.org", text, StringComparison.Ordinal);
        var officerText = await LetterPdf.TextAsync(await admin.GetAsync($"/api/cases/{reference}/panel-pack"));
        Assert.Contains("alex@example.org", officerText, StringComparison.Ordinal);
        Assert.Contains("Officer's private view.", officerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePack_HoldsTheVictimsCurrentRisk_TheLevelAndWhy_NotTheOtherAnswers()
    {
        var reference = await Cases.WithPanel(_app, "Police");
        var admin = await _app.AsAdmin();
        await (await admin.PostAsJsonAsync($"/api/cases/{reference}/risk-assessments", new { answers = RiskAnswers.Low(("isolation", "none")) }, Api.Json)).ReadJson(HttpStatusCode.Created);
        await (await admin.PostAsJsonAsync($"/api/cases/{reference}/risk-assessments", new { answers = RiskAnswers.Low(("threats", "threat-to-life")) }, Api.Json)).ReadJson(HttpStatusCode.Created);
        var police = await _app.AsNewStaff("PanelMember", "Police");
        var browser = await _app.SignedInBrowserAsync("PanelMember", "Police");

        var text = await LetterPdf.TextAsync(await police.GetAsync($"/api/cases/{reference}/panel-pack"));
        var page = new HtmlParser().ParseDocument(await (await browser.GetAsync($"/staff/cases/{reference}/panel-pack")).Content.ReadAsStringAsync());

        // The latest assessment, with the critical answer that made it high; not the earlier one's, nor the others.
        Assert.Contains("Risk assessment Level: High risk", text, StringComparison.Ordinal);
        Assert.Contains("Someone threatened to kill them or a member of their family", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Not assessed", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Do they have people to support them?", text, StringComparison.Ordinal);
        Assert.Equal("High risk", page.QuerySelector("#risk-level")?.TextContent.Trim());
        Assert.Single(page.QuerySelectorAll("#risk-reasons li"));
    }

    [Fact]
    public async Task APanelMemberOfAnotherAgency_IsRefused_AndAnAppealReviewerToo()
    {
        var reference = await Cases.WithPanel(_app, "Police");
        var council = await _app.AsNewStaff("PanelMember", "Council");
        var reviewer = await _app.AsAppealReviewer();
        var councilBrowser = await _app.SignedInBrowserAsync("PanelMember", "Council");

        Assert.Equal(HttpStatusCode.NotFound, (await council.GetAsync($"/api/cases/{reference}/panel-pack")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await councilBrowser.GetAsync($"/staff/cases/{reference}/panel-pack")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync($"/api/cases/{reference}/panel-pack")).StatusCode);
        Assert.Equal(0, await _app.QueryDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.CaseReference == reference && e.Action.StartsWith("panel-pack"))));
    }

    [Fact]
    public async Task EveryViewAndDownload_IsAudited()
    {
        var reference = await Cases.WithPanel(_app, "Police");
        var browser = await _app.SignedInBrowserAsync("PanelMember", "Police");

        var page = await browser.GetAsync($"/staff/cases/{reference}/panel-pack");
        var pdf = await browser.GetAsync($"/staff/cases/{reference}/panel-pack?handler=Pdf");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Agency responses", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var actions = await _app.QueryDatabaseAsync(db => db.AuditEntries.Where(e => e.CaseReference == reference && e.Action.StartsWith("panel-pack")).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        Assert.Equal(["panel-pack.viewed", "panel-pack.downloaded"], actions);
    }

    [Fact]
    public async Task TheMeetingRecord_IsShownOnTheCaseAndInThePack_AndAudited()
    {
        var reference = await Cases.WithPanel(_app, "Police", "Council");
        var chair = await _app.AsNewStaff("Chair", "Police");

        var detail = await (await chair.PutAsJsonAsync($"/api/cases/{reference}/meeting-record", new
        {
            attendance = new object[] { new { agency = "Police", attendance = "Present", attendees = "PC Jones" }, new { agency = "Council", attendance = "Apologies" } },
            minutes = "Patrols agreed on Friday evenings.",
        }, Api.Json)).ReadJson(HttpStatusCode.OK);

        var record = detail["review"]!["meetingRecord"]!;
        Assert.Equal(["Present", "Apologies"], record["attendance"]!.AsArray().Select(a => a!["attendance"].Str()));
        Assert.Equal("Patrols agreed on Friday evenings.", record["minutes"].Str());
        var text = await LetterPdf.TextAsync(await chair.GetAsync($"/api/cases/{reference}/panel-pack"));
        Assert.Contains("Patrols agreed on Friday evenings.", text, StringComparison.Ordinal);
        Assert.Contains("Police: Present: PC Jones", text, StringComparison.Ordinal);
        Assert.Equal(1, await _app.QueryDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.CaseReference == reference && e.Action == "case.meeting-record")));
    }

    [Fact]
    public async Task TheMeetingRecord_RefusesMistakesBesideTheirFields()
    {
        var reference = await Cases.WithPanel(_app, "Police", "Council");
        var admin = await _app.AsAdmin();

        var missing = await (await admin.PutAsJsonAsync($"/api/cases/{reference}/meeting-record", new { attendance = new[] { new { agency = "Police", attendance = "Present" } } }, Api.Json)).ReadJson(HttpStatusCode.BadRequest);
        var wrong = await (await admin.PutAsJsonAsync($"/api/cases/{reference}/meeting-record", new { attendance = new[] { new { agency = "Police", attendance = (string?)null } }, minutes = new string('x', 20001) }, Api.Json)).ReadJson(HttpStatusCode.BadRequest);

        Assert.Contains("Missing: Council", missing["errors"]!["attendance"]![0].Str(), StringComparison.Ordinal);
        Assert.Equal("Choose present, apologies or absent", wrong["errors"]!["attendance[0].attendance"]![0].Str());
        Assert.NotNull(wrong["errors"]!["minutes"]);
    }

    [Fact]
    public async Task TheMeetingRecord_BeforeTheMeetingIsArranged_OrItsDay_IsAConflict()
    {
        var admin = await _app.AsAdmin();
        var unarranged = (await _app.CreateClient().Submit())["reference"].Str();
        var later = await PanelCases.MeetingOn(_app, "2026-11-20T10:00:00Z", "Police");
        var body = new { attendance = new[] { new { agency = "Police", attendance = "Present" } } };

        var before = await (await admin.PutAsJsonAsync($"/api/cases/{unarranged}/meeting-record", body, Api.Json)).ReadJson(HttpStatusCode.Conflict);
        var early = await (await admin.PutAsJsonAsync($"/api/cases/{later}/meeting-record", body, Api.Json)).ReadJson(HttpStatusCode.Conflict);

        Assert.Contains("Arrange the meeting first", before["detail"].Str(), StringComparison.Ordinal);
        Assert.Contains("from the day of the meeting", early["detail"].Str(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erasure_RemovesTheMinutesAndWhoCame_ButKeepsTheAttendance()
    {
        var reference = await Cases.WithPanel(_app, "Police");
        var admin = await _app.AsAdmin();
        await admin.PutAsJsonAsync($"/api/cases/{reference}/meeting-record", new { attendance = new[] { new { agency = "Police", attendance = "Present", attendees = "PC Jones" } }, minutes = "Patrols agreed." }, Api.Json);
        await admin.ActOk(reference, "withdraw", new { reason = "The applicant moved away." });

        await (await admin.PostAsJsonAsync($"/api/cases/{reference}/erase", new { reason = "Article 17(1)(a), approved by the DPO." }, Api.Json)).ReadJson(HttpStatusCode.OK);

        var stored = await _app.QueryDatabaseAsync(db => db.Applications.Where(a => a.Reference == reference).SelectMany(a => a.MeetingRecords).Include(m => m.Attendance).SingleAsync());
        Assert.Equal("[anonymised]", stored.Minutes);
        Assert.Equal("[anonymised]", Assert.Single(stored.Attendance).Attendees);
        Assert.Equal(CaseReview.Domain.Review.Attendance.Present, stored.Attendance[0].Attendance);
    }
}
