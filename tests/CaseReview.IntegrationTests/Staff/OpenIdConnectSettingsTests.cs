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
        Assert.Equal(await app.QueryDatabaseAsync(db => db.Agencies.Where(a => a.Name == "Police").Select(a => a.Id).SingleAsync()), int.Parse(local.FindFirst(StaffClaims.AgencyId)!.Value, System.Globalization.CultureInfo.InvariantCulture));
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

    [Fact]
    public async Task TheSignInPage_OffersTheOrganisationsSignIn_OnlyWhenItIsConfigured_AndSaysWhySomeoneWasTurnedAway()
    {
        using var plain = new CaseReviewApp();
        using var oidc = OidcApp();

        Assert.DoesNotContain("organisation-sign-in", await (await new ResidentBrowser(plain).GetAsync("/staff/sign-in")).Content.ReadAsStringAsync());
        var offered = await (await new ResidentBrowser(oidc).GetAsync("/staff/sign-in?returnUrl=%2Fstaff%2Fcases")).Content.ReadAsStringAsync();
        Assert.Contains("<a href=\"/auth/sign-in/oidc?returnUrl=%2Fstaff%2Fcases\" id=\"organisation-sign-in\"", offered);
        var elsewhere = await (await new ResidentBrowser(oidc).GetAsync("/staff/sign-in?returnUrl=https%3A%2F%2Fevil.example")).Content.ReadAsStringAsync();
        Assert.Contains("<a href=\"/auth/sign-in/oidc\" id=\"organisation-sign-in\"", elsewhere);

        var turnedAway = await (await new ResidentBrowser(oidc).GetAsync("/staff/sign-in?failed=oidc")).Content.ReadAsStringAsync();
        Assert.Contains("<title>Error: ", turnedAway);
        Assert.Contains("<a href=\"#organisation-sign-in\">You signed in with your organisation&#x27;s account, but there is no active staff account here", turnedAway);
    }

    [Fact]
    public async Task AnEmailTheProviderHasNotVerified_IsTurnedAway()
    {
        using var app = OidcApp();
        var (_, email) = await app.NewStaffAccount("CaseOfficer");

        Assert.Null(await Map(app, email, verified: "false"));
        Assert.NotNull(await Map(app, email, verified: "true"));
    }

    [Fact]
    public async Task ASignInFromAnotherIssuer_IsTurnedAway()
    {
        using var app = OidcApp();
        var (_, email) = await app.NewStaffAccount("CaseOfficer");

        Assert.Null(await Map(app, email, issuer: "https://login.elsewhere.example"));
    }

    [Fact]
    public async Task TheFirstSignIn_BindsTheAccountToItsSubject_SoAnotherSubjectWithTheSameEmailIsTurnedAway_AndAChangedEmailStillSignsIn()
    {
        using var app = OidcApp();
        var (id, email) = await app.NewStaffAccount("CaseOfficer");

        Assert.Equal(id, (await Map(app, email, subject: "subject-1"))!.FindFirst(StaffClaims.UserId)!.Value);
        Assert.Null(await Map(app, email, subject: "subject-2"));
        Assert.Equal(id, (await Map(app, "renamed@council.example", subject: "subject-1"))!.FindFirst(StaffClaims.UserId)!.Value);
    }

    [Theory]
    [InlineData("adm\u0131n@council.example")]
    [InlineData("\u0430dmin@council.example")]
    [InlineData("admin@council.exampl\u0435")]
    public async Task ALookalikeAddress_IsTurnedAway(string escaped)
    {
        using var app = OidcApp();
        var lookalike = System.Text.RegularExpressions.Regex.Unescape(escaped);

        Assert.Null(await Map(app, lookalike));
        Assert.NotNull(await Map(app, CaseReviewApp.AdminEmail));
    }

    private static CaseReviewApp OidcApp() => new()
    {
        Settings = { ["Auth:OpenIdConnect:Authority"] = "https://login.council.example", ["Auth:OpenIdConnect:ClientId"] = "casereview" },
    };

    private static async Task<ClaimsPrincipal?> Map(CaseReviewApp app, string email, string? verified = null, string issuer = "https://login.council.example", string? subject = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        List<Claim> claims = [new("iss", issuer, ClaimValueTypes.String, issuer), new("sub", subject ?? "subject-of-" + email, ClaimValueTypes.String, issuer), new("email", email, ClaimValueTypes.String, issuer)];
        if (verified is not null)
        {
            claims.Add(new Claim("email_verified", verified, ClaimValueTypes.Boolean, issuer));
        }

        var external = new ClaimsPrincipal(new ClaimsIdentity(claims, "oidc"));
        return await OpenIdConnectSignIn.LocalPrincipalAsync(http, external, "email");
    }
}
