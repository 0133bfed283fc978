using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Security;

/// <summary>
/// Issue 12, finding 5: password guessing is slowed per client address and per account, without letting a script
/// lock an officer out: wrong guesses from one address shut out that address, not the officer at their own.
/// </summary>
public sealed class SignInThrottlingTests
{
    private const string OfficeAddress = "198.51.100.7";

    private static async Task<HttpResponseMessage> LogIn(HttpClient client, string email, string password) =>
        await client.PostAsJsonAsync("/api/auth/login", new { email, password }, Api.Json);

    [Fact]
    public async Task ManySignInsFromOneAddress_GetA429WithRetryAfter_WhateverAccountsTheyTry()
    {
        using var app = new CaseReviewApp { SignInAttemptsPerWindow = 3 };
        var client = app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            // Password spraying: one password, a different account each time.
            last = await LogIn(client, $"person{i}@council.example", "Summer2026!Summer");
            statuses.Add(last.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, statuses[2]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[3]);
        Assert.NotNull(last!.Headers.RetryAfter);
    }

    [Fact]
    public async Task TheSignInPage_IsLimitedPerAddressToo()
    {
        using var app = new CaseReviewApp { SignInAttemptsPerWindow = 2 };
        var browser = new ResidentBrowser(app);
        HttpResponseMessage? last = null;
        for (var i = 0; i < 3; i++)
        {
            last = await browser.SubmitAsync("/staff/sign-in", ("Email", "someone@council.example"), ("Password", "not the password at all"));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.Contains("try again", await last.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task WrongGuessesFromAnotherAddress_DoNotLockTheOfficerOut()
    {
        using var app = new CaseReviewApp();
        var officer = (await app.NewStaffAccount("CaseOfficer")).Email;
        var attacker = TestClientAddress.From(app, "203.0.113.9");
        for (var i = 0; i < 20; i++)
        {
            await LogIn(attacker, officer, $"guess number {i} of many");
        }

        // The attacker's address is shut out, even with the right password...
        Assert.Equal(HttpStatusCode.Unauthorized, (await LogIn(attacker, officer, Api.StaffPassword)).StatusCode);
        // ...but the officer, at their own desk, signs in.
        Assert.Equal(HttpStatusCode.OK, (await LogIn(TestClientAddress.From(app, OfficeAddress), officer, Api.StaffPassword)).StatusCode);
    }

    [Fact]
    public async Task GuessesSpreadOverManyAddresses_ShutOutNewAddresses_ButNotWhereTheOfficerSignedInBefore()
    {
        using var app = new CaseReviewApp();
        var officer = (await app.NewStaffAccount("CaseOfficer")).Email;
        Assert.Equal(HttpStatusCode.OK, (await LogIn(TestClientAddress.From(app, OfficeAddress), officer, Api.StaffPassword)).StatusCode);

        for (var i = 1; i <= 30; i++)
        {
            await LogIn(TestClientAddress.From(app, $"203.0.113.{i}"), officer, $"guess number {i}");
        }

        // A botnet that hits on the right password from a fresh address still gets nowhere...
        Assert.Equal(HttpStatusCode.Unauthorized, (await LogIn(TestClientAddress.From(app, "203.0.113.200"), officer, Api.StaffPassword)).StatusCode);
        // ...the officer at the office still signs in...
        Assert.Equal(HttpStatusCode.OK, (await LogIn(TestClientAddress.From(app, OfficeAddress), officer, Api.StaffPassword)).StatusCode);

        // ...and once the guessing has stopped for 15 minutes, anywhere works again.
        app.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(HttpStatusCode.OK, (await LogIn(TestClientAddress.From(app, "203.0.113.200"), officer, Api.StaffPassword)).StatusCode);
    }

    [Fact]
    public async Task ChangePassword_HonoursTheLockout_SoAStolenSessionCannotGuessTheCurrentPassword()
    {
        using var app = new CaseReviewApp();
        var officer = (await app.NewStaffAccount("CaseOfficer")).Email;
        var session = await app.SignedIn(officer, Api.StaffPassword);

        for (var i = 0; i < 5; i++)
        {
            var wrong = await session.PostAsJsonAsync("/api/auth/change-password", new { currentPassword = $"guess number {i} of many", newPassword = "a brand new passphrase" }, Api.Json);
            await wrong.ReadJson(HttpStatusCode.BadRequest);
        }

        var right = await session.PostAsJsonAsync("/api/auth/change-password", new { currentPassword = Api.StaffPassword, newPassword = "a brand new passphrase" }, Api.Json);
        var problem = await right.ReadJson(HttpStatusCode.BadRequest);
        Assert.Contains("15 minutes", problem["errors"]!["currentPassword"]![0]!.GetValue<string>());
        // The password did not change.
        Assert.Equal(HttpStatusCode.OK, (await LogIn(TestClientAddress.From(app, OfficeAddress), officer, Api.StaffPassword)).StatusCode);
    }

    [Fact]
    public async Task ChangePassword_IsLimitedPerAddress()
    {
        using var app = new CaseReviewApp { SignInAttemptsPerWindow = 3 };
        var session = app.CreateClient();
        var token = (await (await LogIn(session, CaseReviewApp.AdminEmail, CaseReviewApp.AdminPassword)).ReadJson(HttpStatusCode.OK))["accessToken"]!.GetValue<string>();
        session.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await session.PostAsJsonAsync("/api/auth/change-password", new { currentPassword = $"guess {i} of many", newPassword = "a brand new passphrase" }, Api.Json)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.BadRequest, statuses[1]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[2]);
    }
}
