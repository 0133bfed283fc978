using System.Text.RegularExpressions;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Scale;

/// <summary>
/// The reads that must stay flat as cases grow are served by indexes: SQLite's plan for every SELECT they send
/// names an index or a key for each table it reads. A plan line "SCAN t" (every row of a table, no index) fails the
/// test and names the query, so a change that loses an index is caught here rather than at 100,000 cases.
/// </summary>
public sealed partial class QueryPlanTests : IClassFixture<QueryPlanTests.SeededApp>
{
    private readonly SeededApp _seeded;

    public QueryPlanTests(SeededApp seeded) => _seeded = seeded;

    [SqliteOnlyTheory("SQLite's own query plans")]
    [InlineData("/api/cases")]
    [InlineData("/api/cases?overdue=true")]
    [InlineData("/api/dashboard")]
    [InlineData("/api/deadlines")]
    [InlineData("/api/statistics/annual?year=2026")]
    [InlineData("/api/statistics/published")]
    [InlineData("/api/cases?q=elm+close")]
    public async Task StaffReads_UseIndexes(string path)
    {
        using var recorder = new QueryPlanRecorder(_seeded.App.DatabasePath);

        var plans = await recorder.PlansOf(async () => (await _seeded.Officer.GetAsync(path)).EnsureSuccessStatusCode());

        AssertNoFullScans(plans);
    }

    /// <summary>
    /// A search finds the texts through their trigram index (FTS5's MATCH: "INDEX 0:M"), each found text by its key,
    /// then the matching cases by key: no text is read that holds none of the words. Before, it read every case's
    /// texts from a covering index (0.3 to 0.4 s a search at 1,000,000 cases).
    /// </summary>
    [SqliteOnlyFact("SQLite's own query plans")]
    public async Task ASearch_FindsTheTextsThroughTheirTrigramIndex_AndTheMatchingCasesByKey()
    {
        using var recorder = new QueryPlanRecorder(_seeded.App.DatabasePath);

        var plans = await recorder.PlansOf(async () => (await _seeded.Officer.GetAsync("/api/cases?q=elm+close")).EnsureSuccessStatusCode());

        var search = Assert.Single(plans, p => p.Sql.Contains("MATCH", StringComparison.Ordinal));
        Assert.Contains(search.Plan, line => line.StartsWith("SCAN ApplicationSearch VIRTUAL TABLE INDEX 0:M", StringComparison.Ordinal));
        Assert.Contains(search.Plan, line => line.StartsWith("SEARCH t USING INTEGER PRIMARY KEY (rowid=?)", StringComparison.Ordinal));
        Assert.Contains(search.Plan, line => line.StartsWith("SEARCH ", StringComparison.Ordinal) && line.Contains("(Id=?)", StringComparison.Ordinal));
        Assert.DoesNotContain(search.Plan, line => line.StartsWith("SCAN ", StringComparison.Ordinal) && !line.Contains("VIRTUAL TABLE", StringComparison.Ordinal));
    }

