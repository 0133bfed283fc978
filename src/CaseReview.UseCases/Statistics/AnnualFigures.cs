using CaseReview.Domain.Applications;
using CaseReview.Domain.Calendar;
using CaseReview.Domain.Deadlines;
using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Common;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Statistics;

/// <summary>
/// Counts the figures for one financial year. Definitions (also in the README):
/// an application counts in the year it was received; "threshold not met" counts each not-met decision made in
/// the year (a case decided again after an upheld appeal counts again); a review is carried out in the year its
/// meeting is recorded as held, whatever year the application arrived; a review "led to recommendations" when
/// that review (not an earlier or later review of the same case) made at least one recommendation.
/// The database does the counting (grouped queries over indexed dates), so the cost follows one year's activity,
/// not the number of cases ever held; only the postcodes of the year's cases come back row by row, counted as they come.
/// </summary>
internal static class AnnualFigures
{
    private const string ThresholdDecision = "threshold-decision";
    private const string RecordReview = "record-review";

    public static async Task<YearFigures> CountAsync(ICaseReviewDb db, FinancialYear year, WorkingDayCalendar calendar, CancellationToken cancellationToken)
    {
        var (start, end) = year.UtcBounds;
        var received = db.Applications.AsNoTracking().Where(a => a.ReceivedAt >= start && a.ReceivedAt < end);

        // The breakdowns: the year's cases grouped by their kind and list of issue types (a few hundred groups at
        // most), and their postcodes read as they are (nearly one per case) and counted by district here. A list of
        // issue types is counted under each type it gives; counting the types in SQL needs the lists flattened (APPLY,
        // which SQLite lacks) or a pass per type (eleven passes took 2.4 s at 1,000,000 cases). A third party's own
        // postcode is not where the problem is: their applications count where the victim lives.
        var kinds = await received
            .GroupBy(a => new { a.AsbType, a.Channel, a.VictimType, a.IsThirdParty, a.HateMotivated, a.IssueTypes })
            .Select(g => new { g.Key.AsbType, g.Key.Channel, g.Key.VictimType, g.Key.IsThirdParty, g.Key.HateMotivated, g.Key.IssueTypes, Count = g.Count() })
            .ToListAsync(cancellationToken);
        // Counted by district as they stream in, so no list of the year's postcodes is held (130,000 at 1,000,000 cases).
        var districts = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var postcode in received.Select(a => a.IsThirdParty ? a.Victim!.Postcode : a.Applicant.Postcode).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var district = PostcodeDistrict(postcode);
            districts[district] = districts.GetValueOrDefault(district) + 1;
        }

        var thresholdNotMet = await CountThresholdNotMetAsync(db, start, end, cancellationToken);
        var (reviews, withRecommendations) = await CountReviewsAsync(db, start, end, cancellationToken);

