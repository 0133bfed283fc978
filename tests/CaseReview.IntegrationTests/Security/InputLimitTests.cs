using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseReview.IntegrationTests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseReview.IntegrationTests.Security;

/// <summary>Issue 12, finding 13: what a client sends is bounded, and nothing is reachable by default.</summary>
// One host for the class: the tests that store nothing share it. The one that counts every row starts one of its own.
public sealed class InputLimitTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app = app;

    [Theory]
    [InlineData("alex@example.org\r\nX-Injected: a second header")]
    [InlineData("alex@example.org\nSubject: not from the council")]
    [InlineData("alex @example.org")]
    public async Task AnEmailAddressWithALineBreakOrSpace_IsRefusedOnItsField_AndNothingIsStored(string email)
    {
        var before = await _app.QueryDatabaseAsync(db => db.Applications.CountAsync());
        var application = JsonNode.Parse(JsonSerializer.Serialize(Api.Application(), Api.Json))!.AsObject();
        application["applicant"]!["email"] = email;

        var problem = await (await _app.CreateClient().PostAsJsonAsync("/api/applications", application, Api.Json)).ReadJson(HttpStatusCode.BadRequest);

        Assert.Equal("Enter an email address in the correct format, like name@example.com", problem["errors"]!["applicant.email"]![0].Str());
        Assert.Equal(before, await _app.QueryDatabaseAsync(db => db.Applications.CountAsync()));
    }

    [Theory]
    [InlineData("/api/cases?page=2147483647")]
    [InlineData("/api/admin/audit?page=2147483647")]
    public async Task AHugePageNumber_IsA400OnPage_NotAServerError(string url)
    {
        var admin = await _app.AsAdmin();
        var problem = await (await admin.GetAsync(url)).ReadJson(HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("page"), problem.ToJsonString());
    }

    [Fact]
    public async Task AHugePageNumber_OfTheEmailQueue_IsNotAServerError()
    {
        var admin = await _app.AsAdmin();
        var response = await admin.GetAsync("/api/admin/emails?page=2147483647");
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{(int)response.StatusCode}");
    }

    [Theory]
    [InlineData(99)]
    [InlineData(0)]
    public async Task AnEnumSentAsANumber_IsRefusedOnItsField_AndNothingIsStored(int victimType)
    {
        using var app = new CaseReviewApp();
        var application = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Api.Application(), Api.Json))!;
        application["victimType"] = victimType;

        var response = await app.CreateClient().PostAsJsonAsync("/api/applications", application, Api.Json);

        var problem = await response.ReadJson(HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("victimType"), problem.ToJsonString());
        Assert.Equal(0, await app.CountRowsAsync());
    }

    [Fact]
    public async Task AnOversizedApiBody_IsRefusedWith413_BeforeItIsRead()
    {
        var body = "{\"description\":\"" + new string('x', 2 * 1024 * 1024) + "\"}";
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        var response = await _app.CreateClient().PostAsync("/api/applications", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task AnOversizedFormPost_IsRefusedWith413()
    {
        var browser = new ResidentBrowser(_app);
        var response = await browser.SubmitAsync("/eligibility", ("Complaints", new string('x', 2 * 1024 * 1024)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task ADraft_TakesNoMoreComplaintsThanAnApplicationMayHave()
    {
        var browser = new ResidentBrowser(_app);
        await ResidentBrowser.Expect(HttpStatusCode.Redirect, browser.SubmitAsync("/apply/about-you", ("IsThirdParty", "false"), ("Name", "Alex Example"), ("VictimType", "Individual")));
        HttpResponseMessage? last = null;
        for (var i = 0; i <= CaseReview.UseCases.Applications.SubmitApplicationValidator.MaxComplaints; i++)
        {
            last = await browser.SubmitAsync("/apply/complaint",
                ("IncidentDate.Day", "2"), ("IncidentDate.Month", "10"), ("IncidentDate.Year", "2026"),
                ("ReportedDate.Day", "2"), ("ReportedDate.Month", "10"), ("ReportedDate.Year", "2026"), ("Agency", "Police"));
        }

        Assert.Equal(HttpStatusCode.OK, last!.StatusCode);
        Assert.Contains("You can add no more than 50 complaints", await last.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnEndpointThatSaysNothingAboutWhoMayCallIt_IsDeniedByDefault()
    {
        var policies = _app.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var fallback = await policies.GetFallbackPolicyAsync();
        Assert.NotNull(fallback);

        // Every resident page, the health checks and the API reference still open without signing in.
        var client = _app.CreateClient();
        foreach (var url in new[] { "/", "/apply", "/eligibility", "/track", "/statistics", "/privacy", "/accessibility", "/health", "/health/live", "/health/ready", "/openapi/v1.json", "/staff/sign-in" })
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/no-such-page")).StatusCode);
    }
}
