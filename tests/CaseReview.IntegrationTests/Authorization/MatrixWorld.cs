using System.Net;
using System.Net.Http.Json;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Authorization;

/// <summary>Who calls: nobody, the lead body's staff, panel members and chairs of an agency on the case's panel (Police) and not on it (Council), and an appeal reviewer.</summary>
public enum Caller { Anonymous, Administrator, CaseOfficer, PanelMemberOnPanel, PanelMemberOffPanel, ChairOnPanel, ChairOffPanel, AppealReviewer }

/// <summary>
/// One host for the whole matrix, with a signed-in client per caller. A request that may change something gets
/// a fresh case or account of its own, so no cell depends on another; callers who are turned away before
/// anything is read (anonymous; non-administrators on admin routes) share one.
/// </summary>
public sealed class MatrixWorld : IAsyncLifetime
{
    public const string PanelAgency = "Police";

    private readonly Dictionary<Caller, HttpClient> _clients = [];

    public CaseReviewApp App { get; } = new();

    public HttpClient Admin => _clients[Caller.Administrator];

    public string SharedCase { get; private set; } = string.Empty;

    public string SharedAccount { get; private set; } = string.Empty;

    public HttpClient Client(Caller caller) => _clients[caller];

    public async Task InitializeAsync()
    {
        _clients[Caller.Anonymous] = App.CreateClient();
        _clients[Caller.Administrator] = await App.AsAdmin();
        _clients[Caller.CaseOfficer] = await App.AsNewStaff("CaseOfficer");
        _clients[Caller.PanelMemberOnPanel] = await App.AsNewStaff("PanelMember", PanelAgency);
        _clients[Caller.PanelMemberOffPanel] = await App.AsNewStaff("PanelMember", "Council");
        _clients[Caller.ChairOnPanel] = await App.AsNewStaff("Chair", PanelAgency);
        _clients[Caller.ChairOffPanel] = await App.AsNewStaff("Chair", "Council");
        _clients[Caller.AppealReviewer] = await App.AsAppealReviewer();
        SharedCase = await Cases.WithPanel(App, PanelAgency);
        SharedAccount = (await App.NewStaffAccount("CaseOfficer")).Id;
        SharedDocument = (await Admin.Uploaded(SharedCase, Files.Pdf(500), "for the panel.pdf", shared: true))["id"]!.GetValue<long>();
    }

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A case in ReviewPending with its meeting arranged and Police alone on the panel.</summary>
    public async Task<string> PanelCase(Caller caller) => caller == Caller.Anonymous ? SharedCase : await Cases.WithPanel(App, PanelAgency);

    /// <summary>A case whose review is held, with one recommendation owned by Police.</summary>
    public async Task<(string Reference, int RecommendationId)> HeldCase(Caller caller)
    {
        if (caller == Caller.Anonymous)
        {
            return (SharedCase, 1);
        }

        var reference = await Cases.ReviewHeld(App, [PanelAgency], PanelAgency);
        var detail = await (await Admin.GetAsync($"/api/cases/{reference}")).ReadJson(HttpStatusCode.OK);
        return (reference, detail["review"]!["recommendations"]![0]!["id"]!.GetValue<int>());
    }

    /// <summary>A case whose review outcome was sent and appealed against, with Police alone on the panel: the appeal awaits a decision.</summary>
    public async Task<string> AppealCase(Caller caller) => caller == Caller.Anonymous ? SharedCase : await Cases.AppealRequested(App, PanelAgency);

    public async Task<string> ReceivedCase() => (await App.CreateClient().Submit())["reference"].Str();

    public async Task<string> Account(Caller caller) => caller == Caller.Administrator ? (await App.NewStaffAccount("CaseOfficer")).Id : SharedAccount;

    /// <summary>A document on the shared case, shared with the panel (so every caller who may see the case may download it).</summary>
    public long SharedDocument { get; private set; }

    /// <summary>A new document on the shared case, for a request that deletes one; anonymous and panel callers (refused before anything is read) share <see cref="SharedDocument"/>.</summary>
    public async Task<long> Document(Caller caller) => caller is Caller.Administrator or Caller.CaseOfficer
        ? (await Admin.Uploaded(SharedCase, Files.Pdf(500), "to delete.pdf"))["id"]!.GetValue<long>()
        : SharedDocument;

    public async Task Link(string reference, string other) =>
        await (await Admin.PostAsJsonAsync($"/api/cases/{reference}/links", new { otherReference = other, reason = "Same street." }, Api.Json)).ReadJson(HttpStatusCode.OK);
}
