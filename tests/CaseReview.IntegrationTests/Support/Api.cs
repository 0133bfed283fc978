using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CaseReview.IntegrationTests.Support;

/// <summary>Talks to the API as a partner system would: JSON in, JSON out.</summary>
public static class Api
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static object Application(params object[] complaints) => new
    {
        applicant = new { name = "Alex Example", email = "alex@example.org", phone = "07700900123", address = "1 High Street, Redditch", postcode = "B98 8AH", preferredContact = "Email" },
        isThirdParty = false,
        victimType = "Individual",
        location = "Footpaths behind Elm Close",
        description = "Motorbikes racing across the footpaths most evenings.",
        asbType = "Nuisance",
        issueTypes = new[] { "NuisanceVehicles" },
        hateMotivated = false,
        impact = "We cannot sleep and the children are scared to walk to school.",
        channel = "Online",
        complaints = complaints.Length > 0 ? complaints : ThreeQualifyingComplaints(),
    };

    /// <summary>Three separate incidents, each reported the next day, all within six months of 2 November 2026.</summary>
    public static object[] ThreeQualifyingComplaints() =>
    [
        Complaint("2026-09-10", "2026-09-11", "Police"),
        Complaint("2026-10-02", "2026-10-03", "Police"),
        Complaint("2026-10-20", "2026-10-21", "Council"),
    ];

    public static object Complaint(string incident, string reported, string agency) =>
        new { incidentDate = incident, reportedDate = reported, agency, agencyReference = "REF-" + incident, summary = "Motorbikes on the footpath." };

    public static async Task<JsonObject> ReadJson(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected} but got {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    public static async Task<JsonObject> Submit(this HttpClient client, object? application = null, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/applications") { Content = JsonContent.Create(application ?? Application(), options: Json) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await (await client.SendAsync(request)).ReadJson(HttpStatusCode.Created);
    }

    public static Task<HttpResponseMessage> Act(this HttpClient client, string reference, string action, object? body = null) =>
        client.PostAsJsonAsync($"/api/cases/{reference}/{action}", body ?? new { }, Json);

    public static async Task<JsonObject> ActOk(this HttpClient client, string reference, string action, object? body = null) =>
        await (await client.Act(reference, action, body)).ReadJson(HttpStatusCode.OK);

    public static async Task<HttpClient> SignedIn(this CaseReviewApp app, string email, string password)
    {
        var client = app.CreateClient();
        var login = await (await client.PostAsJsonAsync("/api/auth/login", new { email, password })).ReadJson(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login["accessToken"]!.GetValue<string>());
        return client;
    }

    /// <summary>
    /// A client with the administrator's bearer token. The first call signs in; later calls on the same host reuse
    /// the token (a sign-in costs a PBKDF2 password check) until half its lifetime has passed on the host's clock.
    /// The tests never change the administrator's password, roles or agency, which would revoke it.
    /// </summary>
    public static async Task<HttpClient> AsAdmin(this CaseReviewApp app)
    {
        var now = app.Clock.GetUtcNow();
        if (app.AdminToken is { } cached && now >= cached.IssuedAt && now - cached.IssuedAt < TimeSpan.FromHours(app.TokenLifetimeHours) / 2)
        {
            var client = app.CreateClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", cached.Token);
            return client;
        }

        var admin = await app.SignedIn(CaseReviewApp.AdminEmail, CaseReviewApp.AdminPassword);
        app.AdminToken = new(admin.DefaultRequestHeaders.Authorization!.Parameter!, now);
        return admin;
    }

    public const string StaffPassword = CaseReview.TestSupport.TestHosts.StaffPassword;

    /// <summary>Creates a staff account through the admin API and signs it in.</summary>
    public static async Task<HttpClient> AsNewStaff(this CaseReviewApp app, string role, string? agency = null) =>
        await app.SignedIn((await app.NewStaffAccount(role, agency)).Email, StaffPassword);

    /// <summary>
    /// A new appeal reviewer, signed in: the only role that decides appeals, and never on a decision they made. Tests
    /// that only need an appeal decided use one, as the council would.
    /// </summary>
    public static Task<HttpClient> AsAppealReviewer(this CaseReviewApp app) => app.AsNewStaff(AppealReviewer);

    public const string AppealReviewer = "AppealReviewer";

    /// <summary>Creates a staff account through the admin API (password <see cref="StaffPassword"/>).</summary>
    public static async Task<(string Id, string Email)> NewStaffAccount(this CaseReviewApp app, string role, string? agency = null)
    {
        var admin = await app.AsAdmin();
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@council.example";
        var created = await (await admin.PostAsJsonAsync("/api/admin/users", new { email, password = StaffPassword, roles = new[] { role }, agency }, Json)).ReadJson(HttpStatusCode.Created);
        return (created["id"].Str(), email);
    }

    public static async Task<System.Text.Json.Nodes.JsonArray> GetArray(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200 but got {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsArray();
    }

    public static string Str(this JsonNode? node) => node!.GetValue<string>();
}
