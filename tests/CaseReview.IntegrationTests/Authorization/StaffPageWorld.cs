using System.Net;
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

    public ResidentBrowser Browser(PageCaller caller) => _browsers[caller];

    public async Task InitializeAsync()
    {
        _browsers[PageCaller.Anonymous] = new ResidentBrowser(App);
        _browsers[PageCaller.Administrator] = await App.SignedInBrowserAsync("Administrator");
        _browsers[PageCaller.CaseOfficer] = await App.SignedInBrowserAsync("CaseOfficer");
        _browsers[PageCaller.PanelMemberOnPanel] = await App.SignedInBrowserAsync("PanelMember", PanelAgency);
        _browsers[PageCaller.PanelMemberOffPanel] = await App.SignedInBrowserAsync("PanelMember", "Council");
        _browsers[PageCaller.ChairOnPanel] = await App.SignedInBrowserAsync("Chair", PanelAgency);

        var (disabledId, disabledEmail) = await App.NewStaffAccount("Administrator");
        var disabled = new ResidentBrowser(App);
        Assert.Equal(HttpStatusCode.Redirect, (await disabled.SignInAsync(disabledEmail)).StatusCode);
        (await (await App.AsAdmin()).PostAsync($"/api/admin/users/{disabledId}/disable", null)).EnsureSuccessStatusCode();
        _browsers[PageCaller.DisabledAccount] = disabled;

        SharedCase = await Cases.WithPanel(App, PanelAgency);
        SharedAccount = (await App.NewStaffAccount("CaseOfficer")).Id;
    }

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }
}
