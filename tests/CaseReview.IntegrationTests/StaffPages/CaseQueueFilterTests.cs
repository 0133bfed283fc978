using System.Net;
using System.Net.Http.Json;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.StaffPages;

/// <summary>The case queue's officer filter: one officer's cases, "Me", or the cases nobody has yet.</summary>
public sealed class CaseQueueFilterTests : IDisposable
{
    private readonly CaseReviewApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task TheQueue_FiltersByOfficer_AndShowsEachCasesOfficer()
    {
        var mine = (await _app.CreateClient().Submit())["reference"].Str();
        var theirs = (await _app.CreateClient().Submit())["reference"].Str();
        var nobodys = (await _app.CreateClient().Submit())["reference"].Str();
        var (_, myEmail) = await _app.NewStaffAccount("CaseOfficer");
        var (theirId, theirEmail) = await _app.NewStaffAccount("CaseOfficer");
        var admin = await _app.AsAdmin();
        (await admin.PostAsJsonAsync($"/api/cases/{mine}/assign", new { officerEmail = myEmail }, Api.Json)).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/cases/{theirs}/assign", new { officerEmail = theirEmail }, Api.Json)).EnsureSuccessStatusCode();
        var me = new ResidentBrowser(_app);
        await me.SignInAsync(myEmail);

        var all = await (await me.GetAsync("/staff/cases")).Content.ReadAsStringAsync();
        Assert.Matches($">{theirs}</a></td>\\s*<td class=\"govuk-table__cell\">Alex Example</td>\\s*<td class=\"govuk-table__cell\">[^<]+</td>\\s*<td class=\"govuk-table__cell\">{theirEmail}</td>", all);
        Assert.Matches($">{nobodys}</a></td>\\s*<td class=\"govuk-table__cell\">Alex Example</td>\\s*<td class=\"govuk-table__cell\">[^<]+</td>\\s*<td class=\"govuk-table__cell\">Not assigned</td>", all);
        Assert.Contains($"<option value=\"{theirId}\">{theirEmail}</option>", all);

        var onlyMine = await (await me.GetAsync("/staff/cases?officer=me")).Content.ReadAsStringAsync();
        Assert.Contains($">{mine}<", onlyMine);
        Assert.DoesNotContain($">{theirs}<", onlyMine);
        Assert.Contains("1 case<", onlyMine);

        var unassigned = await (await me.GetAsync("/staff/cases?officer=none")).Content.ReadAsStringAsync();
        Assert.Contains($">{nobodys}<", unassigned);
        Assert.DoesNotContain($">{mine}<", unassigned);

        var theirsOnly = await (await me.GetAsync($"/staff/cases?officer={theirId}")).Content.ReadAsStringAsync();
        Assert.Contains($">{theirs}<", theirsOnly);
        Assert.DoesNotContain($">{nobodys}<", theirsOnly);

        var api = await (await admin.GetAsync($"/api/cases?officer={theirId}")).ReadJson(HttpStatusCode.OK);
        Assert.Equal(theirs, Assert.Single(api["items"]!.AsArray())!["reference"].Str());
    }
}
