using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Scale;

/// <summary>
/// A submission's reads run inside its transaction, behind SQLite's one writer at a time, so each must cost the same
/// however many cases and emails the database holds: SQLite's plan for every SELECT a submission sends seeks an index.
/// </summary>
public sealed class SubmissionQueryPlanTests
{
    [SqliteOnlyFact("SQLite's own query plans")]
    public async Task TheDailyEmailCap_CountsOneAddress_FromItsIndex()
    {
        using var app = new CaseReviewApp();
        var anyone = app.CreateClient();
        await anyone.Submit();
        using var recorder = new QueryPlanRecorder(app.DatabasePath);

        var plans = await recorder.PlansOf(async () => await anyone.Submit());

        // Before: a range on CreatedAt, every email of the last day read to compare its lower-cased recipient.
        var cap = Assert.Single(plans, p => p.Sql.Contains("COUNT(*)", StringComparison.Ordinal) && p.Sql.Contains("OutboxEmails", StringComparison.Ordinal));
        Assert.Contains(cap.Plan, line => line.StartsWith("SEARCH ", StringComparison.Ordinal) && line.Contains("IX_OutboxEmails_RecipientKey_CreatedAt (RecipientKey=? AND CreatedAt>?)", StringComparison.Ordinal));
        Assert.All(plans, p => Assert.DoesNotContain(p.Plan, line => line.StartsWith("SCAN ", StringComparison.Ordinal) && !line.Contains("INDEX", StringComparison.Ordinal)));
    }
}
