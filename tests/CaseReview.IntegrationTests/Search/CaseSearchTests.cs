using System.Net;
using AngleSharp.Html.Parser;
using CaseReview.IntegrationTests.Support;
using CaseReview.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.Search;

/// <summary>
/// The caseworkers' search box (<c>GET /api/cases?q=</c> and the queue page): found by reference, names, email,
/// phone, postcode, address and where the ASB happens, whatever the case and spacing of postcodes and phone numbers;
/// panel members only among their panels' cases and never by contact details they may not see; every search audited
/// with what it showed, never with what was typed.
/// </summary>
public sealed class CaseSearchTests : IDisposable
{
    private readonly CaseReviewApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task APostcode_IsFound_WhateverItsCaseAndSpacing()
    {
        var spaced = await Submit("Priya Shah", "B17 1AA", "07700900456", "priya@example.org", "4 Elm Close, Harborne", "The bus shelter on Elm Close");
        var unspaced = await Submit("Tom Reid", "b171aa", "07700900789", "tom@example.org", "9 Elm Close, Harborne", "Elm Close garages");
        await Submit("Somebody Else", "B98 8AH", "07700900999", "else@example.org", "1 High Street, Redditch", "High Street");

        Assert.Equal([unspaced, spaced], await Search("b17 1aa"));
        Assert.Equal([unspaced, spaced], await Search("B171AA"));
        Assert.Equal([unspaced, spaced], await Search("  b17   1AA "));
        Assert.Empty(await Search("B17 1AB"));
    }

    [Fact]
    public async Task APhoneNumber_IsFound_TypedWithSpacesOrAsAnInternationalNumber()
    {
        var reference = await Submit("Priya Shah", "B17 1AA", "07700 900456", "priya@example.org", "4 Elm Close, Harborne", "Elm Close");
        await Submit("Tom Reid", "B17 1AB", "07700900789", "tom@example.org", "9 Elm Close, Harborne", "Elm Close");

        Assert.Equal([reference], await Search("07700 900 456"));
        Assert.Equal([reference], await Search("07700900456"));
        Assert.Equal([reference], await Search("+44 7700 900456"));
        Assert.Equal([reference], await Search("(07700) 900-456"));
    }

    [Fact]
    public async Task EachField_FindsTheCase_AndEveryWordMustMatch()
    {
        var priya = await Submit("Priya Shah", "B17 1AA", "07700900456", "Priya.Shah@Example.org", "4 Elm Close, Harborne", "The bus shelter on Elm Close");
        var tom = await Submit("Tom Shah", "B98 8AH", "07700900789", "tom@example.org", "12 Mill Lane, Redditch", "Mill Lane playing field");

        Assert.Equal([priya], await Search(priya.ToLowerInvariant()));
        Assert.Equal([tom, priya], await Search("shah"));
        Assert.Equal([priya], await Search("priya shah"));
        Assert.Equal([priya], await Search("Shah, Priya"));
        Assert.Equal([priya], await Search("priya.shah@example.ORG"));
        Assert.Equal([priya], await Search("4 elm close"));
        Assert.Equal([tom], await Search("playing field"));
        Assert.Equal([tom], await Search("mill lane redditch"));
        Assert.Empty(await Search("tom priya"));
    }

    [Fact]
    public async Task APanelMember_FindsOnlyTheirPanelsCases_AndNotByContactDetailsTheyCannotSee()
    {
        var theirs = await Cases.WithPanel(_app, "Police");
        var notTheirs = await Cases.WithPanel(_app, "Council");
        var member = await _app.AsNewStaff("PanelMember", "Police");

        // Both cases are Alex Example's (the test application), at the same address and phone.
        Assert.Equal([theirs], await Search("alex example", member));
        Assert.Equal([theirs], await Search("elm close", member));
        Assert.Equal([theirs], await Search(theirs, member));
        Assert.Empty(await Search(notTheirs, member));
        Assert.Empty(await Search("07700900123", member));
        Assert.Empty(await Search("alex@example.org", member));
        Assert.Empty(await Search("B98 8AH", member));

        Assert.Equal([notTheirs, theirs], await Search("07700900123"));
    }

