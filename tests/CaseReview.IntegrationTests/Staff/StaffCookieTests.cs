using System.Net;
using CaseReview.IntegrationTests.Support;
using CaseReview.UseCases.Accounts;
using CaseReview.Web.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseReview.IntegrationTests.Staff;

/// <summary>The staff pages' cookie works beside bearer tokens on the same routes, and ends with the account.</summary>
public sealed class StaffCookieTests : IDisposable
{
    private readonly CaseReviewApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task AStaffCookie_OpensTheApi_WithTheAccountsRoles()
    {
        var (_, email) = await _app.NewStaffAccount("PanelMember", "Police");
        var client = await WithCookie(email);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/dashboard")).StatusCode);
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
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/cases")).StatusCode);

        await (await (await _app.AsAdmin()).PostAsync($"/api/admin/users/{id}/disable", null)).ReadJson(HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/cases")).StatusCode);
    }

    [Fact]
    public async Task ABearerToken_WinsOverACookie()
    {
        var (_, panelEmail) = await _app.NewStaffAccount("PanelMember", "Police");
        var client = await WithCookie(panelEmail);
        var admin = await _app.AsAdmin();
        client.DefaultRequestHeaders.Authorization = admin.DefaultRequestHeaders.Authorization;

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/dashboard")).StatusCode);
    }

    /// <summary>A client holding the cookie the sign-in page will set, made with the app's own cookie protection.</summary>
    private async Task<HttpClient> WithCookie(string email)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var identity = await scope.ServiceProvider.GetRequiredService<IStaffAccounts>().CheckPasswordAsync(email, Api.StaffPassword, CancellationToken.None);
        var options = scope.ServiceProvider.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(CookieAuthenticationDefaults.AuthenticationScheme);
        var ticket = new AuthenticationTicket(
            StaffPrincipal.For(identity!, CookieAuthenticationDefaults.AuthenticationScheme),
            new AuthenticationProperties { ExpiresUtc = _app.Clock.GetUtcNow().AddHours(8) },
            CookieAuthenticationDefaults.AuthenticationScheme);
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", $"{StaffCookies.CookieName}={options.TicketDataFormat.Protect(ticket)}");
        return client;
    }
}
