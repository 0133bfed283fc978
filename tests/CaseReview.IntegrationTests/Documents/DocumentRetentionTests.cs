using System.Net;
using System.Net.Http.Json;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.Documents;

/// <summary>
/// Documents go with the case's personal data: the retention schedule (its dry run counts them, its run deletes them,
/// bytes and all) and an erasure on request use the same code (<c>RetentionRun.AnonymiseAsync</c>); each deletion is
/// audited; an open case's documents stay.
/// </summary>
public sealed class DocumentRetentionTests : IDisposable
{
    private readonly CaseReviewApp _app = new()
    {
        Settings = { ["Retention:ClosedCaseYears"] = "1", ["Retention:ThresholdNotMetYears"] = "1" },
    };

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task TheRetentionSchedule_DeletesAnEndedCasesDocuments_CountedByItsDryRun_AndLeavesAnOpenCasesAlone()
    {
        var admin = await _app.AsAdmin();
        var ended = (await _app.CreateClient().Submit())["reference"].Str();
        var open = (await _app.CreateClient().Submit())["reference"].Str();
        await admin.Uploaded(ended, Files.Pdf(2_000, 1), "diary.pdf");
        await admin.Uploaded(ended, Files.Png(), "photo.png");
        await admin.Uploaded(open, Files.Pdf(2_000, 3), "letter.pdf");
        await admin.ActOk(ended, "withdraw", new { reason = "Moved away." });
        _app.SetClockUtc(2028, 7, 3);
        admin = await _app.AsAdmin();

        var dryRun = await (await admin.PostAsync("/api/admin/retention/run?dryRun=true", null)).ReadJson(HttpStatusCode.OK);
        Assert.Equal(2, dryRun["cases"]!.AsArray().Single(c => c!["reference"].Str() == ended)!["documents"]!.GetValue<int>());
        Assert.Equal(2, await DocumentsOn(ended));
        await (await admin.PostAsync("/api/admin/retention/run", null)).ReadJson(HttpStatusCode.OK);

        Assert.Equal(0, await DocumentsOn(ended));
        Assert.Equal(1, await DocumentsOn(open));
        Assert.Equal(1, await _app.QueryDatabaseAsync(db => db.CaseDocumentContents.CountAsync()));
        Assert.Empty(await admin.GetArray($"/api/cases/{ended}/documents"));
        Assert.Equal(2, await _app.QueryDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.CaseReference == ended && e.Action == "case.document-deleted" && e.Detail!.EndsWith("reason=anonymised"))));
    }

    [Fact]
    public async Task AnErasureOnRequest_DeletesTheCasesDocuments_AsTheScheduleWould()
    {
        var admin = await _app.AsAdmin();
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var added = await admin.Uploaded(reference, Files.Pdf(2_000), "diary.pdf");
        await admin.ActOk(reference, "withdraw", new { reason = "Moved away." });

        await (await admin.PostAsJsonAsync($"/api/cases/{reference}/erase", new { reason = "Article 17(1)(a), approved by the DPO." }, Api.Json)).ReadJson(HttpStatusCode.OK);

        Assert.Equal(0, await DocumentsOn(reference));
        Assert.Equal(0, await _app.QueryDatabaseAsync(db => db.CaseDocumentContents.CountAsync(c => c.DocumentId == added["id"]!.GetValue<long>())));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/cases/{reference}/documents/{added["id"]}")).StatusCode);
        var deleted = await _app.QueryDatabaseAsync(db => db.AuditEntries.SingleAsync(e => e.CaseReference == reference && e.Action == "case.document-deleted"));
        Assert.Equal($"document={added["id"]} reason=anonymised", deleted.Detail);
        // Nothing more can be attached to a case whose personal data was removed.
        Assert.Equal(HttpStatusCode.Conflict, (await admin.Upload(reference, Files.Pdf(500))).StatusCode);
    }

    private Task<int> DocumentsOn(string reference) =>
        _app.QueryDatabaseAsync(db => db.CaseDocuments.CountAsync(d => db.Applications.Any(a => a.Id == d.ApplicationId && a.Reference == reference)));
}
