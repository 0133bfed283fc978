using CaseReview.Domain.Calendar;
using CaseReview.Domain.Deadlines;
using CaseReview.UseCases.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Statistics;

/// <summary>
/// The published figures for every financial year, for the council's website and open data. The four
/// statutory totals are always shown; breakdown counts below <see cref="StatisticsSettings.SuppressBelow"/>
/// (but above zero) are shown as "fewer than N", so that nobody can be picked out; and no such count can be worked
/// out from what is shown (see <see cref="PublicStatisticsHandler"/>).
/// </summary>
[Callers(Callers.Anyone)]
public sealed record PublicStatisticsQuery : IQuery<IReadOnlyList<PublishedYear>>;

/// <summary>A breakdown count as published: <c>Count</c> is null when suppressed, and <c>Display</c> says what to show.</summary>
public sealed record PublishedCount(string Key, int? Count, string Display);

public sealed record PublishedTimeliness(Stage Stage, PublishedCount OnTime, PublishedCount Late, double? MedianWorkingDays);

public sealed record PublishedYear(
    int Year,
    string FinancialYear,
    int Applications,
    int ThresholdNotMet,
    int ReviewsCarriedOut,
    int ReviewsWithRecommendations,
    IReadOnlyList<PublishedCount> ByAsbType,
    IReadOnlyList<PublishedCount> ByIssueType,
    IReadOnlyList<PublishedCount> ByChannel,
    IReadOnlyList<PublishedCount> ByPostcodeDistrict,
    IReadOnlyList<PublishedCount> ByVictimType,
    PublishedCount ThirdParty,
    PublishedCount HateMotivated,
    IReadOnlyList<PublishedTimeliness> Timeliness);

public sealed class PublicStatisticsHandler(ICaseReviewDb db, StatisticsSettings settings, DeadlinePlanner planner, TimeProvider clock, PublishedFiguresCache cache)
    : IQueryHandler<PublicStatisticsQuery, IReadOnlyList<PublishedYear>>
{
    public async ValueTask<IReadOnlyList<PublishedYear>> Handle(PublicStatisticsQuery query, CancellationToken cancellationToken) =>
        await cache.GetAsync(CountAsync, cancellationToken);

    /// <summary>Year by year, so that memory holds one year's rows at a time however many years there are.</summary>
    private async Task<IReadOnlyList<PublishedYear>> CountAsync(CancellationToken cancellationToken)
    {
        var current = FinancialYear.Of(WorkingDayCalendar.LondonDate(clock.GetUtcNow().UtcDateTime));
        var earliest = await db.Applications.MinAsync(a => (DateTime?)a.ReceivedAt, cancellationToken);
        var first = earliest is { } e ? FinancialYear.Of(WorkingDayCalendar.LondonDate(e)) : current;

        var years = new List<PublishedYear>();
        for (var year = current; year.StartYear >= first.StartYear; year = year.Previous)
        {
            var counted = await AnnualFigures.CountAsync(db, year, planner.Calendar, cancellationToken);
            var figures = counted.Statutory;
            var b = counted.Breakdowns;
            years.Add(new PublishedYear(
                year.StartYear, year.Label,
                figures.Applications, figures.ThresholdNotMet, figures.ReviewsCarriedOut, figures.ReviewsWithRecommendations,
                Publish(b.ByAsbType, figures.Applications), Publish(b.ByIssueType, figures.Applications), Publish(b.ByChannel, figures.Applications),
                Publish(b.ByPostcodeDistrict, figures.Applications), Publish(b.ByVictimType, figures.Applications),
                PublishYesNo("Third party", b.ThirdParty, figures.Applications), PublishYesNo("Hate-motivated", b.HateMotivated, figures.Applications),
                [.. counted.Timeliness.Select(Publish)]));
        }

        return years;
    }

    /// <summary>
    /// Rows in the order of their names (an order by count would rank the suppressed ones). Where the rows add up to
    /// the published total, one suppressed row alone would be the total less the others, and suppressed rows adding up
    /// to less than the threshold give each other away: so the smallest shown rows are withheld too (secondary
    /// suppression) until at least two are hidden and together they make at least the threshold.
    /// </summary>
    private List<PublishedCount> Publish(IReadOnlyList<CountRow> rows, int total)
    {
        var small = rows.Where(r => IsSmall(r.Count)).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var hidden = small.ToHashSet(StringComparer.Ordinal);
        if (hidden.Count > 0 && rows.Sum(r => r.Count) == total)
        {
            foreach (var row in rows.Where(r => r.Count > 0 && !hidden.Contains(r.Key)).OrderBy(r => r.Count).ThenBy(r => r.Key, StringComparer.Ordinal))
            {
                if (hidden.Count >= 2 && rows.Where(r => hidden.Contains(r.Key)).Sum(r => r.Count) >= settings.SuppressBelow)
                {
                    break;
                }

                hidden.Add(row.Key);
            }
        }

        return [.. rows.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r =>
            small.Contains(r.Key) ? Hidden(r.Key) : hidden.Contains(r.Key) ? Withheld(r.Key) : Shown(r.Key, r.Count))];
    }

    /// <summary>A count of "yes" answers; the "no"s are the total less it, so it is hidden when either side is small.</summary>
    private PublishedCount PublishYesNo(string key, int count, int total) =>
        IsSmall(count) ? Hidden(key) : IsSmall(total - count) ? Withheld(key) : Shown(key, count);

    // On time and late add up to no published total; a median of fewer cases than the threshold would tell how long
    // each of them took, so it goes with them.
    private PublishedTimeliness Publish(StageTimeliness t) => new(
        t.Stage,
        IsSmall(t.OnTime) ? Hidden("On time") : Shown("On time", t.OnTime),
        IsSmall(t.Late) ? Hidden("Late") : Shown("Late", t.Late),
        IsSmall(t.OnTime + t.Late) || IsSmall(t.OnTime) || IsSmall(t.Late) ? null : t.MedianWorkingDays);

    private bool IsSmall(int count) => count > 0 && count < settings.SuppressBelow;

    private PublishedCount Hidden(string key) => new(key, null, $"fewer than {settings.SuppressBelow}");

    /// <summary>Not small itself, but shown it would let a small one be worked out.</summary>
    private static PublishedCount Withheld(string key) => new(key, null, "not shown");

    private static PublishedCount Shown(string key, int count) => new(key, count, count.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
