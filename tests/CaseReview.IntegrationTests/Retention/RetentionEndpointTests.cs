using System.Net;
using System.Net.Http.Json;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Retention;

/// <summary>Black-box: <c>POST /api/admin/retention/run</c> is for administrators only, and a refused run changes nothing.</summary>
public sealed class RetentionEndpointTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    [Theory]
    [InlineData("/api/admin/retention/run")]
    [InlineData("/api/admin/retention/run?dryRun=true")]
    public async Task OnlyAdministrators_MayRunTheRetentionSchedule(string url)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().PostAsync(url, null)).StatusCode);
        foreach (var (role, agency) in new[] { ("CaseOfficer", (string?)null), ("PanelMember", "Police"), ("Chair", "Police") })
        {
            var staff = await app.AsNewStaff(role, agency);
            var refused = await staff.PostAsync(url, null);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }

        var ran = await (await app.AsAdmin()).PostAsync(url, null);
        Assert.Equal(HttpStatusCode.OK, ran.StatusCode);
    }

    [Fact]
    public async Task ARefusedRun_IsNotAudited_AndAnAdministratorsRunIs()
    {
        var officer = await app.AsNewStaff("CaseOfficer");
        var admin = await app.AsAdmin();
        int Runs(System.Text.Json.Nodes.JsonObject page) => page["items"]!.AsArray().Count(x => x!["action"].Str() == "retention.run");
        var before = Runs(await (await admin.GetAsync("/api/admin/audit?pageSize=100")).ReadJson(HttpStatusCode.OK));

        await officer.PostAsync("/api/admin/retention/run", null);
        var afterRefusal = Runs(await (await admin.GetAsync("/api/admin/audit?pageSize=100")).ReadJson(HttpStatusCode.OK));
        await (await admin.PostAsync("/api/admin/retention/run", null)).ReadJson(HttpStatusCode.OK);
        var afterRun = Runs(await (await admin.GetAsync("/api/admin/audit?pageSize=100")).ReadJson(HttpStatusCode.OK));

        Assert.Equal(before, afterRefusal);
        Assert.Equal(before + 1, afterRun);
    }

    [Fact]
    public async Task ADryRunThatIsNotTrueOrFalse_IsABadRequest()
    {
        var response = await (await app.AsAdmin()).PostAsJsonAsync("/api/admin/retention/run?dryRun=perhaps", new { }, Api.Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
