using System.Net;
using System.Net.Http.Json;
using CaseReview.IntegrationTests.Support;
using CaseReview.UseCases.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseReview.IntegrationTests.Security;

/// <summary>What a copy of the database would give away: no working password links, no weakly hashed passwords.</summary>
public sealed class SecretsAtRestTests
{
    [Fact]
    public async Task APasswordLink_OnceEmailed_IsNoLongerInTheDatabase()
    {
        using var smtp = SmtpSink.Started();
        using var app = EmailSteps.WithSmtp(smtp);
        var admin = await app.AsAdmin();
        await (await admin.PostAsJsonAsync("/api/admin/users", new { email = "new.officer@council.example", roles = new[] { "CaseOfficer" } }, Api.Json)).ReadJson(HttpStatusCode.Created);
        await app.CreateClient().PostAsJsonAsync("/api/auth/forgotten-password", new { email = CaseReviewApp.AdminEmail }, Api.Json);

        await app.DispatchAllAsync();

        var received = smtp.Messages();
        Assert.Contains(received, m => m.Recipient == "new.officer@council.example" && m.Text.Contains("/staff/set-password?", StringComparison.Ordinal));
        Assert.Contains(received, m => m.Recipient == CaseReviewApp.AdminEmail && m.Text.Contains("/staff/set-password?", StringComparison.Ordinal));
        var stored = (await app.OutboxAsync()).Where(e => e.Template is "staff-invitation" or "staff-password-reset").ToList();
        Assert.Equal(2, stored.Count);
        Assert.All(stored, e =>
        {
            Assert.Equal(OutboxStatus.Sent, e.Status);
            Assert.DoesNotContain("set-password?", e.TextBody, StringComparison.Ordinal);
            Assert.DoesNotContain("set-password?", e.HtmlBody, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("password1234")]
    [InlineData("Password1234!")]
    [InlineData("qwertyuiop123")]
    [InlineData("iloveyou1234")]
    public async Task ACommonPassword_IsRefused_WithAFieldMessage(string common)
    {
        using var app = new CaseReviewApp();
        var admin = await app.AsAdmin();

        var refused = await admin.PostAsJsonAsync("/api/admin/users", new { email = "weak@council.example", password = common, roles = new[] { "CaseOfficer" } }, Api.Json);

        var problem = await refused.ReadJson(HttpStatusCode.BadRequest);
        Assert.Contains("common", problem["errors"]!["password"]![0].Str(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task PasswordHashes_UseTheConfiguredIterations_AndAnOlderHashIsRehashedAtTheNextSignIn()
    {
        using var first = new CaseReviewApp { Settings = { ["Accounts:PasswordHashIterations"] = "1000" } };
        var email = await first.NewStaffAsync("CaseOfficer");
        Assert.Equal(1000, await IterationsAsync(first, email));

        using var raised = CaseReviewApp.SecondInstanceOf(first);
        raised.Settings["Accounts:PasswordHashIterations"] = "2000";
        var signedIn = await raised.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password = Support.StaffPages.Password }, Api.Json);

        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Equal(2000, await IterationsAsync(raised, email));
    }

    [Fact]
    public async Task WithoutASetting_PasswordsAreHashedWith600000Iterations()
    {
        using var app = new CaseReviewApp { Settings = { ["Accounts:PasswordHashIterations"] = "" } };

        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<PasswordHasherOptions>>().Value;

        Assert.Equal(600_000, options.IterationCount);
    }

    // ASP.NET Core Identity's v3 format: marker byte, PRF (4 bytes), iteration count (4 bytes, big-endian), ...
    private static Task<int> IterationsAsync(CaseReviewApp app, string email) => app.QueryDatabaseAsync(async db =>
    {
        var hash = Convert.FromBase64String(await db.Users.Where(u => u.Email == email).Select(u => u.PasswordHash!).SingleAsync());
        return (hash[5] << 24) | (hash[6] << 16) | (hash[7] << 8) | hash[8];
    });
}