    /// <summary>
    /// The year's reviews are counted from the history's action-and-date index, and those that made recommendations
    /// from the recommendations' own (moment, case, review) index, both alone; the not-met decisions likewise. Before,
    /// each review in the year was numbered by counting its case's reviews before it (0.7 s a year at 1,000,000 cases,
    /// and 2.8 s when SQLite counted over every earlier year's reviews instead).
    /// </summary>
    [SqliteOnlyFact("SQLite's own query plans")]
    public async Task TheAnnualFigures_CountReviewsAndDecisionsFromIndexesAlone_WithoutNumberingEachReview()
    {
        using var recorder = new QueryPlanRecorder(_seeded.App.DatabasePath);

        var plans = await recorder.PlansOf(async () => (await _seeded.Officer.GetAsync("/api/statistics/annual?year=2026")).EnsureSuccessStatusCode());

        var lines = plans.SelectMany(p => p.Plan).ToList();
        Assert.Contains(lines, line => line.Contains("USING COVERING INDEX IX_Recommendations_MadeAt_ApplicationId_Review (MadeAt>? AND MadeAt<?)", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("USING COVERING INDEX IX_StatusHistory_Action_OccurredAt_To (Action=? AND OccurredAt>? AND OccurredAt<?)", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains("(Action=? AND OccurredAt<?)", StringComparison.Ordinal));
        Assert.DoesNotContain(plans, p => p.Sql.Contains("record-review", StringComparison.Ordinal) && p.Plan.Any(line => line.StartsWith("CORRELATED", StringComparison.Ordinal)));
    }

    /// <summary>
    /// The queue's officer filter lists each officer once by seeking along the officer index from the last one found.
    /// A DISTINCT read the index entry of every case ever assigned on each view of the queue: 92 ms at 1,000,000 cases.
    /// </summary>
    [SqliteOnlyFact("SQLite's own query plans")]
    public async Task TheQueuesOfficerList_SeeksEachOfficer_RatherThanReadingEveryAssignedCase()
    {
        using var recorder = new QueryPlanRecorder(_seeded.App.DatabasePath);

        var plans = await recorder.PlansOf(async () => (await _seeded.Officer.GetAsync("/api/cases?status=Received")).EnsureSuccessStatusCode());

        var lines = plans.SelectMany(p => p.Plan).ToList();
        Assert.DoesNotContain(lines, line => line.Contains("USE TEMP B-TREE FOR DISTINCT", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("USING COVERING INDEX IX_Applications_AssignedOfficerId_AssignedOfficerName (AssignedOfficerId>?)", StringComparison.Ordinal));
    }

    /// <summary>
    /// The dashboard counts the open information requests from their own index, without finding each request's case:
    /// the join read the case's key for each of 10,000 open requests (18 ms of the dashboard's 50 at 1,000,000 cases).
    /// </summary>
    [SqliteOnlyFact("SQLite's own query plans")]
    public async Task TheDashboard_CountsOpenInformationRequestsFromTheirIndexAlone()
    {
        using var recorder = new QueryPlanRecorder(_seeded.App.DatabasePath);

        var plans = await recorder.PlansOf(async () => (await _seeded.Officer.GetAsync("/api/dashboard")).EnsureSuccessStatusCode());

        var count = Assert.Single(plans, p => p.Sql.Contains("\"InformationRequests\"", StringComparison.Ordinal) && p.Sql.Contains("COUNT(", StringComparison.Ordinal));
        Assert.Contains(count.Plan, line => line.Contains("USING COVERING INDEX IX_InformationRequests_AnsweredAt_SetAsideAt_DueDate", StringComparison.Ordinal));
        Assert.DoesNotContain("\"Applications\"", count.Sql, StringComparison.Ordinal);
    }

    [SqliteOnlyFact("SQLite's own query plans")]
    public async Task ReminderSweep_UsesIndexes()
    {
        using var recorder = new QueryPlanRecorder(_seeded.App.DatabasePath);

        var plans = await recorder.PlansOf(() => _seeded.App.RunRemindersAsync());

        AssertNoFullScans(plans);
    }

    [SqliteOnlyFact("SQLite's own query plans")]
    public async Task TheCheck_CatchesAFullScan()
    {
        using var recorder = new QueryPlanRecorder(_seeded.App.DatabasePath);

        var plans = await recorder.PlansOf(() => _seeded.App.QueryDatabaseAsync(db =>
            Task.FromResult(db.Applications.Count(a => a.Location.Contains("Elm")))));

        Assert.Contains(plans, p => p.Plan.Any(IsFullScan));
    }

    private static void AssertNoFullScans(IReadOnlyList<(string Sql, IReadOnlyList<string> Plan)> plans)
    {
        Assert.NotEmpty(plans);
        var scans = plans.Where(p => p.Plan.Any(line => IsFullScan(line) && !IsOwnResult(p.Plan, line)) || IsSubqueryPerRow(p.Plan)).Select(p => string.Join(" | ", p.Plan) + "\n" + p.Sql).ToList();
        Assert.True(scans.Count == 0, "Full table scans:\n" + string.Join("\n\n", scans));
    }

    /// <summary>
    /// A correlated subquery under a scan runs once for every row scanned: the overdue queue did that (58 s at 10,000
    /// cases, because SQLite searched the open deadlines for each case).
    /// </summary>
    private static bool IsSubqueryPerRow(IReadOnlyList<string> plan) =>
        plan.Any(line => line.StartsWith("CORRELATED", StringComparison.Ordinal))
        && plan.Any(line => line.StartsWith("SCAN ", StringComparison.Ordinal) && !line.Contains("VIRTUAL TABLE", StringComparison.Ordinal) && !IsOwnResult(plan, line.Split(' ')[0] + " " + line.Split(' ')[1]));

    /// <summary>"SCAN a0" after "CO-ROUTINE a0" reads the query's own (already bounded) intermediate result, not a table.</summary>
    private static bool IsOwnResult(IReadOnlyList<string> plan, string scanLine) =>
        plan.Contains("CO-ROUTINE " + scanLine["SCAN ".Length..]) || plan.Contains("MATERIALIZE " + scanLine["SCAN ".Length..]);

    /// <summary>"SCAN a" reads every row; "SCAN a USING INDEX ..." reads an index in order (bounded by LIMIT or a range), and a JSON list is a virtual table.</summary>
    private static bool IsFullScan(string planLine) => FullScan().IsMatch(planLine);

    [GeneratedRegex(@"^SCAN \w+$")]
    private static partial Regex FullScan();

    /// <summary>A few cases in several states, with deadlines open, done and overdue, and an officer.</summary>
    public sealed class SeededApp : IAsyncLifetime
    {
        public CaseReviewApp App { get; } = new();

        public HttpClient Officer { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Officer = await App.AsNewStaff("CaseOfficer");
            var anyone = App.CreateClient();
            for (var i = 0; i < 3; i++)
            {
                var reference = (string)(await anyone.Submit())["reference"]!;
                await Officer.Act(reference, "start-assessment");
            }

            App.Clock.Advance(TimeSpan.FromDays(30));
        }

        public Task DisposeAsync()
        {
            App.Dispose();
            return Task.CompletedTask;
        }
    }
}
