using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Statistics;

/// <summary>One host with <see cref="StraddlingYearCases"/> seeded, shared by the tests that only read the figures.</summary>
public sealed class StraddlingYearApp : IAsyncLifetime
{
    public CaseReviewApp App { get; } = new();

    public HttpClient Officer { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Officer = await App.AsNewStaff("CaseOfficer");
        await StraddlingYearCases.SeedAsync(App, Officer);
    }

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }
}