        var breakdowns = new Breakdowns(
            Sum(kinds.Select(k => (k.AsbType.ToString(), k.Count))),
            Sum(kinds.SelectMany(k => k.IssueTypes.Select(t => (t.ToString(), k.Count)))),
            Sum(kinds.Select(k => (k.Channel.ToString(), k.Count))),
            Sum(districts.Select(d => (d.Key, d.Value))),
            Sum(kinds.Select(k => (k.VictimType.ToString(), k.Count))),
            kinds.Where(k => k.IsThirdParty).Sum(k => k.Count),
            kinds.Where(k => k.HateMotivated).Sum(k => k.Count));
        var statutory = new StatutoryFigures(kinds.Sum(k => k.Count), thresholdNotMet, reviews, withRecommendations);
        return new YearFigures(statutory, breakdowns, await TimelinessAsync(db, year, calendar, cancellationToken));
    }

    /// <summary>The four statutory figures alone (the year before, for the comparison).</summary>
    public static async Task<StatutoryFigures> StatutoryAsync(ICaseReviewDb db, FinancialYear year, CancellationToken cancellationToken)
    {
        var (start, end) = year.UtcBounds;
        var applications = await db.Applications.CountAsync(a => a.ReceivedAt >= start && a.ReceivedAt < end, cancellationToken);
        var (reviews, withRecommendations) = await CountReviewsAsync(db, start, end, cancellationToken);
        return new StatutoryFigures(applications, await CountThresholdNotMetAsync(db, start, end, cancellationToken), reviews, withRecommendations);
    }

    /// <summary>The outward code ("B98" of "B98 8AH"), or "Not given".</summary>
    public static string PostcodeDistrict(string? postcode)
    {
        if (string.IsNullOrWhiteSpace(postcode))
        {
            return "Not given";
        }

        // The same rule as an anonymised case's: a full postcode loses its inward code; a district (all an anonymised case keeps) is its own.
        return CaseApplication.PostcodeDistrict(postcode) ?? "Not given";
    }

    /// <summary>
    /// Reviews whose meeting was recorded in the year, and how many of those made recommendations: the review's line in
    /// the history and its recommendations carry the same moment (<see cref="Recommendation.MadeAt"/>), so each count
    /// comes from one index, without numbering the reviews of each case (a fresh review after an upheld appeal is the
    /// case's next, and counts again).
    /// </summary>
    private static async Task<(int Reviews, int WithRecommendations)> CountReviewsAsync(ICaseReviewDb db, DateTime start, DateTime end, CancellationToken cancellationToken)
    {
        var reviews = await db.StatusHistory.CountAsync(h => h.Action == RecordReview && h.OccurredAt >= start && h.OccurredAt < end, cancellationToken);
        var withRecommendations = await db.Recommendations
            .Where(r => r.MadeAt >= start && r.MadeAt < end)
            // A review's recommendations share its moment, so grouping by it as well changes no group and lets SQLite
            // count along the index instead of sorting the year's recommendations first.
            .GroupBy(r => new { r.MadeAt, Case = EF.Property<Guid>(r, "ApplicationId"), r.Review })
            .CountAsync(cancellationToken);
        return (reviews, withRecommendations);
    }

    private static Task<int> CountThresholdNotMetAsync(ICaseReviewDb db, DateTime start, DateTime end, CancellationToken cancellationToken) =>
        db.StatusHistory
            .CountAsync(h => h.Action == ThresholdDecision && h.To == CaseStatus.ThresholdNotMet && h.OccurredAt >= start && h.OccurredAt < end, cancellationToken);

    /// <summary>
    /// Stages done in the year by UK date, on time or late (<see cref="StageDeadline.IsOnTime"/>), and the median working
    /// days taken. The database groups the year's completions by stage and by start and done dates (a few thousand
    /// groups at most, whatever the number of cases), so the working days are worked out once per group.
    /// </summary>
    private static async Task<IReadOnlyList<StageTimeliness>> TimelinessAsync(ICaseReviewDb db, FinancialYear year, WorkingDayCalendar calendar, CancellationToken cancellationToken)
    {
        var (first, last) = (year.FirstDay, year.LastDay);
        var groups = await db.StageDeadlines.AsNoTracking()
            .Where(d => d.CompletedOn >= first && d.CompletedOn <= last && d.Stage != Stage.AppealWindow && !d.Cancelled)
            // Grouped in the order of the (CompletedOn, Stage, Cancelled, DueDate, StartedOn) index, so SQLite counts
            // along it instead of sorting the year's 350,000 completions at 1,000,000 cases first (0.06 s from 0.19 s).
            .GroupBy(d => new { DoneOn = d.CompletedOn!.Value, d.Stage, d.Cancelled, d.DueDate, d.StartedOn })
            .Select(g => new { g.Key.Stage, g.Key.StartedOn, g.Key.DoneOn, g.Key.DueDate, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return [.. Enum.GetValues<Stage>().Where(s => s != Stage.AppealWindow).Select(stage =>
        {
            var ofStage = groups.Where(g => g.Stage == stage).ToList();
            var onTime = ofStage.Where(g => StageDeadline.IsOnTime(g.DoneOn, g.DueDate)).Sum(g => g.Count);
            return new StageTimeliness(
                stage,
                onTime,
                ofStage.Sum(g => g.Count) - onTime,
                Median([.. ofStage.GroupBy(g => calendar.WorkingDaysBetween(g.StartedOn, g.DoneOn)).Select(d => (d.Key, d.Sum(g => g.Count)))]));
        })];
    }

    private static List<CountRow> Sum(IEnumerable<(string Key, int Count)> counts) =>
        [.. counts.GroupBy(c => c.Key).Select(g => new CountRow(g.Key, g.Sum(c => c.Count))).OrderByDescending(r => r.Count).ThenBy(r => r.Key, StringComparer.Ordinal)];

    /// <summary>The median of values given with how often each occurs.</summary>
    private static double? Median(List<(int Value, int Count)> counted)
    {
        var total = counted.Sum(c => c.Count);
        if (total == 0)
        {
            return null;
        }

        counted.Sort((a, b) => a.Value.CompareTo(b.Value));
        // The values at 0-based positions (total - 1) / 2 and total / 2 of the sorted list: one and the same when the count is odd.
        return (ValueAt(counted, (total - 1) / 2) + ValueAt(counted, total / 2)) / 2.0;
    }

    private static int ValueAt(List<(int Value, int Count)> counted, int position)
    {
        foreach (var (value, count) in counted)
        {
            if (position < count)
            {
                return value;
            }

            position -= count;
        }

        throw new ArgumentOutOfRangeException(nameof(position));
    }
}