    /// <summary>
    /// Words of one or two characters are looked for in the texts themselves (a trigram index holds runs of three), and
    /// characters that mean something to the index or to LIKE (quotes, %, _, *) are only themselves.
    /// </summary>
    [Fact]
    public async Task ShortWords_AndCharactersTheIndexUses_AreFoundAsTyped()
    {
        var priya = await Submit("Priya O'Shah", "B17 1AA", "07700900456", "priya_shah@example.org", "4 Elm Close, Harborne", "Elm Close");
        var tom = await Submit("Tom Reid", "B98 8AH", "07700900789", "tom@example.org", "14 Mill Lane, Redditch", "Mill Lane");

        Assert.Equal([priya], await Search("4 elm"));
        Assert.Equal([tom, priya], await Search("4"));
        Assert.Equal([tom], await Search("14"));
        Assert.Equal([priya], await Search("o'shah"));
        Assert.Equal([priya], await Search("priya_shah"));
        Assert.Empty(await Search("h_r"));
        Assert.Empty(await Search("%"));
        Assert.Empty(await Search("pri%"));
        Assert.Empty(await Search("el\"m"));
        Assert.Empty(await Search("elm*"));
        Assert.Empty(await Search("NEAR(elm close)"));
        Assert.Empty(await Search("elm OR mill"));
    }

    /// <summary>
    /// The index is derived from the cases and checked at every start: a database that lost part of it (SQLite drops a
    /// table's triggers when a migration rebuilds the table) has it built again, with the cases written meanwhile.
    /// </summary>
    [SqliteOnlyFact("SQLite's trigram index and its triggers")]
    public async Task TheSearchIndex_IsBuiltAgainAtStart_WhenPartOfItIsMissing()
    {
        var priya = await Submit("Priya Shah", "B17 1AA", "07700900456", "priya@example.org", "4 Elm Close, Harborne", "Elm Close");
        await _app.QueryDatabaseAsync(db => db.Database.ExecuteSqlRawAsync("DROP TRIGGER \"Applications_Search_Insert\""));
        var tom = await Submit("Tom Reid", "B98 8AH", "07700900789", "tom@example.org", "12 Mill Lane, Redditch", "Mill Lane");
        Assert.Empty(await Search("tom reid"));

        using var restarted = CaseReviewApp.SecondInstanceOf(_app);
        var admin = await restarted.AsAdmin();

        Assert.Equal([tom], await Search("tom reid", admin));
        Assert.Equal([priya], await Search("priya shah", admin));
        var later = (string)(await restarted.CreateClient().Submit())["reference"]!;
        Assert.Equal([later], await Search(later, admin));
    }

    /// <summary>
    /// No terms at all match every case, on either database, as a search with nothing to look for narrows nothing
    /// (SQLite's query once ended in a bare WHERE and failed).
    /// </summary>
    [Fact]
    public async Task NoTerms_MatchEveryCase()
    {
        var priya = await Submit("Priya Shah", "B17 1AA", "07700900456", "priya@example.org", "4 Elm Close, Harborne", "Elm Close");
        var tom = await Submit("Tom Reid", "B98 8AH", "07700900789", "tom@example.org", "12 Mill Lane, Redditch", "Mill Lane");

        var matched = await _app.QueryDatabaseAsync(db => db.SearchMatches([])
            .Join(db.Applications, id => id, c => c.Id, (_, c) => c.Reference).ToListAsync());

        Assert.Equal(await _app.QueryDatabaseAsync(db => db.Applications.CountAsync()), matched.Count);
        Assert.Contains(priya, matched);
        Assert.Contains(tom, matched);
    }

