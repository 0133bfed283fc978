using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseReview.IntegrationTests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CaseReview.IntegrationTests.Security.HostileInput;

/// <summary>
/// One host for the whole suite, with a client (bearer token) and a browser (cookies) per caller, cases seeded in
/// several states so that routes with a case, complaint, recommendation or account have real targets, and the
/// checks every request goes through (<see cref="SendAsync"/>).
/// </summary>
public sealed class HostileWorld : IAsyncLifetime
{
    public const string PanelAgency = "Police";

    private readonly Dictionary<HostileCaller, HttpClient> _clients = [];
    private readonly Dictionary<HostileCaller, ResidentBrowser> _browsers = [];

    public HostileWorld()
    {
        Logs = new LogCapture(HostileValues.Watched);
        App = new CaseReviewApp { Logs = Logs };
    }

    public CaseReviewApp App { get; }

    public LogCapture Logs { get; }

    internal TableChanges Changes { get; private set; } = null!;

    internal HostileReport Report { get; } = new();

    /// <summary>Real values for each route parameter name (the first is the main target).</summary>
    internal Dictionary<string, List<string>> Targets { get; } = new(StringComparer.OrdinalIgnoreCase);

    internal Dictionary<HostileCaller, string> Tokens { get; } = [];

    internal HttpClient Client(HostileCaller caller) => _clients[caller];

    internal ResidentBrowser Browser(HostileCaller caller) => _browsers[caller];

    /// <summary>A client with no credentials and no cookies, for requests that bring their own headers.</summary>
    internal HttpClient Bare { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _clients[HostileCaller.Anonymous] = App.CreateClient();
        _clients[HostileCaller.Administrator] = await App.AsAdmin();
        _clients[HostileCaller.CaseOfficer] = await App.AsNewStaff("CaseOfficer");
        _clients[HostileCaller.PanelMember] = await App.AsNewStaff("PanelMember", PanelAgency);
        _clients[HostileCaller.Chair] = await App.AsNewStaff("Chair", PanelAgency);
        foreach (var (caller, client) in _clients)
        {
            if (client.DefaultRequestHeaders.Authorization is { } auth)
            {
                Tokens[caller] = auth.Parameter!;
            }
        }

        Bare = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        _browsers[HostileCaller.Anonymous] = new ResidentBrowser(App);
        _browsers[HostileCaller.Administrator] = await App.SignedInBrowserAsync("Administrator");
        _browsers[HostileCaller.CaseOfficer] = await App.SignedInBrowserAsync("CaseOfficer");
        _browsers[HostileCaller.PanelMember] = await App.SignedInBrowserAsync("PanelMember", PanelAgency);
        _browsers[HostileCaller.Chair] = await App.SignedInBrowserAsync("Chair", PanelAgency);
        // A draft with every page answered, so the check-answers page has a form to attack.
        await _browsers[HostileCaller.Anonymous].FillInApplicationAsync();

        await SeedAsync();
        Changes = new TableChanges(App);
    }

