using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CaseReview.IntegrationTests.Support;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseReview.IntegrationTests.Authorization;

/// <summary>
/// Every staff page against every kind of caller (see <see cref="StaffPageMatrix"/>), and nothing of a case leaks
/// to someone turned away: no reference (unless they may see the case), no applicant's name, no count.
/// </summary>
public sealed partial class StaffPageMatrixTests(StaffPageWorld world) : IClassFixture<StaffPageWorld>
{
    private const string ApplicantName = "Alex Example";

    public static TheoryData<string, PageCaller> Cells()
    {
        var cells = new TheoryData<string, PageCaller>();
        foreach (var row in StaffPageMatrix.Pages)
        {
            foreach (var caller in Enum.GetValues<PageCaller>())
            {
                cells.Add(row.Route, caller);
            }
        }

        return cells;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task EachCaller_GetsTheIntendedPage_AndNothingLeaks(string route, PageCaller caller)
    {
        var row = StaffPageMatrix.Pages.Single(r => r.Route == route);
        var expected = Expected(row, caller);

        var response = await world.Browser(caller).GetAsync(row.Url(world));
        var body = await response.Content.ReadAsStringAsync();

        var got = IsSentToSignIn(response)
            ? StaffPageMatrix.SignIn
            : ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
        Assert.True(expected == got, $"{caller} on {route}: expected {expected}, got {got} {response.Headers.Location}: {body[..Math.Min(body.Length, 2000)]}");
        if (expected == "200")
        {
            return;
        }

        Assert.DoesNotContain(ApplicantName, body);
        Assert.False(CountPattern().IsMatch(body), $"{caller} on {route} was shown a count: {CountPattern().Match(body).Value}");
        var maySeeTheCase = Expected(StaffPageMatrix.Pages.Single(r => r.Route == "/staff/cases/{reference}"), caller) == "200";
        if (!(expected == "403" && maySeeTheCase))
        {
            Assert.All(world.AllCases, reference => Assert.DoesNotContain(reference, body));
        }
    }

    [Fact]
    public void EveryStaffPage_IsInTheMatrix_OrPublicByDesign()
    {
        _ = world.App.CreateClient();
        var routes = world.App.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<PageActionDescriptor>()
            .Select(p => "/" + (p.AttributeRouteInfo?.Template ?? string.Empty).TrimStart('/'))
            .Where(r => r.StartsWith("/staff", StringComparison.Ordinal))
            .ToHashSet();
        var covered = StaffPageMatrix.Pages.Select(p => p.Route).Concat(StaffPageMatrix.Public).ToHashSet();

        Assert.True(routes.SetEquals(covered),
            $"Staff pages not in StaffPageMatrix.Pages (add a row each): {string.Join(", ", routes.Except(covered).Order())}. In the matrix but not served: {string.Join(", ", covered.Except(routes).Order())}.");
    }

    /// <summary>Forms posted by someone who may not use them change nothing: anonymous is sent to sign in, a wrong role gets 403.</summary>
    [Theory]
    [InlineData(PageCaller.Anonymous, "withdraw")]
    [InlineData(PageCaller.PanelMemberOnPanel, "withdraw")]
    [InlineData(PageCaller.DisabledAccount, "withdraw")]
    [InlineData(PageCaller.Anonymous, "links")]
    [InlineData(PageCaller.ChairOnPanel, "links")]
    public async Task ACaseFormPostedByTheWrongCaller_ChangesNothing(PageCaller caller, string action)
    {
        var reference = await Cases.WithPanel(world.App, StaffPageWorld.PanelAgency);
        var other = (await world.App.CreateClient().Submit())["reference"].Str();
        var before = await CaseStateAsync(reference);

        var response = await PostAsync(caller, $"/staff/cases/{reference}/{action}", ("Reason", "The applicant asked to stop."), ("OtherReference", other));

        AssertTurnedAway(caller, response);
        Assert.Equal(before, await CaseStateAsync(reference));
    }

    [Theory]
    [InlineData(PageCaller.Anonymous)]
    [InlineData(PageCaller.CaseOfficer)]
    [InlineData(PageCaller.ChairOnPanel)]
    [InlineData(PageCaller.DisabledAccount)]
    public async Task AnAdministrationFormPostedByTheWrongCaller_ChangesNothing(PageCaller caller)
    {
        var agency = $"Partner {Guid.NewGuid():N}"[..20];
        var email = $"new-{Guid.NewGuid():N}@council.example";

        var addAgency = await PostAsync(caller, "/staff/agencies/new", ("Name", agency), ("Kind", "Other"));
        var createAccount = await PostAsync(caller, "/staff/accounts/new", ("Email", email), ("Roles", "Administrator"), ("Password", Api.StaffPassword));
        var disable = await PostAsync(caller, $"/staff/accounts/{world.SharedAccount}?handler=Disable");
        var changePolice = await PostAsync(caller, "/staff/agencies/2", ("Name", "Police"), ("Kind", "Police"), ("ContactEmail", "stolen@evil.example"), ("Active", "false"));

        foreach (var response in new[] { addAgency, createAccount, disable, changePolice })
        {
            AssertTurnedAway(caller, response);
        }

        Assert.False(await world.App.QueryDatabaseAsync(db => db.Agencies.AnyAsync(a => a.Name == agency)));
        var police = await world.App.QueryDatabaseAsync(db => db.Agencies.SingleAsync(a => a.Id == 2));
        Assert.True(police.Active);
        Assert.NotEqual("stolen@evil.example", police.ContactEmail);
        var accounts = (await (await world.App.AsAdmin()).GetArray("/api/admin/users")).Select(a => a!).ToList();
        Assert.DoesNotContain(accounts, a => a["email"].Str() == email);
        Assert.False(accounts.Single(a => a["id"].Str() == world.SharedAccount)["disabled"]!.GetValue<bool>());
    }

    private static string Expected(StaffPageMatrix.Row row, PageCaller caller) => row.Expected.Split(' ')[(int)caller];

    /// <summary>Posts with the token the caller's own browser was given (anonymous: the sign-in page's).</summary>
    private async Task<HttpResponseMessage> PostAsync(PageCaller caller, string url, params (string Name, string Value)[] fields)
    {
        var browser = world.Browser(caller);
        var token = await browser.TokenAsync("/staff/sign-in");
        return await browser.PostAsync(url, browser.Cookies, [("__RequestVerificationToken", token), .. fields]);
    }

    private static void AssertTurnedAway(PageCaller caller, HttpResponseMessage response)
    {
        if (caller is PageCaller.Anonymous or PageCaller.DisabledAccount)
        {
            Assert.True(IsSentToSignIn(response), $"{caller} expected to be sent to sign in, got {(int)response.StatusCode} {response.Headers.Location}");
        }
        else
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    private static bool IsSentToSignIn(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } to
        && (to.IsAbsoluteUri ? to.AbsolutePath : to.OriginalString).StartsWith("/staff/sign-in", StringComparison.Ordinal);

    private Task<string> CaseStateAsync(string reference) => world.App.QueryDatabaseAsync(db => db.Applications
        .Where(a => a.Reference == reference)
        .Select(a => $"{a.Status};{a.Version};{a.Links.Count}")
        .SingleAsync());

    [GeneratedRegex(@"\b\d+ (cases?|emails?|accounts?|agenc(y|ies)|entries|applications?)\b")]
    private static partial Regex CountPattern();
}
