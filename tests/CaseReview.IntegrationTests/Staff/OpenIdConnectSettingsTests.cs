using System.Net;
using System.Security.Claims;
using CaseReview.IntegrationTests.Support;
using CaseReview.Web.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseReview.IntegrationTests.Staff;

/// <summary>OpenID Connect sign-in is switched on by settings alone and maps people to local staff accounts by email.</summary>
public sealed class OpenIdConnectSettingsTests
{
    [Fact]
    public async Task WithoutAnAuthority_ThereIsNoOpenIdConnectSignIn()
    {
        using var app = new CaseReviewApp();

        var response = await app.CreateClient().GetAsync(OpenIdConnectSignIn.SignInPath);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(await app.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(OpenIdConnectSignIn.Scheme));
    }

    [Fact]
    public async Task WithAnAuthority_TheSchemeIsThere()
    {
        using var app = OidcApp();
        _ = app.CreateClient();

        var scheme = await app.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(OpenIdConnectSignIn.Scheme);

        Assert.NotNull(scheme);
    }

    [Fact]
    public async Task AnExternalSignIn_BecomesTheLocalAccount_WithItsRolesAndAgency_AndIsAudited()
    {
        using var app = OidcApp();
        var (id, email) = await app.NewStaffAccount("PanelMember", "Police");

        var local = await Map(app, email.ToUpperInvariant());

        Assert.NotNull(local);
        Assert.Equal(id, local.FindFirst(StaffClaims.UserId)!.Value);
        Assert.True(local.IsInRole("PanelMember"));
        Assert.Equal("Police", local.FindFirst(StaffClaims.Agency)!.Value);
        Assert.Equal(1, await app.QueryDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Action == "auth.login" && e.ActorId == id && e.Detail == "method=oidc")));
    }

    [Fact]
    public async Task SomeoneWithoutAnEnabledAccount_IsTurnedAway()
    {
        using var app = OidcApp();
        var (id, email) = await app.NewStaffAccount("CaseOfficer");
        await (await (await app.AsAdmin()).PostAsync($"/api/admin/users/{id}/disable", null)).ReadJson(HttpStatusCode.OK);

        Assert.Null(await Map(app, email));
        Assert.Null(await Map(app, "stranger@example.org"));
    }

    private static CaseReviewApp OidcApp() => new()
    {
        Settings = { ["Auth:OpenIdConnect:Authority"] = "https://login.council.example", ["Auth:OpenIdConnect:ClientId"] = "casereview" },
    };

    private static async Task<ClaimsPrincipal?> Map(CaseReviewApp app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        var external = new ClaimsPrincipal(new ClaimsIdentity([new Claim("email", email)], "oidc"));
        return await OpenIdConnectSignIn.LocalPrincipalAsync(http, external, "email");
    }
}