    public Task DisposeAsync()
    {
        Changes?.Dispose();
        App.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>An application full of (made-up, marked) personal data that meets the threshold.</summary>
    internal static JsonObject Application(int variant = 0) => new()
    {
        ["applicant"] = new JsonObject
        {
            ["name"] = HostileValues.Names[variant % HostileValues.Names.Length],
            ["email"] = HostileValues.Emails[variant % HostileValues.Emails.Length],
            ["phone"] = HostileValues.Phones[variant % HostileValues.Phones.Length],
            ["address"] = HostileValues.Texts[0],
            ["postcode"] = HostileValues.Postcodes[variant % HostileValues.Postcodes.Length],
            ["preferredContact"] = "Email",
            ["accessNeeds"] = $"Large print please, {HostileValues.Marker}",
        },
        ["isThirdParty"] = false,
        ["victimType"] = "Individual",
        ["location"] = $"Footpaths behind {HostileValues.Marker} Close",
        ["description"] = HostileValues.Texts[1],
        ["asbType"] = "Nuisance",
        ["issueTypes"] = new JsonArray("NuisanceVehicles"),
        ["hateMotivated"] = false,
        ["impact"] = $"We cannot sleep ({HostileValues.Marker}).",
        ["channel"] = "Online",
        ["complaints"] = new JsonArray(
            Complaint("2026-09-10", "Police"), Complaint("2026-10-02", "Police"), Complaint("2026-10-20", "Council")),
    };

    private static JsonObject Complaint(string date, string agency) => new()
    {
        ["incidentDate"] = date,
        ["reportedDate"] = date,
        ["agency"] = agency,
        ["agencyReference"] = "REF-" + date,
        ["summary"] = $"Motorbikes on the footpath, said {HostileValues.Marker}.",
    };

    private async Task SeedAsync()
    {
        var admin = _clients[HostileCaller.Administrator];
        var anonymous = _clients[HostileCaller.Anonymous];

        async Task<(string Reference, string Code)> SubmitAsync(int variant)
        {
            var submitted = await (await anonymous.PostAsJsonAsync("/api/applications", Application(variant))).ReadJson(HttpStatusCode.Created);
            return (submitted["reference"].Str(), submitted["trackingCode"].Str());
        }

        async Task<(string Reference, string Code)> PanelAsync(int variant)
        {
            var (reference, code) = await SubmitAsync(variant);
            await admin.ActOk(reference, "start-assessment");
            await admin.ActOk(reference, "threshold-decision", new { met = true });
            await admin.ActOk(reference, "schedule-review", new { meetingAt = "2026-11-02T09:00:00Z", panel = new[] { new { agency = PanelAgency } } });
            return (reference, code);
        }

        async Task<(string Reference, string Code, int Recommendation)> HeldAsync(int variant)
        {
            var (reference, code) = await PanelAsync(variant);
            var held = await admin.ActOk(reference, "record-review", new
            {
                findings = $"The agencies did not share what they knew about {HostileValues.Marker}.",
                applicantSummary = "The police will patrol the footpaths on Friday evenings.",
                recommendations = new[] { new { action = "Police to patrol", ownerAgency = PanelAgency, lead = "Sergeant Lead", dueDate = "2027-01-15" } },
            });
            return (reference, code, held["review"]!["recommendations"]![0]!["id"]!.GetValue<int>());
        }

        var received = await SubmitAsync(0);
        var assessed = await SubmitAsync(1);
        var assessment = await admin.ActOk(assessed.Reference, "start-assessment");
        var complaint = assessment["complaints"]![0]!["id"]!.GetValue<int>();
        var panel = await PanelAsync(2);
        var held = await HeldAsync(3);
        var sent = await HeldAsync(0);
        await admin.ActOk(sent.Reference, "send-outcome");
        var appealed = await HeldAsync(1);
        await admin.ActOk(appealed.Reference, "send-outcome");
        await admin.ActOk(appealed.Reference, "appeal", new { grounds = $"The panel ignored the housing reports ({HostileValues.Marker})." });
        var withdrawn = await SubmitAsync(2);
        await admin.ActOk(withdrawn.Reference, "withdraw", new { reason = "The applicant asked to stop." });

        // A document on the panel's case, shared with the panel, so download and delete routes have a real target.
        var document = await (await admin.Upload(panel.Reference, Files.Pdf(2_000), $"diary of {HostileValues.Names[0]}.pdf", $"From {HostileValues.Marker}", shared: true)).ReadJson(HttpStatusCode.Created);

        var victim = await App.NewStaffAccount("CaseOfficer");
        var agency = await (await admin.PostAsJsonAsync("/api/admin/agencies", new { name = "Hostile Input Housing", kind = "Other" }, Api.Json)).ReadJson(HttpStatusCode.Created);

        Targets["reference"] = [panel.Reference, received.Reference, assessed.Reference, held.Reference, sent.Reference, appealed.Reference, withdrawn.Reference];
        Targets["otherReference"] = [received.Reference, withdrawn.Reference];
        Targets["complaintId"] = [complaint.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        Targets["recommendationId"] = [held.Recommendation.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        Targets["trackingCode"] = [sent.Code, received.Code, appealed.Code];
        Targets["code"] = [sent.Code, received.Code];
        Targets["stage"] = ["ReviewMeeting", "ThresholdDecision", "Outcome"];
        // Letters: one every case has, one only the sent case has, one only the withdrawn case has (the others answer 409).
        Targets["notice"] = ["acknowledgement", "outcome", "closure"];
        Targets["userId"] = [victim.Id];
        Targets["agencyId"] = [agency["id"]!.GetValue<int>().ToString(System.Globalization.CultureInfo.InvariantCulture)];
        Targets["emailId"] = ["1"];
        Targets["statusCode"] = ["404"];
        Targets["index"] = ["0", "1"];
        Targets["documentName"] = ["v1"];
        Targets["held"] = [held.Reference];
        Targets["documentId"] = [document["id"]!.GetValue<long>().ToString(System.Globalization.CultureInfo.InvariantCulture)];
    }

    /// <summary>
    /// Sends one request and checks it: no 5xx; if refused (4xx), no change to any table beyond the explicit
    /// exceptions (<see cref="RefusedRequestChanges"/>). A request the client library will not even send (a header it
    /// will not carry) is counted apart.
    /// </summary>
    internal async Task<HttpStatusCode?> SendAsync(HostileRequest hostile, Func<HttpRequestMessage, Task<HttpResponseMessage>> send)
    {
        HttpResponseMessage response;
        using var request = hostile.Build();
        try
        {
            response = await send(request);
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or HttpRequestException or ArgumentException)
        {
            Report.NotSent(hostile, ex);
            return null;
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            var changes = Changes.Since();
            Report.Sent(hostile, status);
            if (status >= 500)
            {
                Report.ServerError(hostile, status, body, App.Errors.Lines.LastOrDefault());
            }

            // A honeypot post is answered like a success (a redirect) so the robot learns nothing, but is refused all the same.
            var refused = status >= 400 || hostile.Kind == "honeypot";
            if (refused && changes.Count > 0)
            {
                var unexplained = RefusedRequestChanges.Unexplained(changes, Changes);
                Report.RefusedChange(hostile, status, changes, unexplained);
            }

            return response.StatusCode;
        }
    }
}
