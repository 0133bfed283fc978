using System.Net;
using System.Net.Http.Json;
using CaseReview.IntegrationTests.Support;
using CaseReview.UseCases.Email;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.Retention;

/// <summary>Erasure on request (issue 14, part 4): one ended case anonymised now, through the retention schedule's own code.</summary>
public sealed class ErasureTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    [Fact]
    public async Task AnAdministrator_ErasesAWithdrawnCase_Now_AsTheScheduleWould()
    {
        var admin = await app.AsAdmin();
        var reference = (await app.CreateClient().Submit())["reference"].Str();
        await admin.ActOk(reference, "withdraw", new { reason = "Moved away." });

        var erased = await (await admin.PostAsJsonAsync($"/api/cases/{reference}/erase", new { reason = "Article 17(1)(a), approved by the DPO." }, Api.Json)).ReadJson(HttpStatusCode.OK);

        Assert.NotNull(erased["anonymisedAt"]);
        Assert.Equal("[anonymised]", erased["applicant"]!["name"].Str());
        Assert.DoesNotContain("alex@example.org", erased.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Moved away.", erased.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("Personal data erased on request: Article 17(1)(a), approved by the DPO.", erased["history"]!.AsArray()[^1]!["reason"].Str());
        var emails = await app.QueryDatabaseAsync(db => db.OutboxEmails.AsNoTracking().Where(e => e.CaseReference == reference).ToListAsync());
        Assert.All(emails, e => Assert.Equal(OutboxEmail.BodyRemoved, e.TextBody));
        var audit = await (await admin.GetAsync($"/api/admin/audit?reference={reference}")).ReadJson(HttpStatusCode.OK);
        Assert.Contains(audit["items"]!.AsArray(), l => l!["action"].Str() == "case.anonymised" && l["detail"].Str() == "erasure on request");
    }

    [Fact]
    public async Task TheCasesNotesAndContacts_LoseTheirWordsWithIt()
    {
        var admin = await app.AsAdmin();
        var reference = (await app.CreateClient().Submit())["reference"].Str();
        await (await admin.PostAsJsonAsync($"/api/cases/{reference}/notes", new { kind = "phone", text = "Alex said the bikes come from 9 Elm Close.", with = "Alex Example" }, Api.Json)).ReadJson(HttpStatusCode.Created);
        await admin.ActOk(reference, "withdraw", new { reason = "Moved away." });

        await (await admin.PostAsJsonAsync($"/api/cases/{reference}/erase", new { reason = "Article 17(1)(a), approved by the DPO." }, Api.Json)).ReadJson(HttpStatusCode.OK);

        var note = Assert.Single(await admin.GetArray($"/api/cases/{reference}/notes"))!;
        Assert.Equal(("[anonymised]", "[anonymised]", "phone"), (note["text"].Str(), note["with"].Str(), note["kind"].Str()));
    }

    [Fact]
    public async Task AnOpenCase_IsNotErased()
    {
        var admin = await app.AsAdmin();
        var reference = (await app.CreateClient().Submit())["reference"].Str();

        var refused = await admin.PostAsJsonAsync($"/api/cases/{reference}/erase", new { reason = "Asked to." }, Api.Json);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Alex Example", await (await admin.GetAsync($"/api/cases/{reference}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAReason_OrByACaseOfficer_NothingIsErased()
    {
        var admin = await app.AsAdmin();
        var officer = await app.AsNewStaff("CaseOfficer");
        var reference = (await app.CreateClient().Submit())["reference"].Str();
        await admin.ActOk(reference, "withdraw", new { reason = "Moved away." });

        var noReason = await admin.PostAsJsonAsync($"/api/cases/{reference}/erase", new { }, Api.Json);
        var byOfficer = await officer.PostAsJsonAsync($"/api/cases/{reference}/erase", new { reason = "Asked to." }, Api.Json);

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byOfficer.StatusCode);
        Assert.Contains("Alex Example", await (await admin.GetAsync($"/api/cases/{reference}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
