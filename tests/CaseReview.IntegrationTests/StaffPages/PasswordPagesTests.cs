using System.Net;
using CaseReview.IntegrationTests.Staff;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.StaffPages;

/// <summary>The pages for invitations, forgotten passwords and changing your own password.</summary>
// One host for the class: each test looks for the emails to its own address. The one that moves the clock on
// and takes the only invitation in the outbox starts one of its own.
public sealed class PasswordPagesTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private const string Chosen = "three random garden words";

    private readonly CaseReviewApp _app = app;

    [Fact]
    public async Task AnAdministratorInvitesSomeone_WhoChoosesAPasswordOnTheLinkedPage_AndSignsIn()
    {
        var admin = await _app.SignedInBrowserAsync("Administrator");
        var created = await admin.SubmitAsync("/staff/accounts/new", ("Email", "invited@police.example"), ("Roles", "PanelMember"), ("Agency", "Police"), ("Password", ""));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var accountPage = await (await admin.GetAsync(created.Headers.Location!.OriginalString)).Content.ReadAsStringAsync();
        Assert.Contains("An invitation to set a password is on its way to invited@police.example.", accountPage);
        Assert.Contains("Not set yet: invited", accountPage);

        var link = PasswordLinkTests.LinkUrl((await _app.OutboxAsync()).Single(e => e.Template == "staff-invitation" && e.Recipient == "invited@police.example").TextBody);
        var page = new Uri(link).PathAndQuery;
        var person = new ResidentBrowser(_app);
        var form = await (await person.GetAsync(page)).Content.ReadAsStringAsync();
        Assert.Contains("<h1 class=\"govuk-heading-l\">Choose your password</h1>", form);

        var mismatch = await person.SubmitAsync(page, ("Password", Chosen), ("ConfirmPassword", "three random garden word"));
        var mismatchHtml = await mismatch.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, mismatch.StatusCode);
        Assert.Contains("<a href=\"#confirm-password\">Enter the same password twice</a>", mismatchHtml);
        var weak = await (await person.SubmitAsync(page, ("Password", "aaaaaaaaaaaaaaaa"), ("ConfirmPassword", "aaaaaaaaaaaaaaaa"))).Content.ReadAsStringAsync();
        Assert.Contains("id=\"password-error\"", weak);

        var saved = await person.SubmitAsync(page, ("Password", Chosen), ("ConfirmPassword", Chosen));
        Assert.Equal("/staff/sign-in?passwordSet=true", saved.Headers.Location!.OriginalString);
        Assert.Contains("Your password is set. Sign in with it now.", await (await person.GetAsync(saved.Headers.Location.OriginalString)).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await person.SignInAsync("invited@police.example", Chosen)).StatusCode);

        var usedAgain = await (await new ResidentBrowser(_app).GetAsync(page)).Content.ReadAsStringAsync();
        Assert.Contains("This link does not work any more", usedAgain);
        Assert.DoesNotContain("name=\"Password\"", usedAgain);
        Assert.Contains("Password</dt>\n                <dd class=\"govuk-summary-list__value\" id=\"account-password\">Set</dd>",
            await (await admin.GetAsync(created.Headers.Location!.OriginalString)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ALinkThatLapsesWhileThePageIsOpen_SaysSoInsteadOfSaving()
    {
        using var app = new CaseReviewApp();
        var admin = await app.SignedInBrowserAsync("Administrator");
        await admin.SubmitAsync("/staff/accounts/new", ("Email", "late@council.example"), ("Roles", "CaseOfficer"), ("Agency", ""), ("Password", ""));
        var page = new Uri(PasswordLinkTests.LinkUrl((await app.OutboxAsync()).Single(e => e.Template == "staff-invitation").TextBody)).PathAndQuery;
        var person = new ResidentBrowser(app);
        var token = await person.TokenAsync(page);

        app.Clock.Advance(TimeSpan.FromDays(8));
        var late = await person.PostAsync(page, person.Cookies, ("__RequestVerificationToken", token), ("Password", Chosen), ("ConfirmPassword", Chosen));

        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Contains("This link does not work any more", await late.Content.ReadAsStringAsync());
        Assert.Contains("This link does not work any more", await (await person.GetAsync("/staff/set-password")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ForgottenPassword_AsksForAnAddress_ThenSaysCheckYourEmail()
    {
        var address = await _app.NewStaffAsync("CaseOfficer");
        var person = new ResidentBrowser(_app);
        Assert.Contains("href=\"/staff/forgotten-password\"", await (await person.GetAsync("/staff/sign-in")).Content.ReadAsStringAsync());

        var bad = await (await person.SubmitAsync("/staff/forgotten-password", ("Email", "not an address"))).Content.ReadAsStringAsync();
        Assert.Contains("<a href=\"#email\">Enter an email address in the correct format, like name@example.org</a>", bad);

        var sent = await person.SubmitAsync("/staff/forgotten-password", ("Email", address));
        Assert.Equal("/staff/forgotten-password?sent=true", sent.Headers.Location!.OriginalString);
        var check = await (await person.GetAsync(sent.Headers.Location.OriginalString)).Content.ReadAsStringAsync();
        Assert.Contains("Check your email", check);
        Assert.Contains("for 2 hours", check);
        Assert.DoesNotContain(address, check);
        Assert.Single(await _app.OutboxAsync(), e => e.Template == "staff-password-reset" && e.Recipient == address);
    }

    [Fact]
    public async Task AnAdministratorSendsAPasswordLink_FromTheAccountPage()
    {
        var admin = await _app.SignedInBrowserAsync("Administrator");
        var address = await _app.NewStaffAsync("CaseOfficer");
        var list = await (await admin.GetAsync("/staff/accounts")).Content.ReadAsStringAsync();
        var href = System.Text.RegularExpressions.Regex.Match(list, "href=\"(/staff/accounts/[^\"]+)\">" + System.Text.RegularExpressions.Regex.Escape(address)).Groups[1].Value;

        var sent = await admin.SubmitAsync(href + "?handler=PasswordLink");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains($"A link to set a password is on its way to {address}. It works once, for 2 hours.", await (await admin.GetAsync(href)).Content.ReadAsStringAsync());
        Assert.Single(await _app.OutboxAsync(), e => e.Template == "staff-password-reset" && e.Recipient == address);
    }

    [Fact]
    public async Task ChangingYourPassword_KeepsThisSessionSignedIn_AndSignsOutTheOthers()
    {
        var address = await _app.NewStaffAsync("PanelMember", "Police");
        var here = new ResidentBrowser(_app);
        var elsewhere = new ResidentBrowser(_app);
        await here.SignInAsync(address);
        await elsewhere.SignInAsync(address);
        Assert.Contains("href=\"/staff/password\"", await (await here.GetAsync("/staff/cases")).Content.ReadAsStringAsync());

        var wrong = await (await here.SubmitAsync("/staff/password", ("CurrentPassword", "not my password"), ("NewPassword", Chosen), ("ConfirmPassword", Chosen))).Content.ReadAsStringAsync();
        Assert.Contains("<a href=\"#current-password\">Your current password is not right</a>", wrong);
        var mismatch = await (await here.SubmitAsync("/staff/password", ("CurrentPassword", Support.StaffPages.Password), ("NewPassword", Chosen), ("ConfirmPassword", "something else entirely"))).Content.ReadAsStringAsync();
        Assert.Contains("<a href=\"#confirm-password\">Enter the same new password twice</a>", mismatch);

        var changed = await here.SubmitAsync("/staff/password", ("CurrentPassword", Support.StaffPages.Password), ("NewPassword", Chosen), ("ConfirmPassword", Chosen));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Contains("Your password is changed.", await (await here.GetAsync("/staff/password")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/staff/cases")).StatusCode);
        var other = await elsewhere.GetAsync("/staff/cases");
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        var to = other.Headers.Location!;
        Assert.Equal("/staff/sign-in", to.IsAbsoluteUri ? to.AbsolutePath : to.OriginalString.Split('?')[0]);
        Assert.Equal(HttpStatusCode.Redirect, (await new ResidentBrowser(_app).SignInAsync(address, Chosen)).StatusCode);
    }
}
