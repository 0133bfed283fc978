using System.Net;
using CaseReview.IntegrationTests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CaseReview.IntegrationTests.Hosting;

/// <summary>
/// Behind a proxy that ends TLS the app may see plain http, so every cookie that matters is Secure whatever the
/// request looked like, and browsers are told (HSTS) to use https only.
/// </summary>
// One host for the class: each test uses an account or a draft of its own.
public sealed class TransportSecurityTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app = app;

    [Fact]
    public async Task StaffAntiforgeryNoticeAndDraftCookies_AreSecure_EvenWhenTheRequestLooksLikePlainHttp()
    {
        var browser = new ResidentBrowser(_app); // http://localhost, as behind a TLS proxy
        var email = await _app.NewStaffAsync("CaseOfficer");

        var form = await browser.GetAsync("/staff/sign-in");
        var signedIn = await browser.SignInAsync(email);
        var changed = await browser.SubmitAsync("/staff/password", ("CurrentPassword", Support.StaffPages.Password), ("NewPassword", "another long passphrase"), ("ConfirmPassword", "another long passphrase"));
        var draft = await new ResidentBrowser(_app).SubmitAsync("/apply/about-you", ("IsThirdParty", "false"), ("Name", "Alex Example"), ("VictimType", "Individual"));

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        var cookies = new[] { form, signedIn, changed, draft }.SelectMany(r => r.Headers.TryGetValues("Set-Cookie", out var v) ? v : []).ToList();
        foreach (var name in new[] { ".AspNetCore.Antiforgery.", "CaseReview.Staff=", "CaseReview.Notice=", "casereview-draft=" })
        {
            var set = cookies.Where(c => c.StartsWith(name, StringComparison.Ordinal)).ToList();
            Assert.True(set.Count > 0, $"No {name} cookie set: {string.Join(" | ", cookies.Select(c => c[..c.IndexOf('=')]))}");
            Assert.All(set, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task OutsideDevelopment_HttpsAnswers_CarryHsts()
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://casereview.council.example"), AllowAutoRedirect = false });

        var page = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var hsts = Assert.Single(page.Headers.GetValues("Strict-Transport-Security"));
        Assert.Contains("max-age=31536000", hsts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutsideDevelopment_PlainHttp_IsRedirectedToHttps_WhenTheHttpsPortIsKnown()
    {
        using var app = new CaseReviewApp { Settings = { ["https_port"] = "443" } };
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://casereview.council.example"), AllowAutoRedirect = false });

        var page = await client.GetAsync("/track");

        Assert.True(page.StatusCode is HttpStatusCode.RedirectKeepVerb or HttpStatusCode.PermanentRedirect, $"Got {(int)page.StatusCode}");
        Assert.Equal("https://casereview.council.example/track", page.Headers.Location!.ToString());
    }
}
