using System.Net;
using System.Text.RegularExpressions;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.StaffPages;

/// <summary>The audit trail at /staff/audit: read only, for administrators, filtered through a GET form.</summary>
// One host for the class: the tests that only read the page share it. The two that move the clock on and count
// what the trail holds on a day start one of their own.
public sealed partial class StaffAuditPageTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app = app;

    [Fact]
    public async Task ListsWhatWasDoneInACase_NewestFirst_WithWhoDidIt()
    {
        using var app = new CaseReviewApp();
        var reference = (await app.CreateClient().Submit())["reference"].Str();
        var officerEmail = await app.NewStaffAsync("CaseOfficer");
        var officer = new ResidentBrowser(app);
        await officer.SignInAsync(officerEmail);
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await (await app.AsNewStaff("CaseOfficer")).ActOk(reference, "start-assessment");
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await officer.GetAsync("/staff/dashboard");
        var admin = await app.SignedInBrowserAsync("Administrator");

        var byCase = await (await admin.GetAsync($"/staff/audit?Reference={reference}")).Content.ReadAsStringAsync();
        var byActor = await (await admin.GetAsync($"/staff/audit?Actor={Uri.EscapeDataString(officerEmail)}")).Content.ReadAsStringAsync();

        Assert.Contains("2 entries", HtmlTables.Text(byCase));
        Assert.Equal(["case.start-assessment", "application.submitted"], Actions(byCase));
        Assert.Equal(["case.start-assessment", reference], HtmlTables.Row(byCase, "Monday 2 November 2026 at 9:05am", from: "id=\"audit-trail\"")[1..3]);
        Assert.Equal(["dashboard.viewed", "auth.login"], Actions(byActor).Take(2));
        Assert.Contains(officerEmail, HtmlTables.Text(byActor));
    }

    [Fact]
    public async Task FiltersByDate_AndPagesThroughALongTrail_KeepingTheFilters()
    {
        using var app = new CaseReviewApp();
        var officer = await app.SignedInBrowserAsync("CaseOfficer");
        for (var i = 0; i < 30; i++)
        {
            await officer.GetAsync("/staff/dashboard");
        }

        app.Clock.Advance(TimeSpan.FromDays(1)); // Tuesday 3 November 2026
        var admin = await app.SignedInBrowserAsync("Administrator");

        var first = await (await admin.GetAsync("/staff/audit?From.Day=2&From.Month=11&From.Year=2026&To.Day=2&To.Month=11&To.Year=2026")).Content.ReadAsStringAsync();
        var next = NextPage().Match(first).Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal);
        var second = await (await admin.GetAsync(next)).Content.ReadAsStringAsync();

        Assert.Equal(25, Actions(first).Count);
        Assert.Contains("From.Day=2", next);
        Assert.Contains("pageNumber=2", next);
        Assert.Contains("Page 2 of 2", HtmlTables.Text(first));
        Assert.Equal(Total(first) - 25, Actions(second).Count);
        Assert.All(Actions(second).Concat(Actions(first)), a => Assert.NotEqual("audit.viewed", a));
    }

    [Fact]
    public async Task DatesThatAreNotRealOrTheWrongWayRound_AreErrorMessages()
    {
        var admin = await _app.SignedInBrowserAsync("Administrator");

        var notReal = await admin.GetAsync("/staff/audit?From.Day=31&From.Month=2&From.Year=2026");
        var backwards = await (await admin.GetAsync("/staff/audit?From.Day=3&From.Month=11&From.Year=2026&To.Day=2&To.Month=11&To.Year=2026")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, notReal.StatusCode);
        Assert.Contains("<a href=\"#from-day\">The start date must be a real date", await notReal.Content.ReadAsStringAsync());
        Assert.Contains("<a href=\"#to-day\">The end date must not be before the start date</a>", backwards);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("two")]
    public async Task APageNumberThatIsNotOne_ShowsTheFirstPage(string pageNumber)
    {
        var admin = await _app.SignedInBrowserAsync("Administrator");

        var response = await admin.GetAsync($"/staff/audit?pageNumber={pageNumber}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("auth.login", Actions(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task IsReadOnly_WithNoFormThatChangesAnything()
    {
        var admin = await _app.SignedInBrowserAsync("Administrator");

        var html = await (await admin.GetAsync("/staff/audit")).Content.ReadAsStringAsync();

        // The only form posted is "Sign out" in the staff menu.
        Assert.Equal(1, Regex.Count(html, "method=\"post\""));
        Assert.Contains("action=\"/staff/sign-out\"", html);
    }

    [Theory]
    [InlineData("CaseOfficer", null)]
    [InlineData("PanelMember", "Police")]
    public async Task OnlyAdministrators_ReadTheTrail(string role, string? agency)
    {
        var someone = await _app.SignedInBrowserAsync(role, agency);

        var response = await someone.GetAsync("/staff/audit");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("You cannot see the audit trail", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task NotSignedIn_IsSentToSignIn()
    {
        var response = await new ResidentBrowser(_app).GetAsync("/staff/audit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/staff/sign-in?returnUrl=%2Fstaff%2Faudit", response.Headers.Location!.PathAndQuery);
    }

    private static List<string> Actions(string html) =>
        [.. ActionCell().Matches(html[html.IndexOf("id=\"audit-trail\"", StringComparison.Ordinal)..]).Select(m => m.Groups[1].Value)];

    private static int Total(string html) => int.Parse(TotalHeading().Match(html).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("""<td class="govuk-table__cell">([a-z-]+\.[a-z-]+)</td>""")]
    private static partial Regex ActionCell();

    [GeneratedRegex("""id="audit-lines">(\d+) entries""")]
    private static partial Regex TotalHeading();

    [GeneratedRegex("href=\"([^\"]+)\" rel=\"next\"")]
    private static partial Regex NextPage();
}
