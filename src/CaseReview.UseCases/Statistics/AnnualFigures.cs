using CaseReview.Domain.Calendar;
using CaseReview.Domain.Deadlines;
using CaseReview.Domain.Workflow;

namespace CaseReview.UseCases.Statistics;

/// <summary>
/// Counts the figures for one financial year. Definitions (also in the README):
/// an application counts in the year it was received; "threshold not met" counts each not-met decision made in
/// the year (a case decided again after an upheld appeal counts again); a review is carried out in the year its
/// meeting is recorded as held, whatever year the application arrived; a review "led to recommendations" when
/// that review (not an earlier or later review of the same case) made at least one recommendation.
/// </summary>
internal static class AnnualFigures
{
    public static StatutoryFigures Statutory(IReadOnlyList<ApplicationFacts> facts, FinancialYear year)
    {
        // The n-th review of a case made the recommendations numbered n (a fresh review after an upheld appeal is the next).
        var reviews = facts.SelectMany(f => f.Transitions.Where(t => t.Action == "record-review").OrderBy(t => t.On)
                .Select((t, i) => (Facts: f, t.On, Number: i + 1)))
            .Where(r => year.Contains(r.On))
            .ToList();
        return new StatutoryFigures(
            facts.Count(f => year.Contains(f.ReceivedOn)),
            facts.Sum(f => f.Transitions.Count(t => t.To == CaseStatus.ThresholdNotMet && t.Action == "threshold-decision" && year.Contains(t.On))),
            reviews.Count,
            reviews.Count(r => r.Facts.ReviewsWithRecommendations.Contains(r.Number)));
    }

    public static Breakdowns Breakdown(IReadOnlyList<ApplicationFacts> facts, FinancialYear year)
    {
        var received = facts.Where(f => year.Contains(f.ReceivedOn)).ToList();
        return new Breakdowns(
            Count(received.Select(f => f.AsbType.ToString())),
            Count(received.SelectMany(f => f.IssueTypes.Distinct()).Select(i => i.ToString())),
            Count(received.Select(f => f.Channel.ToString())),
            Count(received.Select(f => PostcodeDistrict(f.Postcode))),
            Count(received.Select(f => f.VictimType.ToString())),
            received.Count(f => f.IsThirdParty),
            received.Count(f => f.HateMotivated));
    }

    public static IReadOnlyList<StageTimeliness> Timeliness(IReadOnlyList<ApplicationFacts> facts, FinancialYear year, WorkingDayCalendar calendar)
    {
        var done = facts.SelectMany(f => f.Deadlines)
            .Where(d => d.Stage != Stage.AppealWindow && d.CompletedAt is not null && !d.Cancelled)
            .Select(d => (d.Stage, d.StartedOn, d.DueDate, DoneOn: WorkingDayCalendar.LondonDate(d.CompletedAt!.Value)))
            .Where(d => year.Contains(d.DoneOn))
            .ToList();
        return [.. Enum.GetValues<Stage>().Where(s => s != Stage.AppealWindow).Select(stage =>
        {
            var rows = done.Where(d => d.Stage == stage).ToList();
            return new StageTimeliness(
                stage,
                rows.Count(r => StageDeadline.IsOnTime(r.DoneOn, r.DueDate)),
                rows.Count(r => !StageDeadline.IsOnTime(r.DoneOn, r.DueDate)),
                Median([.. rows.Select(r => calendar.WorkingDaysBetween(r.StartedOn, r.DoneOn))]));
        })];
    }

    /// <summary>The outward code ("B98" of "B98 8AH"), or "Not given".</summary>
    public static string PostcodeDistrict(string? postcode)
    {
        if (string.IsNullOrWhiteSpace(postcode))
        {
            return "Not given";
        }

        // The same rule as an anonymised case's: a full postcode loses its inward code; a district (all an anonymised case keeps) is its own.
        return Domain.Applications.CaseApplication.PostcodeDistrict(postcode) ?? "Not given";
    }

    private static List<CountRow> Count(IEnumerable<string> keys) =>
        [.. keys.GroupBy(k => k).Select(g => new CountRow(g.Key, g.Count())).OrderByDescending(r => r.Count).ThenBy(r => r.Key, StringComparer.Ordinal)];

    private static double? Median(List<int> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
    }
}
