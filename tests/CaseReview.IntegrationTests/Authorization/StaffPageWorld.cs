using System.Net;
using System.Net.Http.Json;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Authorization;

/// <summary>One host for the page matrix, with a browser signed in through the sign-in page for each caller.</summary>
public sealed class StaffPageWorld : IAsyncLifetime
{
    public const string PanelAgency = "Police";

    private readonly Dictionary<PageCaller, ResidentBrowser> _browsers = [];

    public CaseReviewApp App { get; } = new();

    /// <summary>A case in ReviewPending with Police alone on the panel.</summary>
    public string SharedCase { get; private set; } = string.Empty;

    public string SharedAccount { get; private set; } = string.Empty;

    /// <summary>A document on <see cref="SharedCase"/>, shared with the panel.</summary>
    public long SharedDocument { get; private set; }

    /// <summary>Cases at the other stages the action pages need (the GETs change nothing, so they are shared too).</summary>
    public string ReceivedCase { get; private set; } = string.Empty;

    public string InAssessmentCase { get; private set; } = string.Empty;

    public int InAssessmentComplaint { get; private set; }

    /// <summary>ReviewHeld, Police on the panel, one recommendation owned by Police.</summary>
    public string HeldCase { get; private set; } = string.Empty;

    public int HeldRecommendation { get; private set; }

    public string OutcomeSentCase { get; private set; } = string.Empty;

    public string AppealCase { get; private set; } = string.Empty;

    /// <summary>Every case above: none may appear in a page that turns its caller away.</summary>
    public IReadOnlyList<string> AllCases => [SharedCase, ReceivedCase, InAssessmentCase, HeldCase, OutcomeSentCase, AppealCase];

    public ResidentBrowser Browser(PageCaller caller) => _browsers[caller];

    public async Task InitializeAsync()
    {
        _browsers[PageCaller.Anonymous] = new ResidentBrowser(App);
        _browsers[PageCaller.Administrator] = await App.SignedInBrowserAsync("Administrator");
        _browsers[PageCaller.CaseOfficer] = await App.SignedInBrowserAsync("CaseOfficer");
        _browsers[PageCaller.PanelMemberOnPanel] = await App.SignedInBrowserAsync("PanelMember", PanelAgency);
        _browsers[PageCaller.PanelMemberOffPanel] = await App.SignedInBrowserAsync("PanelMember", "Council");
        _browsers[PageCaller.ChairOnPanel] = await App.SignedInBrowserAsync("Chair", PanelAgency);
        _browsers[PageCaller.AppealReviewer] = await App.AppealReviewerBrowserAsync();

        var (disabledId, disabledEmail) = await App.NewStaffAccount("Administrator");
        var disabled = new ResidentBrowser(App);
        Assert.Equal(HttpStatusCode.Redirect, (await disabled.SignInAsync(disabledEmail)).StatusCode);
        (await (await App.AsAdmin()).PostAsync($"/api/admin/users/{disabledId}/disable", null)).EnsureSuccessStatusCode();
        _browsers[PageCaller.DisabledAccount] = disabled;

        SharedCase = await Cases.WithPanel(App, PanelAgency);
        SharedAccount = (await App.NewStaffAccount("CaseOfficer")).Id;
        SharedDocument = (await (await App.AsAdmin()).Uploaded(SharedCase, Files.Pdf(500), "for the panel.pdf", shared: true))["id"]!.GetValue<long>();

        var admin = await App.AsAdmin();
        ReceivedCase = (await App.CreateClient().Submit())["reference"].Str();
        InAssessmentCase = (await App.CreateClient().Submit())["reference"].Str();
        var assessed = await admin.ActOk(InAssessmentCase, "start-assessment");
        InAssessmentComplaint = assessed["complaints"]![0]!["id"]!.GetValue<int>();
        HeldCase = await Cases.ReviewHeld(App, [PanelAgency], PanelAgency);
        HeldRecommendation = (await admin.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>($"/api/cases/{HeldCase}"))!["review"]!["recommendations"]![0]!["id"]!.GetValue<int>();
        OutcomeSentCase = await Cases.ReviewHeld(App, [PanelAgency], PanelAgency);
        await admin.ActOk(OutcomeSentCase, "send-outcome");
        AppealCase = await Cases.ReviewHeld(App, [PanelAgency], PanelAgency);
        await admin.ActOk(AppealCase, "send-outcome");
        await admin.ActOk(AppealCase, "appeal", new { grounds = "The panel did not consider the housing reports." });
    }

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }
}
