using System.Net;
using CaseReview.IntegrationTests.Support;
using CaseReview.UseCases.Accounts;
using CaseReview.Web.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseReview.IntegrationTests.Staff;

/// <summary>The staff pages' cookie opens the pages (not the API) with the account's roles, and ends with the account.</summary>
// One host for the class: each test uses accounts of its own.
public sealed class StaffCookieTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app = app;

    [Fact]
    public async Task AStaffCookie_OpensTheStaffPagesWithTheAccountsRoles_ButNeverTheApi()
    {
        var (_, officerEmail) = await _app.NewStaffAccount("CaseOfficer");
        var (_, panelEmail) = await _app.NewStaffAccount("PanelMember", "Police");
        var officer = await WithCookie(officerEmail);
        var panelMember = await WithCookie(panelEmail);

        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/staff/reports")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await panelMember.GetAsync("/staff/reports")).StatusCode);
        // The JSON API is bearer-only: a page's cookie cannot be replayed against it from another site.
        Assert.Equal(HttpStatusCode.Unauthorized, (await officer.GetAsync("/api/cases")).StatusCode);
    }

    [Fact]
    public async Task WithoutTokenOrCookie_TheApiAnswers401_NotARedirect()
    {
        var client = _app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/cases")).StatusCode);
    }

    [Fact]
    public async Task ADisabledAccountsCookie_StopsWorkingAtOnce()
    {
        var (id, email) = await _app.NewStaffAccount("CaseOfficer");
        var client = await WithCookie(email);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff/reports")).StatusCode);

        await (await (await _app.AsAdmin()).PostAsync($"/api/admin/users/{id}/disable", null)).ReadJson(HttpStatusCode.OK);

        var afterwards = await client.GetAsync("/staff/reports");
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.StartsWith("/staff/sign-in", afterwards.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    /// <summary>A client holding the cookie the sign-in page will set, made with the app's own cookie protection.</summary>
    private async Task<HttpClient> WithCookie(string email)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var identity = await scope.ServiceProvider.GetRequiredService<IStaffAccounts>().CheckPasswordAsync(email, Api.StaffPassword, CancellationToken.None);
        var options = scope.ServiceProvider.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(CookieAuthenticationDefaults.AuthenticationScheme);
        var ticket = new AuthenticationTicket(
            StaffPrincipal.For(identity!, CookieAuthenticationDefaults.AuthenticationScheme),
            new AuthenticationProperties(new Dictionary<string, string?> { [StaffCookies.SignedInAt] = _app.Clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture) })
            {
                ExpiresUtc = _app.Clock.GetUtcNow().AddHours(8),
            },
            CookieAuthenticationDefaults.AuthenticationScheme);
        var client = _app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("Cookie", $"{StaffCookies.CookieName}={options.TicketDataFormat.Protect(ticket)}");
        return client;
    }
}
