using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.Documents;

/// <summary>A host whose document limits are small enough to reach in a test: 64 KB a file, 160 KB a case.</summary>
public sealed class SmallDocumentLimits : IDisposable
{
    public const int MaxFileBytes = 64 * 1024;
    public const int MaxCaseBytes = 160 * 1024;

    public CaseReviewApp App { get; } = new()
    {
        Settings = new()
        {
            ["Documents:MaxFileBytes"] = MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Documents:MaxCaseBytes"] = MaxCaseBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        },
    };

    public void Dispose() => App.Dispose();
}

/// <summary>
/// Documents through the API: a PDF round-trips byte for byte and is served as an attachment under a safe name with
/// nosniff; the type is decided by the content, never the name; a program named .pdf, a file over the size limit and a
/// file over the case's total are refused on <c>file</c> with nothing stored; panel members see only documents shared
/// with the panel and their own agency's; officers delete; every upload, download and deletion is audited.
/// </summary>
// One host for the class: each test works on a case of its own.
public sealed class DocumentApiTests(SmallDocumentLimits limits) : IClassFixture<SmallDocumentLimits>
{
    private readonly CaseReviewApp _app = limits.App;

    [Fact]
    public async Task AValidPdf_RoundTripsByteForByte_AsAnAttachment_WithNosniff()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.AsNewStaff("CaseOfficer");
        var pdf = Files.Pdf(40_000);

        var added = await officer.Uploaded(reference, pdf, "Noise diary October.pdf", "The applicant's noise diary");
        var download = await officer.GetAsync($"/api/cases/{reference}/documents/{added["id"]!.GetValue<long>()}");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("Noise diary October.pdf", download.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("Noise diary October.pdf", added["fileName"].Str());
        Assert.Equal("application/pdf", added["contentType"].Str());
        Assert.Equal(pdf.Length, added["size"]!.GetValue<long>());
        Assert.Equal(Files.Sha256(pdf), added["sha256"].Str());
        Assert.Equal("The applicant's noise diary", added["description"].Str());
        Assert.False(added["sharedWithPanel"]!.GetValue<bool>());
        Assert.Equal(pdf, await _app.QueryDatabaseAsync(db => db.CaseDocumentContents.Where(c => c.DocumentId == added["id"]!.GetValue<long>()).Select(c => c.Bytes).SingleAsync()));
    }

    public static TheoryData<string, byte[]> Programs() => new()
    {
        { "Windows", Files.WindowsProgram() },
        { "Linux", Files.LinuxProgram() },
        { "script", Files.Text("#!/bin/sh\nrm -rf /\n") },
    };

    [Theory]
    [MemberData(nameof(Programs))]
    public async Task AProgramNamedPdf_IsRefusedOnFile_AsAProgram_AndNothingIsStored(string kind, byte[] program)
    {
        Assert.NotEmpty(kind);
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.AsNewStaff("CaseOfficer");

        var problem = await (await officer.Upload(reference, program, "minutes.pdf")).ReadJson(HttpStatusCode.BadRequest);

        Assert.Equal(["file"], Files.ErrorFields(problem));
        Assert.StartsWith("The selected file is a program, not a document", Files.ErrorOn(problem, "file"), StringComparison.Ordinal);
        await NothingStoredOn(reference);
    }

    [Fact]
    public async Task AFileOverTheSizeLimit_IsRefusedOnFile_SayingTheLimit_AndNothingIsStored()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.AsNewStaff("CaseOfficer");
        var tooBig = Files.Pdf(SmallDocumentLimits.MaxFileBytes);

        var problem = await (await officer.Upload(reference, tooBig, "scan.pdf")).ReadJson(HttpStatusCode.BadRequest);

        Assert.Equal(["file"], Files.ErrorFields(problem));
        Assert.StartsWith("The selected file must be 64 KB or smaller", Files.ErrorOn(problem, "file"), StringComparison.Ordinal);
        await NothingStoredOn(reference);
    }

    [Fact]
    public async Task ABodyFarOverTheLimit_Is413BeforeItIsRead_AndNothingIsStored()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.AsNewStaff("CaseOfficer");

