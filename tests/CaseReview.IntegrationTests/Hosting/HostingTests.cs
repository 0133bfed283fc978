using System.Net;
using System.Net.Http.Json;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.Hosting;

/// <summary>Running behind a reverse proxy and across restarts: what a council's IT team configures.</summary>
public sealed class HostingTests
{
    [Fact]
    public async Task AStaffSignIn_SurvivesARestart_BecauseTheDataProtectionKeysAreKept()
    {
        using var first = new CaseReviewApp();
        var browser = await first.SignedInBrowserAsync("CaseOfficer");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/staff/cases")).StatusCode);

        using var restarted = CaseReviewApp.SecondInstanceOf(first);
        var sameCookies = new ResidentBrowser(restarted);
        foreach (var (name, value) in browser.Cookies)
        {
            sameCookies.Cookies[name] = value;
        }

        Assert.Equal(HttpStatusCode.OK, (await sameCookies.GetAsync("/staff/cases")).StatusCode);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(Path.GetDirectoryName(first.DatabasePath)!, "keys"), "key-*.xml"));
    }

    [Fact]
    public async Task WithoutAKnownProxy_AClaimedForwardedAddressIsIgnored()
    {
        using var app = new CaseReviewApp();

        await SignInFrom(app, "203.0.113.7");

        Assert.DoesNotContain("203.0.113.7", await AuditedAddresses(app));
    }

    [Fact]
    public async Task FromAKnownProxy_TheClientsForwardedAddressIsAudited()
    {
        using var app = new CaseReviewApp { Settings = { ["ReverseProxy:KnownNetworks:0"] = "0.0.0.0/0", ["ReverseProxy:KnownNetworks:1"] = "::/0" } };

        await SignInFrom(app, "203.0.113.7");

        Assert.Contains("203.0.113.7", await AuditedAddresses(app));
    }

    [Fact]
    public void AProxyAddressThatIsNotOne_StopsTheAppWithTheSettingNamed()
    {
        using var app = new CaseReviewApp { Settings = { ["ReverseProxy:KnownProxies:0"] = "proxy.council.local" } };

        var e = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("ReverseProxy:KnownProxies has 'proxy.council.local', which is not an IP address", e.ToString());
    }

    private static async Task SignInFrom(CaseReviewApp app, string forwardedFor)
    {
        var client = app.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login")
        {
            Content = JsonContent.Create(new { email = CaseReviewApp.AdminEmail, password = CaseReviewApp.AdminPassword }),
        };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
    }

    private static Task<List<string?>> AuditedAddresses(CaseReviewApp app) =>
        app.QueryDatabaseAsync(db => db.AuditEntries.Select(e => e.IpAddress).ToListAsync());
}
