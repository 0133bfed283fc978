using System.Net;
using CaseReview.IntegrationTests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.StaffPages;

/// <summary>Staff sign in to the web pages with a cookie, through the same sign-in use case as the API.</summary>
// One host for the class: each test signs in its own new account. The two that count audit entries across the host
// start one of their own.
public sealed class StaffSignInTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app = app;

    [Fact]
    public async Task StaffPages_SendSomeoneNotSignedInToSignIn_AndBackAfterwards()
    {
        var browser = new ResidentBrowser(_app);
        var email = await _app.NewStaffAsync("CaseOfficer");

        var asked = await browser.GetAsync("/staff/reports?year=2026");
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var signInUrl = asked.Headers.Location!.PathAndQuery;
        Assert.Equal("/staff/sign-in?returnUrl=%2Fstaff%2Freports%3Fyear%3D2026", signInUrl);

        var signedIn = await browser.SignInAsync(email, url: signInUrl);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/staff/reports?year=2026", signedIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/staff/reports?year=2026")).StatusCode);
    }

    [Fact]
    public async Task TheCookie_IsHttpOnlyAndSameSiteStrict()
    {
        var signedIn = await new ResidentBrowser(_app).SignInAsync(await _app.NewStaffAsync("CaseOfficer"));

        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith($"{CaseReview.Web.Auth.StaffCookies.CookieName}=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheCookie_IsSecure_OverHttps()
    {
        var email = await _app.NewStaffAsync("CaseOfficer");
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        var form = await client.GetStringAsync("/staff/sign-in");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

        var signedIn = await client.PostAsync("/staff/sign-in", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("Email", email), new("Password", Support.StaffPages.Password)]));

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith($"{CaseReview.Web.Auth.StaffCookies.CookieName}=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example/phish")]
    public async Task ReturnAddressOnAnotherSite_IsIgnored(string returnUrl)
    {
        var signedIn = await new ResidentBrowser(_app).SignInAsync(await _app.NewStaffAsync("CaseOfficer"), url: "/staff/sign-in?returnUrl=" + Uri.EscapeDataString(returnUrl));

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/staff/dashboard", signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task WrongPassword_ShowsTheErrorSummary_AndIsAudited()
    {
        using var app = new CaseReviewApp();
        var email = await app.NewStaffAsync("CaseOfficer");

        var refused = await new ResidentBrowser(app).SignInAsync(email, "not the right password");

        var html = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("<title>Error: Sign in", html);
        Assert.Contains("There is a problem", html);
        Assert.Contains("<a href=\"#email\">The email address or password is incorrect.", html);
        var failures = await app.QueryDatabaseAsync(db => db.AuditEntries.AsNoTracking().CountAsync(e => e.Action == "auth.login-failed"));
        Assert.Equal(1, failures);
    }

    [Fact]
    public async Task EmptyForm_AsksForEmailAndPassword()
    {
        var html = await (await new ResidentBrowser(_app).SignInAsync("", "")).Content.ReadAsStringAsync();

        Assert.Contains("<a href=\"#email\">Enter your email address</a>", html);
        Assert.Contains("<a href=\"#password\">Enter your password</a>", html);
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_SoEvenTheRightOneIsRefused_InPlainWords()
    {
        var email = await _app.NewStaffAsync("CaseOfficer");
        var browser = new ResidentBrowser(_app);
        for (var i = 0; i < 5; i++)
        {
            await browser.SignInAsync(email, "not the right password");
        }

        var refused = await browser.SignInAsync(email);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        // The numbers come from the lockout settings (5 tries, 15 minutes).
        Assert.Contains(
            "The email address or password is incorrect. After 5 wrong tries in a row, an account is locked for 15 minutes: wait, then try again.",
            await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/staff/reports")).StatusCode);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        using var app = new CaseReviewApp();
        var browser = await app.SignedInBrowserAsync("CaseOfficer");
        var reports = await (await browser.GetAsync("/staff/reports")).Content.ReadAsStringAsync();
        Assert.Contains("Sign out", reports);

        var signedOut = await browser.PostAsync("/staff/sign-out", new Dictionary<string, string>(browser.Cookies),
            ("__RequestVerificationToken", await browser.TokenAsync("/staff/reports")));

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Contains("You have signed out", await (await browser.GetAsync(signedOut.Headers.Location!.OriginalString)).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/staff/reports")).StatusCode);
        Assert.Equal(1, await app.QueryDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Action == "auth.logout")));
    }

    [Fact]
    public async Task SignOut_WithoutTheAntiforgeryToken_IsRefused()
    {
        var browser = await _app.SignedInBrowserAsync("CaseOfficer");

        var forged = await browser.PostAsync("/staff/sign-out", new Dictionary<string, string>(browser.Cookies));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/staff/reports")).StatusCode);
    }

    [Fact]
    public async Task TheCookieDoesNotOpenTheApi_AndABearerTokenDoesNotOpenThePages()
    {
        var browser = await _app.SignedInBrowserAsync("CaseOfficer");
        var bearer = await _app.AsNewStaff("CaseOfficer");

        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/statistics/annual?year=2026")).StatusCode);
        var page = await _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            .SendAsync(new HttpRequestMessage(HttpMethod.Get, "/staff/reports") { Headers = { Authorization = bearer.DefaultRequestHeaders.Authorization } });
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }

    [Theory]
    [InlineData("CaseOfficer", null, "/staff/dashboard")]
    [InlineData("PanelMember", "Police", "/staff/cases")]
    [InlineData("Chair", "Police", "/staff/cases")]
    public async Task TheStaffStartAddress_SendsEachPersonToTheirOwnStartPage(string role, string? agency, string expected)
    {
        var browser = await _app.SignedInBrowserAsync(role, agency);

        var response = await browser.GetAsync("/staff");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }
}
