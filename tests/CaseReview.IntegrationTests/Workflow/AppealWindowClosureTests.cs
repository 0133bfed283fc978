using System.Net;
using CaseReview.IntegrationTests.Support;
using CaseReview.UseCases.Cases;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CaseReview.IntegrationTests.Workflow;

public sealed class AppealWindowClosureTests : IDisposable
{
    private readonly CaseReviewApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task ThresholdNotMet_ClosesBySystem_OnlyAfterTheAppealWindowEnds()
    {
        var single = Api.Application(Api.Complaint("2026-10-02", "2026-10-03", "Police"));
        var notMet = (await _app.CreateClient().Submit(single))["reference"].Str();
        var appealed = (await _app.CreateClient().Submit(single))["reference"].Str();
        var officer = await _app.AsNewStaff("CaseOfficer");
        foreach (var reference in new[] { notMet, appealed })
        {
            await officer.ActOk(reference, "start-assessment");
            await officer.ActOk(reference, "threshold-decision", new { met = false });
        }

        await officer.ActOk(appealed, "appeal", new { grounds = "Facts not considered." });

        // Window: 20 working days after Monday 2 November 2026 = Monday 30 November, the last day to appeal.
        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 18, 0, 0, TimeSpan.Zero));
        Assert.Empty(await RunJob());

        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal([notMet], await RunJob());
        Assert.Empty(await RunJob());

        var closed = await (await officer.GetAsync($"/api/cases/{notMet}")).ReadJson(HttpStatusCode.OK);
        Assert.Equal("Closed", closed["status"].Str());
        Assert.Equal("CaseReview", closed["history"]!.AsArray()[^1]!["actor"].Str());
        var stillAppealing = await (await officer.GetAsync($"/api/cases/{appealed}")).ReadJson(HttpStatusCode.OK);
        Assert.Equal("AppealRequested", stillAppealing["status"].Str());
    }

    private async Task<IReadOnlyList<string>> RunJob()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new CloseExpiredAppealWindowsCommand());
    }
}