        var response = await officer.Upload(reference, Files.Pdf(2 * 1024 * 1024), "scan.pdf");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await NothingStoredOn(reference);
    }

    [Fact]
    public async Task AFileOverTheCasesTotal_IsRefusedOnFile_SayingWhatTheCaseHolds_AndNothingMoreIsStored()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.AsNewStaff("CaseOfficer");
        await officer.Uploaded(reference, Files.Pdf(60_000, seed: 1), "one.pdf");
        await officer.Uploaded(reference, Files.Pdf(60_000, seed: 2), "two.pdf");

        var problem = await (await officer.Upload(reference, Files.Pdf(60_000, seed: 3), "three.pdf")).ReadJson(HttpStatusCode.BadRequest);

        Assert.Equal(["file"], Files.ErrorFields(problem));
        Assert.StartsWith("The documents on this case can add up to 160 KB. It already holds 118 KB, so there is no room for this 59 KB file", Files.ErrorOn(problem, "file"), StringComparison.Ordinal);
        Assert.Equal(["one.pdf", "two.pdf"], await _app.QueryDatabaseAsync(db => db.CaseDocuments.Where(d => db.Applications.Any(a => a.Id == d.ApplicationId && a.Reference == reference)).OrderBy(d => d.Id).Select(d => d.FileName).ToListAsync()));
        Assert.Equal(2, await _app.QueryDatabaseAsync(db => db.CaseDocumentContents.CountAsync(c => db.CaseDocuments.Any(d => d.Id == c.DocumentId && db.Applications.Any(a => a.Id == d.ApplicationId && a.Reference == reference)))));
        Assert.Equal(2, await AuditCount(reference, "case.document-added"));
    }

    public static TheoryData<byte[]?, string, string> BadFiles() => new()
    {
        { null, "x.pdf", "Select a file to upload" },
        { Array.Empty<byte>(), "empty.pdf", "The selected file is empty" },
        { new byte[] { 0x00, 0x01, 0x02, 0xFF, 0xFE, 0x10 }, "data.pdf", "The selected file must be a PDF, a photo" },
        { Files.Text("Tuesday: music until 2am.\u001b[31m"), "diary.txt", "The selected file must be a PDF, a photo" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task NoFile_AnEmptyOne_OrOneOfAnotherType_IsRefusedOnFile(byte[]? file, string name, string message)
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.AsNewStaff("CaseOfficer");

        var problem = await (await officer.Upload(reference, file, name, description: "What it is")).ReadJson(HttpStatusCode.BadRequest);

        Assert.StartsWith(message, Files.ErrorOn(problem, "file"), StringComparison.Ordinal);
        await NothingStoredOn(reference);
    }

    [Theory]
    [InlineData(501, "")]
    [InlineData(10, "\0")]
    [InlineData(10, "\u001b[2J")]
    public async Task ADescriptionTooLong_OrWithAControlCharacter_IsRefusedOnDescription(int length, string control)
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.AsNewStaff("CaseOfficer");

        var problem = await (await officer.Upload(reference, Files.Pdf(100), "a.pdf", new string('d', length) + control)).ReadJson(HttpStatusCode.BadRequest);

        Assert.Equal(["description"], Files.ErrorFields(problem));
        await NothingStoredOn(reference);
    }

    [Fact]
    public async Task TheTypeIsDecidedByTheContent_AndTheNameIsNeverTrusted()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.AsNewStaff("CaseOfficer");
        var photo = Files.Png();

        var added = await officer.Uploaded(reference, photo, "..\\..\\C:/Windows/photo of car\u202Egnp.exe.pdf");
        var download = await officer.GetAsync($"/api/cases/{reference}/documents/{added["id"]!.GetValue<long>()}");

        Assert.Equal("image/png", added["contentType"].Str());
        Assert.Equal("photo of car gnp.exe.png", added["fileName"].Str());
        Assert.Equal("image/png", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("photo of car gnp.exe.png", download.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal(photo, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task PanelMembers_SeeOnlyWhatIsSharedWithThePanel_AndTheirOwnAgencysDocuments()
    {
        var reference = await Cases.WithPanel(_app, "Police", "Council");
        var officer = await _app.AsNewStaff("CaseOfficer");
        var police = await _app.AsNewStaff("PanelMember", "Police");
        var council = await _app.AsNewStaff("PanelMember", "Council");
        var housing = await _app.AsNewStaff("PanelMember", "Housing Provider");
        var internalOnly = await officer.Uploaded(reference, Files.Pdf(1_000, 1), "internal.pdf");
        var shared = await officer.Uploaded(reference, Files.Pdf(1_000, 2), "for the panel.pdf", shared: true);
        var policeOwn = await police.Uploaded(reference, Files.Pdf(1_000, 3), "police chronology.pdf");

        var policeSees = await Ids(police, reference);
        var councilSees = await Ids(council, reference);
        var officerSees = await Ids(officer, reference);

        Assert.Equal([policeOwn["id"]!.GetValue<long>(), shared["id"]!.GetValue<long>()], policeSees);
        Assert.Equal([shared["id"]!.GetValue<long>()], councilSees);
        Assert.Equal([policeOwn["id"]!.GetValue<long>(), shared["id"]!.GetValue<long>(), internalOnly["id"]!.GetValue<long>()], officerSees);
        Assert.Equal("Police", policeOwn["agency"].Str());
        Assert.Equal(HttpStatusCode.NotFound, (await council.GetAsync($"/api/cases/{reference}/documents/{policeOwn["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await council.GetAsync($"/api/cases/{reference}/documents/{internalOnly["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await council.GetAsync($"/api/cases/{reference}/documents/{shared["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await housing.GetAsync($"/api/cases/{reference}/documents")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await housing.GetAsync($"/api/cases/{reference}/documents/{shared["id"]}")).StatusCode);
    }

    [Fact]
    public async Task APanelMember_AddsForTheirAgencyWhileItMayRespond_NotBefore_AndNotOffThePanel()
    {
        var received = (await _app.CreateClient().Submit())["reference"].Str();
        var onPanel = await Cases.WithPanel(_app, "Police");
        var sent = await Cases.ReviewHeld(_app, ["Police"], "Police");
        await (await _app.AsAdmin()).ActOk(sent, "send-outcome");
        var police = await _app.AsNewStaff("PanelMember", "Police");
        var council = await _app.AsNewStaff("PanelMember", "Council");

        var added = await police.Uploaded(onPanel, Files.Pdf(500), "chronology.pdf", shared: true);
        var afterOutcome = await police.Upload(sent, Files.Pdf(500), "late.pdf");
        var beforePanel = await police.Upload(received, Files.Pdf(500), "early.pdf");
        var offPanel = await council.Upload(onPanel, Files.Pdf(500), "council.pdf");

        Assert.Equal("Police", added["agency"].Str());
        Assert.True(added["sharedWithPanel"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Conflict, afterOutcome.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, beforePanel.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, offPanel.StatusCode);
        await NothingStoredOn(sent);
        await NothingStoredOn(received);
    }

    [Fact]
    public async Task TheCasesPermissions_SayWhoMayAddAndDeleteDocuments()
    {
        var reference = await Cases.WithPanel(_app, "Police");
        var officer = await _app.AsNewStaff("CaseOfficer");
        var police = await _app.AsNewStaff("PanelMember", "Police");

        var forOfficer = (await officer.GetFromJsonAsync<JsonObject>($"/api/cases/{reference}"))!["permissions"]!;
        var forPolice = (await police.GetFromJsonAsync<JsonObject>($"/api/cases/{reference}"))!["permissions"]!;

        Assert.True(forOfficer["addDocuments"]!.GetValue<bool>());
        Assert.True(forOfficer["deleteDocuments"]!.GetValue<bool>());
        Assert.True(forPolice["addDocuments"]!.GetValue<bool>());
        Assert.False(forPolice["deleteDocuments"]!.GetValue<bool>());
    }

    [Fact]
    public async Task AnOfficer_DeletesADocument_ItsBytesGoToo_AndAPanelMemberMayNot()
    {
        var reference = await Cases.WithPanel(_app, "Police");
        var officer = await _app.AsNewStaff("CaseOfficer");
        var police = await _app.AsNewStaff("PanelMember", "Police");
        var added = await officer.Uploaded(reference, Files.Pdf(2_000), "wrong case.pdf", shared: true);
        var id = added["id"]!.GetValue<long>();

        var byPolice = await police.DeleteAsync($"/api/cases/{reference}/documents/{id}");
        var deleted = await officer.DeleteAsync($"/api/cases/{reference}/documents/{id}");
        var again = await officer.DeleteAsync($"/api/cases/{reference}/documents/{id}");

        Assert.Equal(HttpStatusCode.Forbidden, byPolice.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/cases/{reference}/documents/{id}")).StatusCode);
        Assert.Empty(await officer.GetArray($"/api/cases/{reference}/documents"));
        Assert.Equal(0, await _app.QueryDatabaseAsync(db => db.CaseDocumentContents.CountAsync(c => c.DocumentId == id)));
    }

    [Fact]
    public async Task ADocumentOfAnotherCase_IsNotFound()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var other = (await _app.CreateClient().Submit())["reference"].Str();
        var officer = await _app.AsNewStaff("CaseOfficer");
        var added = await officer.Uploaded(other, Files.Pdf(500), "other.pdf");

        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/cases/{reference}/documents/{added["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.DeleteAsync($"/api/cases/{reference}/documents/{added["id"]}")).StatusCode);
    }

    [Fact]
    public async Task Anonymous_IsAskedToSignIn_AndNothingIsStored()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var anonymous = _app.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.Upload(reference, Files.Pdf(500))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/cases/{reference}/documents")).StatusCode);
        await NothingStoredOn(reference);
    }

    [Fact]
    public async Task EveryUpload_Download_AndDeletion_IsAudited_WithoutTheFilesNameOrDescription()
    {
        var reference = await Cases.WithPanel(_app, "Police");
        var officer = await _app.AsNewStaff("CaseOfficer");
        var police = await _app.AsNewStaff("PanelMember", "Police");
        var added = await officer.Uploaded(reference, Files.Pdf(1_500), "Mrs Smith's diary.pdf", "From Mrs Smith at number 4", shared: true);
        var id = added["id"]!.GetValue<long>();
        await police.GetAsync($"/api/cases/{reference}/documents/{id}");
        await police.GetArray($"/api/cases/{reference}/documents");
        await officer.DeleteAsync($"/api/cases/{reference}/documents/{id}");

        var trail = await (await (await _app.AsAdmin()).GetAsync($"/api/admin/audit?reference={reference}")).ReadJson(HttpStatusCode.OK);
        var lines = trail["items"]!.AsArray().Select(i => i!.AsObject()).ToList();

        Assert.Equal(["case.document-deleted", "case.documents-viewed", "case.document-downloaded", "case.document-added"], lines.Take(4).Select(i => i["action"].Str()));
        Assert.Equal($"document={id} type=application/pdf bytes={added["size"]} shared=True scan=none", lines[3]["detail"].Str());
        Assert.Equal($"document={id}", lines[2]["detail"].Str());
        Assert.StartsWith($"document={id} ", lines[0]["detail"].Str(), StringComparison.Ordinal);
        Assert.DoesNotContain("Smith", string.Join(' ', lines.Select(l => l["detail"]?.ToString())), StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<List<long>> Ids(HttpClient client, string reference) =>
        [.. (await client.GetArray($"/api/cases/{reference}/documents")).Select(d => d!["id"]!.GetValue<long>())];

    private Task<int> AuditCount(string reference, string action) =>
        _app.QueryDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.CaseReference == reference && e.Action == action));

    private async Task NothingStoredOn(string reference)
    {
        Assert.Equal(0, await _app.QueryDatabaseAsync(db => db.CaseDocuments.CountAsync(d => db.Applications.Any(a => a.Id == d.ApplicationId && a.Reference == reference))));
        Assert.Equal(0, await AuditCount(reference, "case.document-added"));
    }
}
