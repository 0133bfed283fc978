using System.Text.Json.Nodes;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Security;

/// <summary>
/// Issue 12, finding 8: a suppressed count in the published figures cannot be worked out from the totals, from the
/// order of the rows, or from a median.
/// </summary>
public sealed class StatisticalDisclosureTests : IDisposable
{
    private readonly CaseReviewApp _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<JsonObject> PublishedYearAsync()
    {
        var years = await _app.CreateClient().GetArray("/api/statistics/published");
        return years.Single(y => y!["year"]!.GetValue<int>() == 2026)!.AsObject();
    }

    private async Task<string> ApplyAsync(string asbType, bool thirdParty = false)
    {
        var application = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Api.Application(), Api.Json))!;
        application["asbType"] = asbType;
        if (thirdParty)
        {
            application["isThirdParty"] = true;
            application["thirdParty"] = new JsonObject { ["relationship"] = "Neighbour", ["victimConsent"] = true, ["consentHow"] = "InPerson", ["consentGivenOn"] = "2026-10-01" };
            application["victim"] = new JsonObject { ["name"] = "Alex Example", ["address"] = "1 High Street, Redditch", ["postcode"] = "B98 8AH", ["agreesToContact"] = false };
        }

        return (await _app.CreateClient().Submit(application))["reference"].Str();
    }

    [Fact]
    public async Task OneSmallCount_IsNotLeftAlone_WhereTheTotalWouldGiveItAway()
    {
        for (var i = 0; i < 6; i++)
        {
            await ApplyAsync("Nuisance");
        }

        await ApplyAsync("Personal");

        var year = await PublishedYearAsync();
        Assert.Equal(7, year["applications"]!.GetValue<int>());
        var byType = year["byAsbType"]!.AsArray();
        // Today: Nuisance 6 and Personal "fewer than 5" beside a total of 7, so Personal is 1.
        Assert.All(byType, row => Assert.Null(row!["count"]?.GetValue<int?>()));
        Assert.DoesNotContain(byType, row => row!["display"].Str() == "6");
    }

    [Fact]
    public async Task AYesNoCount_IsSuppressed_WhenItsOtherSideIsSmall()
    {
        for (var i = 0; i < 6; i++)
        {
            await ApplyAsync("Nuisance", thirdParty: true);
        }

        await ApplyAsync("Nuisance");

        var year = await PublishedYearAsync();
        // 6 of 7 by a third party says that 1 applied for themselves.
        Assert.Null(year["thirdParty"]!["count"]?.GetValue<int?>());
    }

    [Fact]
    public async Task Rows_AreInTheOrderOfTheirNames_NotOfTheirCounts()
    {
        for (var i = 0; i < 2; i++)
        {
            await ApplyAsync("Personal");
        }

        await ApplyAsync("Environmental");
        for (var i = 0; i < 3; i++)
        {
            await ApplyAsync("Nuisance");
        }

        var keys = (await PublishedYearAsync())["byAsbType"]!.AsArray().Select(r => r!["key"].Str()).ToList();
        Assert.Equal(["Environmental", "Nuisance", "Personal"], keys);
    }

    [Fact]
    public async Task AMedian_IsHidden_WhenItsCountIsSuppressed()
    {
        var reference = await ApplyAsync("Nuisance");
        var admin = await _app.AsAdmin();
        _app.Clock.Advance(TimeSpan.FromDays(1));
        await admin.ActOk(reference, "start-assessment");

        var acknowledge = (await PublishedYearAsync())["timeliness"]!.AsArray().Single(t => t!["stage"].Str() == "Acknowledge")!;
        Assert.Null(acknowledge["onTime"]!["count"]?.GetValue<int?>());
        Assert.Null(acknowledge["medianWorkingDays"]?.GetValue<double?>());
    }
}
