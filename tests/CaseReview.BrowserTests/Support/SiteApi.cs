using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CaseReview.BrowserTests.Support;

/// <summary>
/// Cases for browser tests to start from, made through the JSON API as a resident's form and an officer would:
/// the pages under test are the ones after.
/// </summary>
public static class SiteApi
{
    /// <summary>A client signed in to the API as the bootstrap administrator; the caller disposes it.</summary>
    public static async Task<HttpClient> AdminApiAsync(this ResidentSite site)
    {
        var api = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };
        var login = await (await api.PostAsJsonAsync("/api/auth/login", new { email = ResidentSite.AdminEmail, password = ResidentSite.AdminPassword }))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login!["accessToken"]!.GetValue<string>());
        return api;
    }

    /// <summary>
    /// An application about noise in Elm Close; answers the API's reply (<c>reference</c>, <c>trackingCode</c>).
    /// Without <paramref name="complaints"/>, one complaint to the police on the day of <see cref="Resident.SecondIncident"/>.
    /// </summary>
    public static async Task<JsonObject> SubmitApplicationAsync(
        this ResidentSite site, string name = "Alex Example", string email = "alex@example.org", string? postcode = null, object[]? complaints = null)
    {
        using var client = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };
        var day = Resident.SecondIncident.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var submitted = await client.PostAsJsonAsync("/api/applications", new
        {
            applicant = new { name, email, postcode, preferredContact = "Email" },
            isThirdParty = false,
            victimType = "Individual",
            location = "Elm Close",
            description = "Noise at night.",
            asbType = "Nuisance",
            issueTypes = new[] { "Noise" },
            hateMotivated = false,
            impact = "We cannot sleep.",
            complaints = complaints ?? [new { incidentDate = day, reportedDate = day, agency = "Police" }],
        });
        return (await submitted.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>The officer starts the assessment and decides the threshold (a "not met" decision needs a reason).</summary>
    public static async Task DecideThresholdAsync(this HttpClient admin, string reference, bool met, string? reason = null)
    {
        (await admin.PostAsJsonAsync($"/api/cases/{reference}/start-assessment", new { })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/cases/{reference}/threshold-decision", new { met, reason })).EnsureSuccessStatusCode();
    }

    /// <summary>
    /// Brings the review meeting forward to a moment from now and waits for it to start: the outcome is recorded only
    /// once the meeting has taken place, and these tests do not wait the days until the meeting they arranged.
    /// </summary>
    public static async Task MeetingHeldAsync(this ResidentSite site, string reference)
    {
        using var admin = await site.AdminApiAsync();
        var at = DateTimeOffset.UtcNow.AddSeconds(2);
        (await admin.PostAsJsonAsync($"/api/cases/{reference}/schedule-review", new { meetingAt = at })).EnsureSuccessStatusCode();
        var wait = at - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(500);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }
    }
}