    [Fact]
    public async Task ASearch_IsAudited_WithTheCasesItShowed_NeverWithWhatWasTyped()
    {
        var reference = await Submit("Priya Shah", "B17 1AA", "07700900456", "priya@example.org", "4 Elm Close, Harborne", "Elm Close");

        Assert.Equal([reference], await Search("07700 900456"));

        var audit = await _app.QueryDatabaseAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Action == "cases.searched").Select(e => e.Detail).ToListAsync());
        var detail = Assert.Single(audit)!;
        Assert.Contains($"shown={reference}", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("07700", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("900456", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASearchTooLong_IsA400NamingTheField_AndBesideTheBoxOnThePage()
    {
        var admin = await _app.AsAdmin();
        var tooLong = new string('x', 101);

        var problem = await (await admin.GetAsync($"/api/cases?q={tooLong}")).ReadJson(HttpStatusCode.BadRequest);
        Assert.Equal("Search for 100 characters or fewer", problem["errors"]!["q"]![0].Str());

        var browser = await _app.SignedInBrowserAsync("CaseOfficer");
        var response = await browser.GetAsync($"/staff/cases?q={tooLong}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("Error: Search for 100 characters or fewer", page.QuerySelector("#q-error")!.TextContent.Trim());
        Assert.Equal("#q", page.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
        Assert.Equal(tooLong, page.QuerySelector("input#q")!.GetAttribute("value"));
    }

    [Fact]
    public async Task TheQueuePage_SearchesAndShowsWhoApplied_KeepingTheSearchAcrossPages()
    {
        var priya = await Submit("Priya Shah", "B17 1AA", "07700900456", "priya@example.org", "4 Elm Close, Harborne", "Elm Close");
        await Submit("Tom Reid", "B98 8AH", "07700900789", "tom@example.org", "12 Mill Lane, Redditch", "Mill Lane");
        var browser = await _app.SignedInBrowserAsync("CaseOfficer");

        var page = await new HtmlParser().ParseDocumentAsync(await (await browser.GetAsync("/staff/cases?q=b17+1aa")).Content.ReadAsStringAsync());

        Assert.Equal("1 case found", page.QuerySelector("#case-count")!.TextContent.Trim());
        var row = Assert.Single(page.QuerySelectorAll("#cases tbody tr"));
        var headings = page.QuerySelectorAll("#cases thead th").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(priya, row.Children[headings.IndexOf("Reference")].TextContent.Trim());
        Assert.Equal("Priya Shah", row.Children[headings.IndexOf("Applicant")].TextContent.Trim());
        Assert.Equal("b17 1aa", page.QuerySelector("input#q")!.GetAttribute("value"));
    }

    [Fact]
    public async Task CasesWrittenBeforeTheSearchRule_AreMadeSearchable_WhenTheAppStarts()
    {
        var reference = await Submit("Priya Shah", "B17 1AA", "07700900456", "priya@example.org", "4 Elm Close, Harborne", "Elm Close");
        // As a case held before an upgrade: no search texts, an older rule.
        await _app.QueryDatabaseAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE \"Applications\" SET \"SearchText\" = NULL, \"PanelSearchText\" = NULL, \"SearchTextVersion\" = 0"));
        Assert.Empty(await Search("priya"));

        using var restarted = CaseReviewApp.SecondInstanceOf(_app);
        var admin = await restarted.AsAdmin();
        var found = new List<string>();
        await Eventually.WaitUntilAsync(async () => (found = await Search("b17 1aa", admin)).Count > 0, TimeSpan.FromSeconds(10));

        Assert.Equal([reference], found);
    }

    private async Task<string> Submit(string name, string postcode, string phone, string email, string address, string location)
    {
        var created = await _app.CreateClient().Submit(new
        {
            applicant = new { name, email, phone, address, postcode, preferredContact = "Email" },
            isThirdParty = false,
            victimType = "Individual",
            location,
            description = "Motorbikes racing across the footpaths most evenings.",
            asbType = "Nuisance",
            issueTypes = new[] { "NuisanceVehicles" },
            hateMotivated = false,
            impact = "We cannot sleep.",
            channel = "Online",
            complaints = Api.ThreeQualifyingComplaints(),
        });
        // Received a minute apart, so newest first is a known order.
        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        return created["reference"].Str();
    }

    private async Task<List<string>> Search(string q, HttpClient? caller = null)
    {
        caller ??= await _app.AsAdmin();
        var page = await (await caller.GetAsync($"/api/cases?q={Uri.EscapeDataString(q)}&pageSize=100")).ReadJson(HttpStatusCode.OK);
        var items = page["items"]!.AsArray();
        Assert.Equal(items.Count, page["total"]!.GetValue<int>());
        return [.. items.Select(i => i!["reference"].Str())];
    }
}
