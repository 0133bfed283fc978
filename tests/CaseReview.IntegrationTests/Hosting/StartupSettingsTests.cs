using System.Net;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Hosting;

/// <summary>
/// A wrong setting stops the app when it starts, naming the key, instead of failing at first use; a live
/// (Production) deployment also refuses settings that are only safe on a developer's machine.
/// </summary>
public sealed class StartupSettingsTests
{
    [Theory]
    [InlineData("Reminders:IntervalMinutes", "-5")]
    [InlineData("Reminders:WorkingDaysBefore", "-1")]
    [InlineData("Email:Dispatcher:IntervalSeconds", "0")]
    [InlineData("Email:Dispatcher:BatchSize", "0")]
    [InlineData("Email:Dispatcher:MaxAttempts", "0")]
    [InlineData("Workflow:AutoCloseMinutes", "-60")]
    [InlineData("Email:Smtp:Port", "70000")]
    [InlineData("Email:PublicBaseUrl", "casereview.council.example")]
    [InlineData("Email:LeadMailbox", "not an address")]
    [InlineData("Telemetry:OtlpEndpoint", "otel-collector:4317")]
    [InlineData("Telemetry:OtlpEndpoint", "/v1/traces")]
    [InlineData("Documents:MaxFileBytes", "0")]
    [InlineData("Documents:ClamAvPort", "70000")]
    public void AWrongValue_StopsTheAppAtStart_WithTheKeyNamed(string key, string value)
    {
        using var app = new CaseReviewApp { Settings = { [key] = value } };

        var e = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains(key, e.ToString());
    }

    [Fact]
    public void ABackOffThatShrinks_StopsTheAppAtStart()
    {
        using var app = new CaseReviewApp { Settings = { ["Email:Dispatcher:FirstRetrySeconds"] = "600", ["Email:Dispatcher:MaxRetrySeconds"] = "60" } };

        var e = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Email:Dispatcher:MaxRetrySeconds", e.ToString());
    }

    [Fact]
    public void ACaseLimitSmallerThanOneFile_StopsTheAppAtStart()
    {
        using var app = new CaseReviewApp { Settings = { ["Documents:MaxFileBytes"] = "2000000", ["Documents:MaxCaseBytes"] = "1000000" } };

        var e = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Documents:MaxCaseBytes", e.ToString());
    }

    [Theory]
    [InlineData("Email:PublicBaseUrl", "http://casereview.council.example")]
    [InlineData("Email:PublicBaseUrl", "https://localhost:5080")]
    [InlineData("Email:LeadMailbox", "")]
    [InlineData("Bootstrap:AdminPassword", "change-this-local-password")]
    [InlineData("Email:Smtp:Password", "<secret>")]
    [InlineData("Auth:JwtSigningKey", "<at least 32 random characters; leave empty to generate one into App_Data>")]
    public void InProduction_AnUnsafeSetting_StopsTheAppAtStart_WithTheKeyNamed(string key, string value)
    {
        using var app = Live(key, value);

        var e = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains(key, e.ToString());
    }

    [Fact]
    public async Task InProduction_SafeSettings_Start()
    {
        using var app = Live("Email:Smtp:Host", "smtp.council.example");

        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task InDevelopment_TheShippedDefaultsStart()
    {
        using var app = new CaseReviewApp
        {
            EnvironmentName = "Development",
            Settings = { ["Email:PublicBaseUrl"] = "http://localhost:5080", ["Bootstrap:AdminPassword"] = "change-this-local-password" },
        };

        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task InTesting_NoLeadMailboxAndALocalAddress_Start()
    {
        using var app = new CaseReviewApp { Settings = { ["Email:PublicBaseUrl"] = "http://localhost:5080", ["Email:LeadMailbox"] = "" } };

        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/health")).StatusCode);
    }

    private static CaseReviewApp Live(string key, string value) => new() { EnvironmentName = "Production", Settings = { [key] = value } };
}
