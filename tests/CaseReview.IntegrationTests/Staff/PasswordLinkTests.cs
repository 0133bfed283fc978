using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CaseReview.IntegrationTests.Support;
using Microsoft.AspNetCore.WebUtilities;

namespace CaseReview.IntegrationTests.Staff;

/// <summary>
/// Invitations and forgotten passwords: a link is emailed (through a real SMTP server on loopback), works once and
/// for a limited time on the service's clock, and setting a password ends the account's other sessions.
/// </summary>
public sealed partial class PasswordLinkTests
{
    private const string NewPassword = "three random garden words";

    [Fact]
    public async Task AnInvitedPerson_ChoosesTheirPasswordFromTheEmailedLink_ThenSignsIn_AndTheLinkWorksOnce()
    {
        using var smtp = SmtpSink.Started();
        using var app = EmailSteps.WithSmtp(smtp);
        var admin = await app.AsAdmin();

        var created = await (await admin.PostAsJsonAsync("/api/admin/users", new { email = "new.officer@council.example", roles = new[] { "CaseOfficer" } }, Api.Json)).ReadJson(HttpStatusCode.Created);
        Assert.True(created["invited"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Unauthorized, (await LogIn(app, "new.officer@council.example", "any password at all")).StatusCode);
        var account = (await admin.GetArray("/api/admin/users")).Single(u => u!["email"].Str() == "new.officer@council.example")!;
        Assert.False(account["passwordSet"]!.GetValue<bool>());

        await app.DispatchAllAsync();
        var email = Assert.Single(smtp.Messages());
        Assert.Equal("new.officer@council.example", email.Recipient);
        Assert.Equal("Your account for Your council ASB case reviews", email.Subject);
        Assert.Contains("The link works once, for 7 days.", email.Text);
        Assert.DoesNotContain("organisation", email.Text);
        Assert.DoesNotContain("\n\n\n", email.Text);
        var (user, token) = LinkIn(email.Text);
        Assert.Equal(created["id"].Str(), user);
        Assert.Contains(WebUtility.HtmlEncode(LinkUrl(email.Text)), email.Html);

        var weak = await (await SetPassword(app, user, token, "short")).ReadJson(HttpStatusCode.BadRequest);
        Assert.NotNull(weak["errors"]!["password"]);
        Assert.Equal(HttpStatusCode.NoContent, (await SetPassword(app, user, token, NewPassword)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await LogIn(app, "new.officer@council.example", NewPassword)).StatusCode);
        var reused = await (await SetPassword(app, user, token, "someone else's passphrase")).ReadJson(HttpStatusCode.BadRequest);
        Assert.Equal("This link has expired or has already been used. Ask for a new one.", reused["errors"]!["token"]![0].Str());
        Assert.Equal(HttpStatusCode.OK, (await LogIn(app, "new.officer@council.example", NewPassword)).StatusCode);

        var audit = await app.QueryDatabaseAsync(db => Task.FromResult(db.AuditEntries.ToList()));
        Assert.Contains(audit, a => a.Action == "account.created" && a.Detail!.EndsWith(";invited", StringComparison.Ordinal));
        Assert.Contains(audit, a => a.Action == "auth.password-set" && a.ActorId == user);
        Assert.DoesNotContain(audit, a => (a.Detail ?? string.Empty).Contains(token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task WhereTheCouncilsOwnSignInIsOn_TheInvitationSaysItCanBeUsedInstead()
    {
        using var app = new CaseReviewApp { Settings = { ["Auth:OpenIdConnect:Authority"] = "https://login.council.example", ["Auth:OpenIdConnect:ClientId"] = "casereview" } };
        var admin = await app.AsAdmin();
        await (await admin.PostAsJsonAsync("/api/admin/users", new { email = "sso.user@council.example", roles = new[] { "CaseOfficer" } }, Api.Json)).ReadJson(HttpStatusCode.Created);

        var invitation = (await app.OutboxAsync()).Single(e => e.Template == "staff-invitation");

        Assert.Contains("You can also sign in with your organisation's account, from the sign-in page, without a password here.", invitation.TextBody);
        Assert.Contains("without a password here.</p>", invitation.HtmlBody);
    }

    [Fact]
    public async Task AnInvitation_LapsesAfterSevenDays_AndAnAdministratorSendsANewOne()
    {
        using var app = new CaseReviewApp();
        var admin = await app.AsAdmin();
        var created = await (await admin.PostAsJsonAsync("/api/admin/users", new { email = "slow.reader@council.example", roles = new[] { "CaseOfficer" } }, Api.Json)).ReadJson(HttpStatusCode.Created);
        var (user, token) = LinkIn((await app.OutboxAsync()).Single(e => e.Template == "staff-invitation").TextBody);

        app.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.BadRequest, (await SetPassword(app, user, token, NewPassword)).StatusCode);

        var sent = await (await admin.PostAsync($"/api/admin/users/{created["id"].Str()}/password-link", null)).ReadJson(HttpStatusCode.OK);
        Assert.Equal("Invitation", sent["kind"].Str());
        Assert.Equal("7 days", sent["validFor"].Str());
        var (_, fresh) = LinkIn((await app.OutboxAsync()).Last(e => e.Template == "staff-invitation").TextBody);
        app.Clock.Advance(TimeSpan.FromDays(6));
        Assert.Equal(HttpStatusCode.NoContent, (await SetPassword(app, user, fresh, NewPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LogIn(app, "slow.reader@council.example", NewPassword)).StatusCode);
    }

    [Fact]
    public async Task AForgottenPassword_GetsALinkOnlyForAnEnabledAccount_TheAnswerIsTheSameEitherWay_AndTheLinkLapsesInTwoHours()
    {
        using var smtp = SmtpSink.Started();
        using var app = EmailSteps.WithSmtp(smtp);
        var (id, address) = await app.NewStaffAccount("CaseOfficer");
        var oldSession = await app.SignedIn(address, Api.StaffPassword);

        var known = await Forgotten(app, address);
        var unknown = await Forgotten(app, "nobody@council.example");
        Assert.Equal(HttpStatusCode.Accepted, known.StatusCode);
        Assert.Equal(await known.Content.ReadAsStringAsync(), await unknown.Content.ReadAsStringAsync());
        await Forgotten(app, address); // again at once: no second email to flood the inbox
        await app.DispatchAllAsync();
        var email = Assert.Single(smtp.Messages());
        Assert.Equal(address, email.Recipient);
        Assert.Contains("The link works once, for 2 hours. Until you use it, your current password still works.", email.Text);
        Assert.Equal(HttpStatusCode.OK, (await LogIn(app, address, Api.StaffPassword)).StatusCode);

        app.Clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));
        var (user, lapsed) = LinkIn(email.Text);
        Assert.Equal(id, user);
        Assert.Equal(HttpStatusCode.BadRequest, (await SetPassword(app, user, lapsed, NewPassword)).StatusCode);

        await Forgotten(app, address);
        await app.DispatchAllAsync();
        var (_, token) = LinkIn((await smtp.WaitForAsync(2))[1].Text);
        Assert.Equal(HttpStatusCode.NoContent, (await SetPassword(app, user, token, NewPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await LogIn(app, address, Api.StaffPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LogIn(app, address, NewPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await oldSession.GetAsync("/api/cases")).StatusCode);

        var requests = await app.QueryDatabaseAsync(db => Task.FromResult(db.AuditEntries.Where(a => a.Action == "auth.password-reset-requested").Select(a => new { a.ActorName, a.Detail }).ToList()));
        Assert.Equal(["sent", "no-account", "recently-sent", "sent"], requests.Select(r => r.Detail));
        Assert.DoesNotContain(requests, r => r.ActorName.Contains("nobody", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ADisabledAccount_GetsNoLink_AndItsOutstandingLinkStopsWorking()
    {
        using var app = new CaseReviewApp();
        var admin = await app.AsAdmin();
        var (id, address) = await app.NewStaffAccount("CaseOfficer");
        await Forgotten(app, address);
        var (user, token) = LinkIn((await app.OutboxAsync()).Single(e => e.Template == "staff-password-reset").TextBody);

        await (await admin.PostAsync($"/api/admin/users/{id}/disable", null)).ReadJson(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.BadRequest, (await SetPassword(app, user, token, NewPassword)).StatusCode);
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(HttpStatusCode.Accepted, (await Forgotten(app, address)).StatusCode);
        Assert.Single(await app.OutboxAsync(), e => e.Template == "staff-password-reset");
        var refused = await (await admin.PostAsync($"/api/admin/users/{id}/password-link", null)).ReadJson(HttpStatusCode.Conflict);
        Assert.Contains("disabled", refused["detail"].Str());
    }

    [Fact]
    public async Task BadInput_GetsFieldMessages_NotAnError()
    {
        using var app = new CaseReviewApp();
        var client = app.CreateClient();

        var noEmail = await (await client.PostAsJsonAsync("/api/auth/forgotten-password", new { email = "not an address" }, Api.Json)).ReadJson(HttpStatusCode.BadRequest);
        Assert.NotNull(noEmail["errors"]!["email"]);
        var cutShort = await (await client.PostAsJsonAsync("/api/auth/set-password", new { userId = "someone", token = "not-a-token", password = NewPassword }, Api.Json)).ReadJson(HttpStatusCode.BadRequest);
        Assert.NotNull(cutShort["errors"]!["token"]);
        var empty = await (await client.PostAsJsonAsync("/api/auth/set-password", new { }, Api.Json)).ReadJson(HttpStatusCode.BadRequest);
        Assert.NotNull(empty["errors"]!["password"]);
    }

    [Fact]
    public async Task ChangingYourOwnPassword_NeedsTheCurrentOne_AndEndsYourTokens()
    {
        using var app = new CaseReviewApp();
        var (_, address) = await app.NewStaffAccount("PanelMember", "Police");
        var session = await app.SignedIn(address, Api.StaffPassword);

        var wrong = await (await session.PostAsJsonAsync("/api/auth/change-password", new { currentPassword = "not my password at all", newPassword = NewPassword }, Api.Json)).ReadJson(HttpStatusCode.BadRequest);
        Assert.Equal("Your current password is not right", wrong["errors"]!["currentPassword"]![0].Str());
        var same = await (await session.PostAsJsonAsync("/api/auth/change-password", new { currentPassword = Api.StaffPassword, newPassword = Api.StaffPassword }, Api.Json)).ReadJson(HttpStatusCode.BadRequest);
        Assert.NotNull(same["errors"]!["newPassword"]);

        Assert.Equal(HttpStatusCode.NoContent, (await session.PostAsJsonAsync("/api/auth/change-password", new { currentPassword = Api.StaffPassword, newPassword = NewPassword }, Api.Json)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync("/api/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LogIn(app, address, NewPassword)).StatusCode);
        var audit = await app.QueryDatabaseAsync(db => Task.FromResult(db.AuditEntries.Select(a => a.Action).ToList()));
        Assert.Contains("auth.password-change-failed", audit);
        Assert.Contains("auth.password-changed", audit);
    }

    private static Task<HttpResponseMessage> LogIn(CaseReviewApp app, string email, string password) =>
        app.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password }, Api.Json);

    private static Task<HttpResponseMessage> SetPassword(CaseReviewApp app, string user, string token, string password) =>
        app.CreateClient().PostAsJsonAsync("/api/auth/set-password", new { userId = user, token, password }, Api.Json);

    private static Task<HttpResponseMessage> Forgotten(CaseReviewApp app, string email) =>
        app.CreateClient().PostAsJsonAsync("/api/auth/forgotten-password", new { email }, Api.Json);

    internal static string LinkUrl(string text) => SetPasswordLink().Match(text) is { Success: true } m ? m.Value : throw new Xunit.Sdk.XunitException($"No set-password link in: {text}");

    /// <summary>The user id and token from the link in an email's plain text.</summary>
    internal static (string User, string Token) LinkIn(string text)
    {
        var query = QueryHelpers.ParseQuery(new Uri(LinkUrl(text)).Query);
        return (query["user"].ToString(), query["token"].ToString());
    }

    [GeneratedRegex(@"https://casereview\.council\.example/staff/set-password\?\S+")]
    private static partial Regex SetPasswordLink();
}
