using CaseReview.Domain.Calendar;
using CaseReview.UseCases.Common;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Statistics;

internal static class StatisticsFacts
{
    /// <summary>Applications with anything that could count in the given years: received, decided or reviewed then.</summary>
    public static async Task<List<ApplicationFacts>> LoadAsync(ICaseReviewDb db, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        // A day either side covers the gap between UTC instants and London dates.
        var start = from.AddDays(-1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var end = to.AddDays(2).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var rows = await db.Applications.AsNoTracking()
            .Where(a => (a.ReceivedAt >= start && a.ReceivedAt < end) || a.History.Any(h => h.OccurredAt >= start && h.OccurredAt < end))
            .Select(a => new
            {
                a.ReceivedAt,
                a.AsbType,
                a.IssueTypes,
                a.Channel,
                a.VictimType,
                a.Applicant.Postcode,
                a.IsThirdParty,
                a.HateMotivated,
                // Distinct in memory: inside a projected collection it needs SQL APPLY, which SQLite lacks.
                RecommendationReviews = a.Recommendations.Select(r => r.Review).ToList(),
                History = a.History.Select(h => new { h.Action, h.To, h.OccurredAt }).ToList(),
                Deadlines = a.Deadlines.ToList(),
            })
            .ToListAsync(cancellationToken);

        return [.. rows.Select(r => new ApplicationFacts(
            WorkingDayCalendar.LondonDate(r.ReceivedAt), r.AsbType, r.IssueTypes, r.Channel, r.VictimType, r.Postcode, r.IsThirdParty,
            r.HateMotivated, [.. r.RecommendationReviews.Distinct()],
            [.. r.History.Select(h => (h.Action, h.To, WorkingDayCalendar.LondonDate(h.OccurredAt)))],
            r.Deadlines))];
    }
}
