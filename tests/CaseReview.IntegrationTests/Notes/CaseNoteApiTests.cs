using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.Notes;

/// <summary>
/// The notes and contact log through the API: officers add entries, listed newest first by when they happened;
/// entries are never changed (a correction points at the one it corrects); panel members see only what is shared
/// with the panel and cannot add; bad input stores nothing; every read and write is audited.
/// </summary>
// One host for the class: each test works on a case of its own.
public sealed class CaseNoteApiTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app = app;

    private string Ago(TimeSpan span) => _app.Clock.GetUtcNow().Subtract(span).ToString("O", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Officer_AddsAPhoneContactAndANote_BothListedNewestFirst()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.AsNewStaff("CaseOfficer");

        var phone = await (await officer.PostAsJsonAsync($"/api/cases/{reference}/notes",
            new { kind = "phone", text = "Applicant says the motorbikes came back on Friday.", with = "Alex Example (applicant)", at = Ago(TimeSpan.FromHours(3)) }, Api.Json)).ReadJson(HttpStatusCode.Created);
        var note = await (await officer.PostAsJsonAsync($"/api/cases/{reference}/notes",
            new { kind = "note", text = "Asked the police for their incident log." }, Api.Json)).ReadJson(HttpStatusCode.Created);

        var list = await officer.GetArray($"/api/cases/{reference}/notes");

        Assert.Equal([note["id"]!.GetValue<long>(), phone["id"]!.GetValue<long>()], list.Select(n => n!["id"]!.GetValue<long>()));
        Assert.Equal("phone", list[1]!["kind"].Str());
        Assert.Equal("Alex Example (applicant)", list[1]!["with"].Str());
        Assert.Equal(_app.Clock.GetUtcNow().UtcDateTime.AddHours(-3), list[1]!["at"]!.GetValue<DateTime>().ToUniversalTime());
        Assert.Equal("note", list[0]!["kind"].Str());
        Assert.Equal(_app.Clock.GetUtcNow().UtcDateTime, list[0]!["at"]!.GetValue<DateTime>().ToUniversalTime()); // left out: now
        Assert.False(list[0]!["sharedWithPanel"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ACorrection_PointsAtTheEarlierEntry_WhichStaysAsItWas()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.AsNewStaff("CaseOfficer");
        var first = await (await officer.PostAsJsonAsync($"/api/cases/{reference}/notes",
            new { kind = "visit", text = "Visited on Tuesday; saw damage to the fence.", with = "Applicant", at = Ago(TimeSpan.FromDays(1)) }, Api.Json)).ReadJson(HttpStatusCode.Created);
        var firstId = first["id"]!.GetValue<long>();

        var correction = await (await officer.PostAsJsonAsync($"/api/cases/{reference}/notes",
            new { kind = "visit", text = "Correction: the visit was on Wednesday.", with = "Applicant", corrects = firstId }, Api.Json)).ReadJson(HttpStatusCode.Created);

        var list = await officer.GetArray($"/api/cases/{reference}/notes");
        var earlier = list.Single(n => n!["id"]!.GetValue<long>() == firstId)!;
        Assert.Equal(firstId, correction["corrects"]!.GetValue<long>());
        Assert.Equal(correction["id"]!.GetValue<long>(), earlier["correctedBy"]!.GetValue<long>());
        Assert.Equal("Visited on Tuesday; saw damage to the fence.", earlier["text"].Str());
        Assert.Equal("Visited on Tuesday; saw damage to the fence.", await _app.QueryDatabaseAsync(db => db.CaseNotes.Where(n => n.Id == firstId).Select(n => n.Text).SingleAsync()));
    }

    [Fact]
    public async Task ACorrection_OfAnEntryOnAnotherCase_IsRefusedOnCorrects()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var other = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.AsNewStaff("CaseOfficer");
        var elsewhere = await (await officer.PostAsJsonAsync($"/api/cases/{other}/notes", new { kind = "note", text = "On the other case." }, Api.Json)).ReadJson(HttpStatusCode.Created);

        var refused = await officer.PostAsJsonAsync($"/api/cases/{reference}/notes", new { kind = "note", text = "Correction.", corrects = elsewhere["id"]!.GetValue<long>() }, Api.Json);

        Assert.Contains("corrects", (await refused.ReadJson(HttpStatusCode.BadRequest))["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal(0, await NotesOn(reference));
    }

    [Fact]
    public async Task PanelMember_OnThePanel_SeesOnlyTheSharedEntry_AndCannotAddOne()
    {
        var reference = await Cases.WithPanel(_app, "Police");
        var officer = await _app.AsNewStaff("CaseOfficer");
        await (await officer.PostAsJsonAsync($"/api/cases/{reference}/notes", new { kind = "phone", text = "Internal: the applicant's health is poor.", with = "Applicant" }, Api.Json)).ReadJson(HttpStatusCode.Created);
        var shared = await (await officer.PostAsJsonAsync($"/api/cases/{reference}/notes", new { kind = "meeting", text = "Police agreed to share their logs.", with = "PC Jones", sharedWithPanel = true }, Api.Json)).ReadJson(HttpStatusCode.Created);
        var police = await _app.AsNewStaff("PanelMember", "Police");

        var seen = await police.GetArray($"/api/cases/{reference}/notes");
        var adding = await police.PostAsJsonAsync($"/api/cases/{reference}/notes", new { kind = "note", text = "From the panel." }, Api.Json);

        Assert.Equal([shared["id"]!.GetValue<long>()], seen.Select(n => n!["id"]!.GetValue<long>()));
        Assert.Equal(HttpStatusCode.Forbidden, adding.StatusCode);
        Assert.Equal(2, await NotesOn(reference));
    }

    [Fact]
    public async Task PanelMember_NotOnThePanel_IsToldThereIsNoSuchCase()
    {
        var reference = await Cases.WithPanel(_app, "Police");
        var council = await _app.AsNewStaff("PanelMember", "Council");

        Assert.Equal(HttpStatusCode.NotFound, (await council.GetAsync($"/api/cases/{reference}/notes")).StatusCode);
    }

    [Fact]
    public async Task Anonymous_IsAskedToSignIn()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var anonymous = _app.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/cases/{reference}/notes")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync($"/api/cases/{reference}/notes", new { kind = "note", text = "x" }, Api.Json)).StatusCode);
        Assert.Equal(0, await NotesOn(reference));
    }

    public static TheoryData<string, string> BadEntries() => new()
    {
        { """{ "kind": "fax", "text": "Sent a fax." }""", "kind" },
        { """{ "kind": "phone", "text": "   ", "with": "Applicant" }""", "text" },
        { """{ "kind": "phone", "with": "Applicant" }""", "text" },
        { """{ "kind": "phone", "text": "Rang.", "with": "Applicant", "at": "2099-01-01T10:00:00Z" }""", "at" },
        { """{ "kind": "phone", "text": "Rang." }""", "with" },
        { """{ "kind": "note", "text": "Rang.", "sharedWithPanel": "perhaps" }""", "sharedWithPanel" },
    };

    [Theory]
    [MemberData(nameof(BadEntries))]
    public async Task BadInput_IsA400OnTheField_AndStoresNothing(string body, string field)
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.AsNewStaff("CaseOfficer");

        var response = await officer.PostAsync($"/api/cases/{reference}/notes", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.ReadJson(HttpStatusCode.BadRequest);
        Assert.Contains(field, problem["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal(0, await NotesOn(reference));
        Assert.Equal(0, await _app.QueryDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.CaseReference == reference && e.Action == "case.note-added")));
    }

    [Fact]
    public async Task TooLongAText_IsRefused()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.AsNewStaff("CaseOfficer");

        var response = await officer.PostAsJsonAsync($"/api/cases/{reference}/notes", new { kind = "note", text = new string('a', 10001) }, Api.Json);

        Assert.Contains("text", (await response.ReadJson(HttpStatusCode.BadRequest))["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal(0, await NotesOn(reference));
    }

    [Fact]
    public async Task EveryReadAndWrite_IsInTheAuditTrail()
    {
        var reference = await Cases.WithPanel(_app, "Police");
        var officer = await _app.AsNewStaff("CaseOfficer");
        var police = await _app.AsNewStaff("PanelMember", "Police");
        var added = await (await officer.PostAsJsonAsync($"/api/cases/{reference}/notes", new { kind = "email", text = "Emailed the housing officer.", with = "Housing officer", sharedWithPanel = true }, Api.Json)).ReadJson(HttpStatusCode.Created);
        await officer.GetArray($"/api/cases/{reference}/notes");
        await police.GetArray($"/api/cases/{reference}/notes");

        var trail = await (await (await _app.AsAdmin()).GetAsync($"/api/admin/audit?reference={reference}")).ReadJson(HttpStatusCode.OK);
        var lines = trail["items"]!.AsArray().Select(i => i!.AsObject()).ToList();

        Assert.Equal(["case.notes-viewed", "case.notes-viewed", "case.note-added"], lines.Take(3).Select(i => i["action"].Str()));
        Assert.Contains($"note={added["id"]!.GetValue<long>()}", lines[2]["detail"].Str());
        Assert.DoesNotContain("housing officer", string.Join(' ', lines.Select(l => l["detail"]?.ToString())), StringComparison.OrdinalIgnoreCase);
    }

    private Task<int> NotesOn(string reference) =>
        _app.QueryDatabaseAsync(db => db.CaseNotes.CountAsync(n => db.Applications.Any(a => a.Id == n.ApplicationId && a.Reference == reference)));
}
