using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Security;

/// <summary>
/// Issue 12, finding 1: the API's anonymous doors (apply, appeal, eligibility) are limited per client address, so a
/// script cannot create unlimited cases or make the council's mail server write to anyone it likes.
/// </summary>
// Each limit test starts a host with the limit it needs; the greeting tests share the class's host (default limits)
// and each reads the acknowledgement of its own case.
public sealed class AnonymousApiLimitTests(CaseReviewApp shared) : IClassFixture<CaseReviewApp>
{
    [Fact]
    public async Task TwoHundredApplicationsFromOneAddressInAMinute_TheExcessIsRefusedInPlainWords_WithRetryAfter()
    {
        using var app = new CaseReviewApp { AnonymousApiPostsPerWindow = 10 };
        var client = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 200; i++)
        {
            var response = await client.PostAsJsonAsync("/api/applications", Api.Application(), Api.Json);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused ??= response;
            }
        }

        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(190, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.Equal(10, await app.QueryDatabaseAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Applications)));
        Assert.Equal("application/problem+json", refused!.Content.Headers.ContentType!.MediaType);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After says how long to wait");
        var problem = await refused.ReadJson(HttpStatusCode.TooManyRequests);
        Assert.Equal(429, problem["status"]!.GetValue<int>());
        Assert.Contains("try again", problem["detail"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/api/eligibility")]
    [InlineData("/api/track/NOSUCHCODE/appeal")]
    [InlineData("/api/track/NOSUCHCODE/withdraw")]
    [InlineData("/api/track/NOSUCHCODE/contact")]
    public async Task TheOtherAnonymousApiWrites_AreLimitedToo(string path)
    {
        using var app = new CaseReviewApp { AnonymousApiPostsPerWindow = 2 };
        var client = app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.PostAsJsonAsync(path, new { grounds = "Please look again.", complaints = Api.ThreeQualifyingComplaints(), hateMotivated = false }, Api.Json)).StatusCode);
        }

        Assert.NotEqual(HttpStatusCode.TooManyRequests, statuses[1]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[2]);
    }

    [Fact]
    public async Task SignedInStaff_EnteringApplications_AreNotLimitedAsAnonymous()
    {
        using var app = new CaseReviewApp { AnonymousApiPostsPerWindow = 2 };
        var admin = await app.AsAdmin();
        for (var i = 0; i < 4; i++)
        {
            await admin.Submit();
        }
    }

    [Fact]
    public async Task ApplicantEmails_ToOneAddress_AreCappedPerDay()
    {
        using var app = new CaseReviewApp { Settings = { ["Email:ApplicantEmailsPerRecipientPerDay"] = "3" } };
        var client = app.CreateClient();
        for (var i = 0; i < 6; i++)
        {
            var application = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Api.Application(), Api.Json))!;
            // Changing the case of the address does not get round the cap.
            application["applicant"]!["email"] = i % 2 == 0 ? "victim@example.org" : "Victim@Example.org";
            await client.Submit(application);
        }

        var outbox = await app.OutboxAsync();
        Assert.Equal(3, outbox.Count(e => e.Recipient.Equals("victim@example.org", StringComparison.OrdinalIgnoreCase)));
        // Staff still hear of every application.
        Assert.Equal(6, outbox.Count(e => e.Recipient == CaseReviewApp.LeadMailbox));

        // The next day, the address gets email again.
        app.Clock.Advance(TimeSpan.FromDays(1));
        await client.Submit();
        var application7 = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Api.Application(), Api.Json))!;
        application7["applicant"]!["email"] = "victim@example.org";
        await client.Submit(application7);
        Assert.Equal(4, (await app.OutboxAsync()).Count(e => e.Recipient.Equals("victim@example.org", StringComparison.OrdinalIgnoreCase)));
    }

    [Theory]
    [InlineData("Win £500 now at https://prize.example")]
    [InlineData("Alex <b>Example</b>")]
    [InlineData("Alex Example, call 0900 123 456 to claim your refund of the council tax you overpaid")]
    public async Task AFreeTextName_NeverReachesTheEmailGreeting(string name)
    {
        var app = shared;
        var application = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Api.Application(), Api.Json))!;
        application["applicant"]!["name"] = name;
        var reference = (await app.CreateClient().Submit(application))["reference"].Str();

        var acknowledgement = Assert.Single(await app.OutboxAsync(), e => e.Template == "acknowledgement" && e.CaseReference == reference);
        Assert.Contains("Dear applicant,", acknowledgement.TextBody);
        Assert.DoesNotContain("prize.example", acknowledgement.TextBody + acknowledgement.HtmlBody);
        Assert.DoesNotContain("0900", acknowledgement.TextBody + acknowledgement.HtmlBody);
        Assert.DoesNotContain("Example</b>", acknowledgement.TextBody);
    }

    [Theory]
    [InlineData("Alex Example")]
    [InlineData("Siân O'Neill-Jones")]
    [InlineData("Dr J. R. Smith")]
    public async Task AnOrdinaryName_IsStillUsedInTheGreeting(string name)
    {
        var app = shared;
        var application = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Api.Application(), Api.Json))!;
        application["applicant"]!["name"] = name;
        var reference = (await app.CreateClient().Submit(application))["reference"].Str();

        var acknowledgement = Assert.Single(await app.OutboxAsync(), e => e.Template == "acknowledgement" && e.CaseReference == reference);
        Assert.Contains($"Dear {name},", acknowledgement.TextBody);
    }
}
