using System.Net;
using System.Net.Http.Json;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.StaffPages;

/// <summary>
/// Officers link applications about the same problem from the suggestions (same address, postcode or applicant)
/// or by reference, and remove a link from the case page. Panel members are not shown links.
/// </summary>
// One host for the class: each test checks the links of its own cases (fewer than the 50 suggestions a case page
// lists).
public sealed class LinkPagesTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app = app;

    private async Task<string> NewCaseAsync() => (await _app.CreateClient().Submit())["reference"].Str();

    private Task<int> LinkCountAsync(string reference) =>
        _app.QueryDatabaseAsync(db => db.Applications.Where(a => a.Reference == reference).Select(a => a.Links.Count).SingleAsync());

    [Fact]
    public async Task AnOfficer_ConfirmsASuggestedLink_WithAReason_AndTheCasePageShowsIt()
    {
        var first = await NewCaseAsync();
        var second = await NewCaseAsync();
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");

        var casePage = await (await officer.GetAsync($"/staff/cases/{second}")).Content.ReadAsStringAsync();
        Assert.Contains($"href=\"/staff/cases/{second}/links\"", casePage);
        var links = await (await officer.GetAsync($"/staff/cases/{second}/links")).Content.ReadAsStringAsync();
        Assert.Contains($"id=\"suggestion-{first}\"", links);
        Assert.Contains("Same postcode", links);

        var done = await officer.SubmitAsync($"/staff/cases/{second}/links", ("OtherReference", first), ("Suggested", "true"), ("Reason", "The same neighbour at number 4."));

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var after = await (await officer.GetAsync($"/staff/cases/{second}")).Content.ReadAsStringAsync();
        Assert.Contains("Cases linked</p>", after);
        Assert.Matches($"href=\"/staff/cases/{first}\">{first}</a></th>\\s*<td class=\"govuk-table__cell\">The same neighbour at number 4.</td>", after);
        Assert.Equal(1, await LinkCountAsync(first)); // shown on both
        Assert.DoesNotContain($"id=\"suggestion-{first}\"", await (await officer.GetAsync($"/staff/cases/{second}/links")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ASuggestionWithoutAReason_SaysSoBesideItsOwnBox_AndLinksNothing()
    {
        var first = await NewCaseAsync();
        var second = await NewCaseAsync();
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");

        var response = await officer.SubmitAsync($"/staff/cases/{second}/links", ("OtherReference", first), ("Suggested", "true"), ("Reason", " "));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Error: ", html);
        Assert.Contains($"<a href=\"#reason-{first}\">Say why the cases are linked", html);
        Assert.Contains($"id=\"reason-{first}-error\"", html);
        Assert.Equal(0, await LinkCountAsync(second));
    }

    [Fact]
    public async Task LinkingAReferenceThatDoesNotExist_SaysSoBesideTheReference()
    {
        var reference = await NewCaseAsync();
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");

        var response = await officer.SubmitAsync($"/staff/cases/{reference}/links", ("OtherReference", "ASB-1999-99999"), ("Reason", "Same street."));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("<a href=\"#other-reference\">There is no case with the reference ASB-1999-99999.</a>", html);
        Assert.Contains("value=\"ASB-1999-99999\"", html);
        Assert.Equal(0, await LinkCountAsync(reference));
    }

    [Fact]
    public async Task AnOfficer_RemovesALink_FromTheCasePage()
    {
        var first = await NewCaseAsync();
        var second = await NewCaseAsync();
        await (await _app.AsAdmin()).PostAsJsonAsync($"/api/cases/{second}/links", new { otherReference = first, reason = "Same neighbour." }, Api.Json);
        var officer = await _app.SignedInBrowserAsync("CaseOfficer");
        var token = await officer.TokenAsync($"/staff/cases/{second}");

        var done = await officer.PostAsync($"/staff/cases/{second}/links?handler=Unlink", officer.Cookies, ("__RequestVerificationToken", token), ("OtherReference", first));

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Contains("Link removed</p>", await (await officer.GetAsync($"/staff/cases/{second}")).Content.ReadAsStringAsync());
        Assert.Equal(0, await LinkCountAsync(second));
        Assert.Equal(0, await LinkCountAsync(first));
    }

    [Fact]
    public async Task APanelMember_SeesNoLinks_AndCannotLink()
    {
        var reference = await Cases.WithPanel(_app, "Police");
        var other = await NewCaseAsync();
        var panel = await _app.SignedInBrowserAsync("PanelMember", "Police");

        Assert.DoesNotContain("Linked applications", await (await panel.GetAsync($"/staff/cases/{reference}")).Content.ReadAsStringAsync());
        var get = await panel.GetAsync($"/staff/cases/{reference}/links");
        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Contains("Only case officers and administrators link cases.", await get.Content.ReadAsStringAsync());

        var token = await panel.TokenAsync($"/staff/cases/{reference}");
        var post = await panel.PostAsync($"/staff/cases/{reference}/links", panel.Cookies, ("__RequestVerificationToken", token), ("OtherReference", other), ("Reason", "Same."));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(0, await LinkCountAsync(reference));
    }

    [Fact]
    public async Task ACaseThePanelMemberMayNotSee_IsNotFound()
    {
        var reference = await NewCaseAsync();
        var panel = await _app.SignedInBrowserAsync("PanelMember", "Police");

        Assert.Equal(HttpStatusCode.NotFound, (await panel.GetAsync($"/staff/cases/{reference}/links")).StatusCode);
    }
}
